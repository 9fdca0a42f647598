/**
 * @generated SignedSource<<dfa4a0611289abd6420b6ca2e039f1f4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CommendUnitInput = {
  quarter?: string | null | undefined;
  reason: string;
  unitId: string;
};
export type CommendationsPageCommendMutation$variables = {
  input: CommendUnitInput;
};
export type CommendationsPageCommendMutation$data = {
  readonly commendUnit: {
    readonly commendation: {
      readonly id: string;
    };
  };
};
export type CommendationsPageCommendMutation = {
  response: CommendationsPageCommendMutation$data;
  variables: CommendationsPageCommendMutation$variables;
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
    "concreteType": "CommendUnitPayload",
    "kind": "LinkedField",
    "name": "commendUnit",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Commendation",
        "kind": "LinkedField",
        "name": "commendation",
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
    "name": "CommendationsPageCommendMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CommendationsPageCommendMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "204789445a66427f86a815abbe2182a9",
    "id": null,
    "metadata": {},
    "name": "CommendationsPageCommendMutation",
    "operationKind": "mutation",
    "text": "mutation CommendationsPageCommendMutation(\n  $input: CommendUnitInput!\n) {\n  commendUnit(input: $input) {\n    commendation {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e2888ac32154c77acf534c434bc7b058";

export default node;
