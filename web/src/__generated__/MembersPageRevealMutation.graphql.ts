/**
 * @generated SignedSource<<a9ca8f1c3d9c530d5c6838263ef6c00d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RevealSensitiveInput = {
  memberId: string;
};
export type MembersPageRevealMutation$variables = {
  input: RevealSensitiveInput;
};
export type MembersPageRevealMutation$data = {
  readonly revealSensitive: {
    readonly idNumber: string | null | undefined;
    readonly phone: string | null | undefined;
  };
};
export type MembersPageRevealMutation = {
  response: MembersPageRevealMutation$data;
  variables: MembersPageRevealMutation$variables;
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
    "concreteType": "RevealSensitivePayload",
    "kind": "LinkedField",
    "name": "revealSensitive",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "idNumber",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "phone",
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
    "name": "MembersPageRevealMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MembersPageRevealMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "eaa8f5493d03370c9f407117c9aa5734",
    "id": null,
    "metadata": {},
    "name": "MembersPageRevealMutation",
    "operationKind": "mutation",
    "text": "mutation MembersPageRevealMutation(\n  $input: RevealSensitiveInput!\n) {\n  revealSensitive(input: $input) {\n    idNumber\n    phone\n  }\n}\n"
  }
};
})();

(node as any).hash = "1f19d505df6ceddfcc946372279edb5e";

export default node;
