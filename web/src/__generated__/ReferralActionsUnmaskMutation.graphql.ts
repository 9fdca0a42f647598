/**
 * @generated SignedSource<<95a742b16aa5b6343edf4614972688fc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RequestUnmaskingInput = {
  reason: string;
  referralId: string;
};
export type ReferralActionsUnmaskMutation$variables = {
  input: RequestUnmaskingInput;
};
export type ReferralActionsUnmaskMutation$data = {
  readonly requestUnmasking: {
    readonly unmaskingRequest: {
      readonly id: string;
    };
  };
};
export type ReferralActionsUnmaskMutation = {
  response: ReferralActionsUnmaskMutation$data;
  variables: ReferralActionsUnmaskMutation$variables;
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
    "name": "requestUnmasking",
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
    "name": "ReferralActionsUnmaskMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReferralActionsUnmaskMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ce9013303e03a08553001d65cb176b9c",
    "id": null,
    "metadata": {},
    "name": "ReferralActionsUnmaskMutation",
    "operationKind": "mutation",
    "text": "mutation ReferralActionsUnmaskMutation(\n  $input: RequestUnmaskingInput!\n) {\n  requestUnmasking(input: $input) {\n    unmaskingRequest {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b32745f1043f2c05b3551dd3f406525b";

export default node;
