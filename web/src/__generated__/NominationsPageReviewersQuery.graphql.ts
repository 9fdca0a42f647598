/**
 * @generated SignedSource<<0200c9ab93c944fa4c789cf363df59d7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type NominationsPageReviewersQuery$variables = Record<PropertyKey, never>;
export type NominationsPageReviewersQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
};
export type NominationsPageReviewersQuery = {
  response: NominationsPageReviewersQuery$data;
  variables: NominationsPageReviewersQuery$variables;
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
    "name": "NominationsPageReviewersQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "NominationsPageReviewersQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "738ac71b0629dd4f13977a65be65cded",
    "id": null,
    "metadata": {},
    "name": "NominationsPageReviewersQuery",
    "operationKind": "query",
    "text": "query NominationsPageReviewersQuery {\n  units(filter: {kind: REVIEWER}, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "7c1a8629ec96308448a62ff87722d435";

export default node;
