/**
 * @generated SignedSource<<c174cb055552ccd7ea4264135b4c5758>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type NominatePageQuery$variables = Record<PropertyKey, never>;
export type NominatePageQuery$data = {
  readonly publishedRegions: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
  }>;
};
export type NominatePageQuery = {
  response: NominatePageQuery$data;
  variables: NominatePageQuery$variables;
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
    "name": "NominatePageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "NominatePageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "720440d03b36d895beca6e00034031f3",
    "id": null,
    "metadata": {},
    "name": "NominatePageQuery",
    "operationKind": "query",
    "text": "query NominatePageQuery {\n  publishedRegions {\n    code\n    name\n  }\n}\n"
  }
};
})();

(node as any).hash = "2dc09b3c9f07d2c6e551e89e78635017";

export default node;
