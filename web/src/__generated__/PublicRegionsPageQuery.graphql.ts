/**
 * @generated SignedSource<<0a42a453a49a310a1a5342b520a9e82f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type PublicRegionsPageQuery$variables = Record<PropertyKey, never>;
export type PublicRegionsPageQuery$data = {
  readonly publishedRegions: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
  }>;
};
export type PublicRegionsPageQuery = {
  response: PublicRegionsPageQuery$data;
  variables: PublicRegionsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PublishedRegion",
    "kind": "LinkedField",
    "name": "publishedRegions",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "code",
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
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "PublicRegionsPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "PublicRegionsPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "1cffe355faa1f060383265f3674aefd0",
    "id": null,
    "metadata": {},
    "name": "PublicRegionsPageQuery",
    "operationKind": "query",
    "text": "query PublicRegionsPageQuery {\n  publishedRegions {\n    code\n    name\n  }\n}\n"
  }
};
})();

(node as any).hash = "6284d1e8e7a2dad4e259d5cf2b8b569b";

export default node;
