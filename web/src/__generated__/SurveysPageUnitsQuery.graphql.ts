/**
 * @generated SignedSource<<d0c8ca19f45b75614dbc7941b720ce5c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SurveysPageUnitsQuery$variables = Record<PropertyKey, never>;
export type SurveysPageUnitsQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
};
export type SurveysPageUnitsQuery = {
  response: SurveysPageUnitsQuery$data;
  variables: SurveysPageUnitsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
        "concreteType": "Unit",
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
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
    "storageKey": "units(filter:{\"responsible\":true},first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "SurveysPageUnitsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SurveysPageUnitsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "f0e66759ce5e071544785122f7918921",
    "id": null,
    "metadata": {},
    "name": "SurveysPageUnitsQuery",
    "operationKind": "query",
    "text": "query SurveysPageUnitsQuery {\n  units(filter: {responsible: true}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "91028478ecf19ced8f174f590c9a3ec6";

export default node;
