/**
 * @generated SignedSource<<06aef05f6217ad919b35075d1e13ea62>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SatisfactionLevel = "DISSATISFIED" | "FAIRLY_SATISFIED" | "SATISFIED" | "VERY_DISSATISFIED" | "VERY_SATISFIED";
export type SurveysPageResultsQuery$variables = {
  surveyId: string;
};
export type SurveysPageResultsQuery$data = {
  readonly surveyResults: ReadonlyArray<{
    readonly comments: ReadonlyArray<string> | null | undefined;
    readonly distribution: ReadonlyArray<{
      readonly count: number;
      readonly level: SatisfactionLevel;
    }> | null | undefined;
    readonly responses: number;
    readonly satisfiedPercent: number | null | undefined;
    readonly score: number | null | undefined;
    readonly unit: {
      readonly id: string;
      readonly name: string;
    };
  }>;
};
export type SurveysPageResultsQuery = {
  response: SurveysPageResultsQuery$data;
  variables: SurveysPageResultsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "surveyId"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "surveyId",
        "variableName": "surveyId"
      }
    ],
    "concreteType": "UnitSurveyResult",
    "kind": "LinkedField",
    "name": "surveyResults",
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
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "responses",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "score",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "satisfiedPercent",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "LevelCount",
        "kind": "LinkedField",
        "name": "distribution",
        "plural": true,
        "selections": [
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
            "name": "count",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "comments",
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
    "name": "SurveysPageResultsQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SurveysPageResultsQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "214aa14f0f5d6b316391ec628f46d56b",
    "id": null,
    "metadata": {},
    "name": "SurveysPageResultsQuery",
    "operationKind": "query",
    "text": "query SurveysPageResultsQuery(\n  $surveyId: ID!\n) {\n  surveyResults(surveyId: $surveyId) {\n    unit {\n      id\n      name\n    }\n    responses\n    score\n    satisfiedPercent\n    distribution {\n      level\n      count\n    }\n    comments\n  }\n}\n"
  }
};
})();

(node as any).hash = "e976a521a04efe6a3ba212d079b84dbd";

export default node;
