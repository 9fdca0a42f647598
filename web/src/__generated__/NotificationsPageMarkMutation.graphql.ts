/**
 * @generated SignedSource<<b8604b923e5aaf37ceff3dd8f4a88368>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MarkNotificationsReadInput = {
  ids?: ReadonlyArray<string> | null | undefined;
};
export type NotificationsPageMarkMutation$variables = {
  input: MarkNotificationsReadInput;
};
export type NotificationsPageMarkMutation$data = {
  readonly markNotificationsRead: {
    readonly unreadCount: number;
  };
};
export type NotificationsPageMarkMutation = {
  response: NotificationsPageMarkMutation$data;
  variables: NotificationsPageMarkMutation$variables;
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
    "name": "NotificationsPageMarkMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NotificationsPageMarkMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ad312ddb42ae4f97ad179e792a5ef678",
    "id": null,
    "metadata": {},
    "name": "NotificationsPageMarkMutation",
    "operationKind": "mutation",
    "text": "mutation NotificationsPageMarkMutation(\n  $input: MarkNotificationsReadInput!\n) {\n  markNotificationsRead(input: $input) {\n    unreadCount\n  }\n}\n"
  }
};
})();

(node as any).hash = "e8797136d2cdf9d1ae18e53fdf2d0507";

export default node;
