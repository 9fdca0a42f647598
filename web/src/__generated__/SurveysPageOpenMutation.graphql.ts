/**
 * @generated SignedSource<<aa9f2bcf716752c8f9e290b2671c51d2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type OpenSurveyInput = {
  closesOn: string;
  period: string;
  title: string;
  unitIds: ReadonlyArray<string>;
};
export type SurveysPageOpenMutation$variables = {
  input: OpenSurveyInput;
};
export type SurveysPageOpenMutation$data = {
  readonly openSurvey: {
    readonly survey: {
      readonly id: string;
    };
  };
};
export type SurveysPageOpenMutation = {
  response: SurveysPageOpenMutation$data;
  variables: SurveysPageOpenMutation$variables;
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
    "concreteType": "SurveyPayload",
    "kind": "LinkedField",
    "name": "openSurvey",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Survey",
        "kind": "LinkedField",
        "name": "survey",
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
    "name": "SurveysPageOpenMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SurveysPageOpenMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "6d93afea14cfcf36f6b8970a27f76d5a",
    "id": null,
    "metadata": {},
    "name": "SurveysPageOpenMutation",
    "operationKind": "mutation",
    "text": "mutation SurveysPageOpenMutation(\n  $input: OpenSurveyInput!\n) {\n  openSurvey(input: $input) {\n    survey {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b50a06a4a117aed5ee7a9a185efaec66";

export default node;
