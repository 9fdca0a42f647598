/**
 * @generated SignedSource<<8853a2ef7aca9584c66a10d26326a819>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type DecideUnmaskingInput = {
  approve: boolean;
  requestId: string;
};
export type ReferralActionsDecideMutation$variables = {
  input: DecideUnmaskingInput;
};
export type ReferralActionsDecideMutation$data = {
  readonly decideUnmasking: {
    readonly unmaskingRequest: {
      readonly id: string;
      readonly status: string;
    };
  };
};
export type ReferralActionsDecideMutation = {
  response: ReferralActionsDecideMutation$data;
  variables: ReferralActionsDecideMutation$variables;
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
    "concreteType": "UnmaskingPayload",
    "kind": "LinkedField",
    "name": "decideUnmasking",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "UnmaskingRequest",
        "kind": "LinkedField",
        "name": "unmaskingRequest",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "status",
            "storageKey": null
          }
        ],
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
    "name": "ReferralActionsDecideMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReferralActionsDecideMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "2b1e7dd01ede6f39cc7e38a8e59516f8",
    "id": null,
    "metadata": {},
    "name": "ReferralActionsDecideMutation",
    "operationKind": "mutation",
    "text": "mutation ReferralActionsDecideMutation(\n  $input: DecideUnmaskingInput!\n) {\n  decideUnmasking(input: $input) {\n    unmaskingRequest {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "77feedbd4986295f23d26d56f5559189";

export default node;
