/**
 * @generated SignedSource<<7ba12c220dfdaafc4ed515a67ed86bcd>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type NominationDetailReviewersQuery$variables = Record<PropertyKey, never>;
export type NominationDetailReviewersQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
};
export type NominationDetailReviewersQuery = {
  response: NominationDetailReviewersQuery$data;
  variables: NominationDetailReviewersQuery$variables;
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
          "kind": "REVIEWER"
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
    "storageKey": "units(filter:{\"kind\":\"REVIEWER\"},first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "NominationDetailReviewersQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "NominationDetailReviewersQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "9612aaffe64ca0a4008f18dc2ce8df17",
    "id": null,
    "metadata": {},
    "name": "NominationDetailReviewersQuery",
    "operationKind": "query",
    "text": "query NominationDetailReviewersQuery {\n  units(filter: {kind: REVIEWER}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b3fad35411abc57fecde26175fec946b";

export default node;
