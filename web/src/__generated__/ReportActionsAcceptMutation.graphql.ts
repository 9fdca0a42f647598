/**
 * @generated SignedSource<<10e3e29226e63bfc606d6e3d8a796986>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type ReportIdInput = {
  reportId: string;
};
export type ReportActionsAcceptMutation$variables = {
  input: ReportIdInput;
};
export type ReportActionsAcceptMutation$data = {
  readonly acceptReport: {
    readonly report: {
      readonly id: string;
      readonly status: ReportStatus;
    };
  };
};
export type ReportActionsAcceptMutation = {
  response: ReportActionsAcceptMutation$data;
  variables: ReportActionsAcceptMutation$variables;
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
    "concreteType": "ReportPayload",
    "kind": "LinkedField",
    "name": "acceptReport",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Report",
        "kind": "LinkedField",
        "name": "report",
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
    "name": "ReportActionsAcceptMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsAcceptMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ca4bb08d30da59baab6faac9ce540c0e",
    "id": null,
    "metadata": {},
    "name": "ReportActionsAcceptMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsAcceptMutation(\n  $input: ReportIdInput!\n) {\n  acceptReport(input: $input) {\n    report {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "21704a1e62168720df4b548969bb1135";

export default node;
