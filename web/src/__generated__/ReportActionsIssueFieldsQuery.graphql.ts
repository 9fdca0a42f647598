/**
 * @generated SignedSource<<0f5d57136e94bfae1557fafed5a2bc32>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type UnitKind = "DEPARTMENT" | "DISCIPLINE_COMMISSION" | "JUDICIAL_ORGAN" | "OFFICE" | "PUBLIC_INSTITUTION" | "REVIEWER" | "TOWNSHIP";
export type ReportActionsIssueFieldsQuery$variables = Record<PropertyKey, never>;
export type ReportActionsIssueFieldsQuery$data = {
  readonly defaultSlipDeadline: string;
  readonly units: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly kind: UnitKind;
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
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "units(first:100)"
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
    "cacheID": "368710929d7ed44c9a6b4d43b26e9136",
    "id": null,
    "metadata": {},
    "name": "ReportActionsIssueFieldsQuery",
    "operationKind": "query",
    "text": "query ReportActionsIssueFieldsQuery {\n  defaultSlipDeadline\n  units(first: 100) {\n    edges {\n      node {\n        id\n        name\n        kind\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "427c20c5bfa21904788dd72701c2ab90";

export default node;
