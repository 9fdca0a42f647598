/**
 * @generated SignedSource<<375bd6397479731c7978ede9811d1c8b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type OpinionDecision = "ADOPTED" | "NOT_ADOPTED" | "PARTLY_ADOPTED";
export type SubmitOpinionInput = {
  body: string;
  consultationId: string;
};
export type MyConsultationsPageSubmitMutation$variables = {
  input: SubmitOpinionInput;
};
export type MyConsultationsPageSubmitMutation$data = {
  readonly submitOpinion: {
    readonly opinion: {
      readonly body: string;
      readonly decision: OpinionDecision | null | undefined;
      readonly explanation: string | null | undefined;
      readonly id: string;
      readonly submittedAt: string;
    };
  };
};
export type MyConsultationsPageSubmitMutation = {
  response: MyConsultationsPageSubmitMutation$data;
  variables: MyConsultationsPageSubmitMutation$variables;
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
    "name": "submitOpinion",
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
            "name": "body",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "submittedAt",
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
    "name": "MyConsultationsPageSubmitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MyConsultationsPageSubmitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "fce2eb763b99c05a79d12ab223abf45e",
    "id": null,
    "metadata": {},
    "name": "MyConsultationsPageSubmitMutation",
    "operationKind": "mutation",
    "text": "mutation MyConsultationsPageSubmitMutation(\n  $input: SubmitOpinionInput!\n) {\n  submitOpinion(input: $input) {\n    opinion {\n      id\n      body\n      decision\n      explanation\n      submittedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "aed2b4cc549288a984f1db5f7a33d35c";

export default node;
