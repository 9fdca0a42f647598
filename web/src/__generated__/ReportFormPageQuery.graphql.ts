/**
 * @generated SignedSource<<22131cbe9b813133155aa56cb71dad19>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportFormPageQuery$variables = Record<PropertyKey, never>;
export type ReportFormPageQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
  readonly violationCategories: ReadonlyArray<{
    readonly active: boolean;
    readonly id: string;
    readonly name: string;
  }>;
};
export type ReportFormPageQuery = {
  response: ReportFormPageQuery$data;
  variables: ReportFormPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v2 = [
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
          (v0/*:: as any*/),
          (v1/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "storageKey": "units(filter:{\"responsible\":true},first:100)"
  },
  {
    "alias": null,
    "args": null,
    "concreteType": "ViolationCategory",
    "kind": "LinkedField",
    "name": "violationCategories",
    "plural": true,
    "selections": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "active",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportFormPageQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ReportFormPageQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "aefc695dd53ced4a88da414b5bd1e12a",
    "id": null,
    "metadata": {},
    "name": "ReportFormPageQuery",
    "operationKind": "query",
    "text": "query ReportFormPageQuery {\n  units(filter: {responsible: true}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n  violationCategories {\n    id\n    name\n    active\n  }\n}\n"
  }
};
})();

(node as any).hash = "e870718073d487244b1abf59c07e4548";

export default node;
