/**
 * @generated SignedSource<<f26ac9accd126dfc784cfa687aaf9119>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CreateReferralInput = {
  assignmentId?: string | null | undefined;
  reportId?: string | null | undefined;
  summary: string;
};
export type ReportActionsReferMutation$variables = {
  input: CreateReferralInput;
};
export type ReportActionsReferMutation$data = {
  readonly createReferral: {
    readonly referral: {
      readonly id: string;
    };
  };
};
export type ReportActionsReferMutation = {
  response: ReportActionsReferMutation$data;
  variables: ReportActionsReferMutation$variables;
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
    "concreteType": "ReferralPayload",
    "kind": "LinkedField",
    "name": "createReferral",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Referral",
        "kind": "LinkedField",
        "name": "referral",
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
    "name": "ReportActionsReferMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsReferMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "2d9d32206722af68fd504421bd639edc",
    "id": null,
    "metadata": {},
    "name": "ReportActionsReferMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsReferMutation(\n  $input: CreateReferralInput!\n) {\n  createReferral(input: $input) {\n    referral {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9eaf453b9ae353fc6a0917600bc4ec5e";

export default node;
