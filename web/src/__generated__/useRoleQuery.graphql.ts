/**
 * @generated SignedSource<<55b303f3aaaa38b9b338d7e06ca5a270>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Role = "DISCIPLINE" | "LEADING_GROUP" | "LIAISON" | "OFFICE" | "PLATFORM_ADMIN" | "REVIEWER" | "SUPERVISOR" | "UNIT_HANDLER";
export type useRoleQuery$variables = Record<PropertyKey, never>;
export type useRoleQuery$data = {
  readonly viewer: {
    readonly role: Role;
  } | null | undefined;
};
export type useRoleQuery = {
  response: useRoleQuery$data;
  variables: useRoleQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
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
        "kind": "ScalarField",
        "name": "role",
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
    "name": "useRoleQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "useRoleQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "16d7fb076c0cfcbecc62f8efe7ad6dc4",
    "id": null,
    "metadata": {},
    "name": "useRoleQuery",
    "operationKind": "query",
    "text": "query useRoleQuery {\n  viewer {\n    role\n  }\n}\n"
  }
};
})();

(node as any).hash = "d6670af21ff96d6022f4bccd1074ae14";

export default node;
