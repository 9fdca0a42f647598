/**
 * @generated SignedSource<<f763d63f91fadcfa1fdd6d1840d82ab3>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type MergeReportInput = {
  intoReportId: string;
  reportId: string;
};
export type ReportActionsMergeMutation$variables = {
  input: MergeReportInput;
};
export type ReportActionsMergeMutation$data = {
  readonly mergeReport: {
    readonly report: {
      readonly id: string;
      readonly status: ReportStatus;
    };
  };
};
export type ReportActionsMergeMutation = {
  response: ReportActionsMergeMutation$data;
  variables: ReportActionsMergeMutation$variables;
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
    "name": "mergeReport",
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
    "name": "ReportActionsMergeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsMergeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "0906b4be57a997e670a209fc5008431d",
    "id": null,
    "metadata": {},
    "name": "ReportActionsMergeMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsMergeMutation(\n  $input: MergeReportInput!\n) {\n  mergeReport(input: $input) {\n    report {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8fa9b7ab94a6b52b3f112c643b557591";

export default node;
