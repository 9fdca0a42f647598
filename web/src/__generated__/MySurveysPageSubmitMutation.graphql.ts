/**
 * @generated SignedSource<<8ddab4dde139ca90808ee874f0fbdd09>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SatisfactionLevel = "DISSATISFIED" | "FAIRLY_SATISFIED" | "SATISFIED" | "VERY_DISSATISFIED" | "VERY_SATISFIED";
export type SubmitSurveyResponseInput = {
  ratings: ReadonlyArray<RatingInput>;
  surveyId: string;
};
export type RatingInput = {
  comment?: string | null | undefined;
  level: SatisfactionLevel;
  unitId: string;
};
export type MySurveysPageSubmitMutation$variables = {
  input: SubmitSurveyResponseInput;
};
export type MySurveysPageSubmitMutation$data = {
  readonly submitSurveyResponse: {
    readonly responses: ReadonlyArray<{
      readonly comment: string | null | undefined;
      readonly level: SatisfactionLevel;
      readonly unit: {
        readonly id: string;
      } | null | undefined;
    }>;
  };
};
export type MySurveysPageSubmitMutation = {
  response: MySurveysPageSubmitMutation$data;
  variables: MySurveysPageSubmitMutation$variables;
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
    "concreteType": "SurveyResponsePayload",
    "kind": "LinkedField",
    "name": "submitSurveyResponse",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "SurveyResponse",
        "kind": "LinkedField",
        "name": "responses",
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
              }
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
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "MySurveysPageSubmitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MySurveysPageSubmitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c63149d4f10e50d019dfaef79543dc3e",
    "id": null,
    "metadata": {},
    "name": "MySurveysPageSubmitMutation",
    "operationKind": "mutation",
    "text": "mutation MySurveysPageSubmitMutation(\n  $input: SubmitSurveyResponseInput!\n) {\n  submitSurveyResponse(input: $input) {\n    responses {\n      unit {\n        id\n      }\n      level\n      comment\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0fe63019dce6a81c5c0d96d11ba10ccd";

export default node;
