/**
 * @generated SignedSource<<da111322d4cccbf12dad29b4dc99093b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CommendationsPageQuery$variables = Record<PropertyKey, never>;
export type CommendationsPageQuery$data = {
  readonly viewer: {
    readonly region: {
      readonly code: string;
    } | null | undefined;
  } | null | undefined;
};
export type CommendationsPageQuery = {
  response: CommendationsPageQuery$data;
  variables: CommendationsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "code",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "CommendationsPageQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ViewerInfo",
        "kind": "LinkedField",
        "name": "viewer",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Region",
            "kind": "LinkedField",
            "name": "region",
            "plural": false,
            "selections": [
              (v0/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "CommendationsPageQuery",
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ViewerInfo",
        "kind": "LinkedField",
        "name": "viewer",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Region",
            "kind": "LinkedField",
            "name": "region",
            "plural": false,
            "selections": [
              (v0/*:: as any*/),
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
    ]
  },
  "params": {
    "cacheID": "338d5e5ae440d81f50214194d6e87985",
    "id": null,
    "metadata": {},
    "name": "CommendationsPageQuery",
    "operationKind": "query",
    "text": "query CommendationsPageQuery {\n  viewer {\n    region {\n      code\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "ef28756676e3ea8a2a3ff1456d306551";

export default node;
