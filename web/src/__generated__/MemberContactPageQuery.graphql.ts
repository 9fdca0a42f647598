/**
 * @generated SignedSource<<178c593bf3537a44758c67c0cf5a9475>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberContactPageQuery$variables = Record<PropertyKey, never>;
export type MemberContactPageQuery$data = {
  readonly viewer: {
    readonly account: {
      readonly email: string | null | undefined;
      readonly id: string;
      readonly phone: string | null | undefined;
    };
  } | null | undefined;
};
export type MemberContactPageQuery = {
  response: MemberContactPageQuery$data;
  variables: MemberContactPageQuery$variables;
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
        "concreteType": "Account",
        "kind": "LinkedField",
        "name": "account",
        "plural": false,
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
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "phone",
            "storageKey": null
          }
        ],
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
    "name": "MemberContactPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MemberContactPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "23a8666c5ef9d62994aa29eb6e4f2b09",
    "id": null,
    "metadata": {},
    "name": "MemberContactPageQuery",
    "operationKind": "query",
    "text": "query MemberContactPageQuery {\n  viewer {\n    account {\n      id\n      email\n      phone\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "451e9489151fa6b5a0af6cc87d574d9b";

export default node;
