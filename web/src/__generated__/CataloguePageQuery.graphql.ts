/**
 * @generated SignedSource<<6fbfb18aa81404e980d1ed9fcb11f2fc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CataloguePageQuery$variables = Record<PropertyKey, never>;
export type CataloguePageQuery$data = {
  readonly violationCategories: ReadonlyArray<{
    readonly active: boolean;
    readonly id: string;
    readonly name: string;
  }>;
};
export type CataloguePageQuery = {
  response: CataloguePageQuery$data;
  variables: CataloguePageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "ViolationCategory",
    "kind": "LinkedField",
    "name": "violationCategories",
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
    "name": "CataloguePageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "CataloguePageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "e36158d7376fbf3c7557ef20daeaf217",
    "id": null,
    "metadata": {},
    "name": "CataloguePageQuery",
    "operationKind": "query",
    "text": "query CataloguePageQuery {\n  violationCategories {\n    id\n    name\n    active\n  }\n}\n"
  }
};
})();

(node as any).hash = "5839be8d3b7f31a01701253a7a6f2236";

export default node;
