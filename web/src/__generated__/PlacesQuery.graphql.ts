/**
 * @generated SignedSource<<5960a84ee51a638296dd8c7d61150f68>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type PlacesQuery$variables = Record<PropertyKey, never>;
export type PlacesQuery$data = {
  readonly membershipPlaces: ReadonlyArray<{
    readonly filled: number;
    readonly kind: MemberKind;
    readonly quota: number;
  }>;
};
export type PlacesQuery = {
  response: PlacesQuery$data;
  variables: PlacesQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "MembershipPlaces",
    "kind": "LinkedField",
    "name": "membershipPlaces",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "kind",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "quota",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "filled",
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
    "name": "PlacesQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "PlacesQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "a8b9974079513285ef22abf24b9a00ac",
    "id": null,
    "metadata": {},
    "name": "PlacesQuery",
    "operationKind": "query",
    "text": "query PlacesQuery {\n  membershipPlaces {\n    kind\n    quota\n    filled\n  }\n}\n"
  }
};
})();

(node as any).hash = "96decc58a0fd3bcfbeb0ac2a136506c2";

export default node;
