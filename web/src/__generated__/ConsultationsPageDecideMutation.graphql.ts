/**
 * @generated SignedSource<<5397ceea418faf2c496503aabbc084a8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type OpinionDecision = "ADOPTED" | "NOT_ADOPTED" | "PARTLY_ADOPTED";
export type DecideOpinionInput = {
  decision: OpinionDecision;
  explanation?: string | null | undefined;
  opinionId: string;
};
export type ConsultationsPageDecideMutation$variables = {
  input: DecideOpinionInput;
};
export type ConsultationsPageDecideMutation$data = {
  readonly decideOpinion: {
    readonly opinion: {
      readonly decision: OpinionDecision | null | undefined;
      readonly explanation: string | null | undefined;
      readonly id: string;
    };
  };
};
export type ConsultationsPageDecideMutation = {
  response: ConsultationsPageDecideMutation$data;
  variables: ConsultationsPageDecideMutation$variables;
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
    "concreteType": "OpinionPayload",
    "kind": "LinkedField",
    "name": "decideOpinion",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Opinion",
        "kind": "LinkedField",
        "name": "opinion",
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
            "name": "decision",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "explanation",
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
    "name": "ConsultationsPageDecideMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ConsultationsPageDecideMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "0d0ec76e00f9ea3401e873c7cb56246d",
    "id": null,
    "metadata": {},
    "name": "ConsultationsPageDecideMutation",
    "operationKind": "mutation",
    "text": "mutation ConsultationsPageDecideMutation(\n  $input: DecideOpinionInput!\n) {\n  decideOpinion(input: $input) {\n    opinion {\n      id\n      decision\n      explanation\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8d223c952a827e5e06748f30c8dc7c97";

export default node;
