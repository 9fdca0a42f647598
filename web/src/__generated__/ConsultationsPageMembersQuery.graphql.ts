/**
 * @generated SignedSource<<609bd2a060f3f431e99a73802e13b234>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ConsultationsPageMembersQuery$variables = Record<PropertyKey, never>;
export type ConsultationsPageMembersQuery$data = {
  readonly supervisors: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
};
export type ConsultationsPageMembersQuery = {
  response: ConsultationsPageMembersQuery$data;
  variables: ConsultationsPageMembersQuery$variables;
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
      },
      {
        "kind": "Literal",
        "name": "status",
        "value": "ACTIVE"
      }
    ],
    "concreteType": "MemberConnection",
    "kind": "LinkedField",
    "name": "supervisors",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
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
    "storageKey": "supervisors(first:100,status:\"ACTIVE\")"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ConsultationsPageMembersQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ConsultationsPageMembersQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "c6b814ca6aad0e572f4b308a9c072f86",
    "id": null,
    "metadata": {},
    "name": "ConsultationsPageMembersQuery",
    "operationKind": "query",
    "text": "query ConsultationsPageMembersQuery {\n  supervisors(status: ACTIVE, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5d20685e8f304f569c85f506fd4edde5";

export default node;
