/**
 * @generated SignedSource<<f2771e386d2d322a33493b3be716b10a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type RejectReportInput = {
  reason: string;
  reportId: string;
};
export type ReportActionsRejectMutation$variables = {
  input: RejectReportInput;
};
export type ReportActionsRejectMutation$data = {
  readonly rejectReport: {
    readonly report: {
      readonly id: string;
      readonly status: ReportStatus;
      readonly statusReason: string | null | undefined;
    };
  };
};
export type ReportActionsRejectMutation = {
  response: ReportActionsRejectMutation$data;
  variables: ReportActionsRejectMutation$variables;
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
    "name": "rejectReport",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "statusReason",
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
    "name": "ReportActionsRejectMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsRejectMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "795291b3886693b2d158b8c5bd969dfc",
    "id": null,
    "metadata": {},
    "name": "ReportActionsRejectMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsRejectMutation(\n  $input: RejectReportInput!\n) {\n  rejectReport(input: $input) {\n    report {\n      id\n      status\n      statusReason\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f6d787d4e031c38587d0582ea597417a";

export default node;
