/**
 * @generated SignedSource<<b7a7479ee287fc23d89b4661d9c739e4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportActionsIssueFieldsQuery$variables = Record<PropertyKey, never>;
export type ReportActionsIssueFieldsQuery$data = {
  readonly defaultSlipDeadline: string;
  readonly units: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
      };
    }>;
  };
};
export type ReportActionsIssueFieldsQuery = {
  response: ReportActionsIssueFieldsQuery$data;
  variables: ReportActionsIssueFieldsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "defaultSlipDeadline",
    "storageKey": null
  },
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "filter",
        "value": {
          "responsible": true
        }
      },
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "UnitConnection",
    "kind": "LinkedField",
    "name": "units",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "UnitEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Unit",
            "kind": "LinkedField",
            "name": "node",
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
                "name": "name",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "units(filter:{\"responsible\":true},first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportActionsIssueFieldsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ReportActionsIssueFieldsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "42762c334e6ceb69cb7b72cefdfb2147",
    "id": null,
    "metadata": {},
    "name": "ReportActionsIssueFieldsQuery",
    "operationKind": "query",
    "text": "query ReportActionsIssueFieldsQuery {\n  defaultSlipDeadline\n  units(filter: {responsible: true}, first: 100) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "586d8ad92ad9f8208f48d2ca903beea2";

export default node;
