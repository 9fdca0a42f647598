/**
 * @generated SignedSource<<d5f30b475d513bd6f6bc110f546ab5d1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Rating = "BASICALLY_SATISFIED" | "SATISFIED" | "UNSATISFIED";
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type RateHandlingInput = {
  rating: Rating;
  reason?: string | null | undefined;
  reportId: string;
};
export type MyReportPageRateMutation$variables = {
  input: RateHandlingInput;
};
export type MyReportPageRateMutation$data = {
  readonly rateHandling: {
    readonly report: {
      readonly id: string;
      readonly rating: Rating | null | undefined;
      readonly ratingReason: string | null | undefined;
      readonly status: ReportStatus;
    };
  };
};
export type MyReportPageRateMutation = {
  response: MyReportPageRateMutation$data;
  variables: MyReportPageRateMutation$variables;
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
    "name": "rateHandling",
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
            "name": "rating",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "ratingReason",
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
    "name": "MyReportPageRateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MyReportPageRateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "1c3cc4f5ff0a85a909d24a5bcd201cd6",
    "id": null,
    "metadata": {},
    "name": "MyReportPageRateMutation",
    "operationKind": "mutation",
    "text": "mutation MyReportPageRateMutation(\n  $input: RateHandlingInput!\n) {\n  rateHandling(input: $input) {\n    report {\n      id\n      rating\n      ratingReason\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "fe0fde4af1bf80845ef3d51a58afa1fc";

export default node;
