/**
 * @generated SignedSource<<19f099d9cfa45b8fc2c78d469accef85>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MarkNotificationsReadInput = {
  ids?: ReadonlyArray<string> | null | undefined;
};
export type MemberNotificationsPageMarkMutation$variables = {
  input: MarkNotificationsReadInput;
};
export type MemberNotificationsPageMarkMutation$data = {
  readonly markNotificationsRead: {
    readonly unreadCount: number;
  };
};
export type MemberNotificationsPageMarkMutation = {
  response: MemberNotificationsPageMarkMutation$data;
  variables: MemberNotificationsPageMarkMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "MarkNotificationsReadPayload",
    "kind": "LinkedField",
    "name": "markNotificationsRead",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "unreadCount",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "MemberNotificationsPageMarkMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MemberNotificationsPageMarkMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "7e0429e6ff3355dda0bc29737b3cf171",
    "id": null,
    "metadata": {},
    "name": "MemberNotificationsPageMarkMutation",
    "operationKind": "mutation",
    "text": "mutation MemberNotificationsPageMarkMutation(\n  $input: MarkNotificationsReadInput!\n) {\n  markNotificationsRead(input: $input) {\n    unreadCount\n  }\n}\n"
  }
};
})();

(node as any).hash = "4660d7d8d3f7bb9cb8fbb94d0c607681";

export default node;
