/**
 * @generated SignedSource<<417f23ba8245fae7bb6e5312bf9f530c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SlipActionsUnitsQuery$variables = Record<PropertyKey, never>;
export type SlipActionsUnitsQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
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
    "cacheID": "2e0a38197b516ef3b2ab582f514d43de",
    "id": null,
    "metadata": {},
    "name": "SlipActionsUnitsQuery",
    "operationKind": "query",
    "text": "query SlipActionsUnitsQuery {\n  units(filter: {responsible: true}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "198192638efedd8d4bfd4ad07bbf6a52";

export default node;
