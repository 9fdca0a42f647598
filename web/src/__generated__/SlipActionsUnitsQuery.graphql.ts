/**
 * @generated SignedSource<<e812801967ce2cbb984777136efead5b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type UnitKind = "DEPARTMENT" | "DISCIPLINE_COMMISSION" | "JUDICIAL_ORGAN" | "OFFICE" | "PUBLIC_INSTITUTION" | "REVIEWER" | "TOWNSHIP";
export type SlipActionsUnitsQuery$variables = Record<PropertyKey, never>;
export type SlipActionsUnitsQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly kind: UnitKind;
      readonly name: string;
    }>;
  };
};
export type SlipActionsUnitsQuery = {
  response: SlipActionsUnitsQuery$data;
  variables: SlipActionsUnitsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
    "storageKey": "units(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "SlipActionsUnitsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SlipActionsUnitsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "5eb9996ab91b62d62abf0d86ade030c2",
    "id": null,
    "metadata": {},
    "name": "SlipActionsUnitsQuery",
    "operationKind": "query",
    "text": "query SlipActionsUnitsQuery {\n  units(first: 100) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "117063c59b611dcc9f4f3d6df50f173b";

export default node;
