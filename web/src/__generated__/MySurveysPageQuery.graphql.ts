/**
 * @generated SignedSource<<e8d4b5deec8614c5231484864de2670b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SatisfactionLevel = "DISSATISFIED" | "FAIRLY_SATISFIED" | "SATISFIED" | "VERY_DISSATISFIED" | "VERY_SATISFIED";
export type MySurveysPageQuery$variables = Record<PropertyKey, never>;
export type MySurveysPageQuery$data = {
  readonly surveys: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly closesOn: string;
        readonly id: string;
        readonly myResponses: ReadonlyArray<{
          readonly comment: string | null | undefined;
          readonly level: SatisfactionLevel;
          readonly unit: {
            readonly id: string;
          } | null | undefined;
        }>;
        readonly open: boolean;
        readonly period: string;
        readonly title: string;
        readonly units: ReadonlyArray<{
          readonly id: string;
          readonly name: string;
        }>;
      };
    }>;
  };
};
export type MySurveysPageQuery = {
  response: MySurveysPageQuery$data;
  variables: MySurveysPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 20
      }
    ],
    "concreteType": "SurveyConnection",
    "kind": "LinkedField",
    "name": "surveys",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SurveyEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Survey",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v0/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "title",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "period",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "closesOn",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "open",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Unit",
                "kind": "LinkedField",
                "name": "units",
                "plural": true,
                "selections": [
                  (v0/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "name",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "SurveyResponse",
                "kind": "LinkedField",
                "name": "myResponses",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Unit",
                    "kind": "LinkedField",
                    "name": "unit",
                    "plural": false,
                    "selections": [
                      (v0/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "level",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "comment",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "surveys(first:20)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MySurveysPageQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MySurveysPageQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "6e8ab8071966eda0cc96cb84c57b2626",
    "id": null,
    "metadata": {},
    "name": "MySurveysPageQuery",
    "operationKind": "query",
    "text": "query MySurveysPageQuery {\n  surveys(first: 20) {\n    edges {\n      node {\n        id\n        title\n        period\n        closesOn\n        open\n        units {\n          id\n          name\n        }\n        myResponses {\n          unit {\n            id\n          }\n          level\n          comment\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e0957b9ee0b48122492edf2def2e7abf";

export default node;
