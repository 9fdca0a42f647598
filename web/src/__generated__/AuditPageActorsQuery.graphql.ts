/**
 * @generated SignedSource<<53887fb29aab48971104e4289c4bbcf9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type AuditPageActorsQuery$variables = Record<PropertyKey, never>;
export type AuditPageActorsQuery$data = {
  readonly accounts: {
    readonly nodes: ReadonlyArray<{
      readonly displayName: string;
      readonly id: string;
      readonly username: string;
    }>;
  };
};
export type AuditPageActorsQuery = {
  response: AuditPageActorsQuery$data;
  variables: AuditPageActorsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "AccountConnection",
    "kind": "LinkedField",
    "name": "accounts",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Account",
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
            "name": "username",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "displayName",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "accounts(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AuditPageActorsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AuditPageActorsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "91f29f7fec1c32eaef196123cea247a9",
    "id": null,
    "metadata": {},
    "name": "AuditPageActorsQuery",
    "operationKind": "query",
    "text": "query AuditPageActorsQuery {\n  accounts(first: 100) {\n    nodes {\n      id\n      username\n      displayName\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "abe3ab84c97eed278a60d29ba4ebc3fb";

export default node;
