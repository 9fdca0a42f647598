/**
 * @generated SignedSource<<680fb4d27a60dccc34180e719936b972>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type NominationsPageQuery$variables = Record<PropertyKey, never>;
export type NominationsPageQuery$data = {
  readonly approved: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly kind: MemberKind;
      readonly name: string;
      readonly status: MemberStatus;
      readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_card">;
    }>;
  };
  readonly points: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly kind: MemberKind;
      readonly name: string;
      readonly status: MemberStatus;
      readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_card">;
    }>;
  };
  readonly trained: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly kind: MemberKind;
      readonly name: string;
      readonly status: MemberStatus;
      readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_card">;
    }>;
  };
  readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_pipeline">;
};
export type NominationsPageQuery = {
  response: NominationsPageQuery$data;
  variables: NominationsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 100
},
v1 = [
  (v0/*:: as any*/),
  {
    "kind": "Literal",
    "name": "status",
    "value": "APPROVED"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v6 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Member",
    "kind": "LinkedField",
    "name": "nodes",
    "plural": true,
    "selections": [
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v5/*:: as any*/),
      {
        "args": null,
        "kind": "FragmentSpread",
        "name": "NominationsPage_card"
      }
    ],
    "storageKey": null
  }
],
v7 = [
  (v0/*:: as any*/),
  {
    "kind": "Literal",
    "name": "status",
    "value": "TRAINED"
  }
],
v8 = [
  (v0/*:: as any*/)
],
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "npcOrCppcc",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "affiliation",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "category",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "reviewDecisions",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "awaitsRouting",
  "storageKey": null
},
v14 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Member",
    "kind": "LinkedField",
    "name": "nodes",
    "plural": true,
    "selections": [
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/),
      (v5/*:: as any*/),
      (v9/*:: as any*/),
      (v10/*:: as any*/),
      (v11/*:: as any*/),
      (v12/*:: as any*/),
      (v13/*:: as any*/)
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "NominationsPageQuery",
    "selections": [
      {
        "args": null,
        "kind": "FragmentSpread",
        "name": "NominationsPage_pipeline"
      },
      {
        "alias": "approved",
        "args": (v1/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "supervisors",
        "plural": false,
        "selections": (v6/*:: as any*/),
        "storageKey": "supervisors(first:100,status:\"APPROVED\")"
      },
      {
        "alias": "trained",
        "args": (v7/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "supervisors",
        "plural": false,
        "selections": (v6/*:: as any*/),
        "storageKey": "supervisors(first:100,status:\"TRAINED\")"
      },
      {
        "alias": "points",
        "args": (v1/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "monitoringPoints",
        "plural": false,
        "selections": (v6/*:: as any*/),
        "storageKey": "monitoringPoints(first:100,status:\"APPROVED\")"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "NominationsPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v8/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "nominations",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "MemberEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Member",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  (v9/*:: as any*/),
                  (v10/*:: as any*/),
                  (v11/*:: as any*/),
                  (v12/*:: as any*/),
                  (v13/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "__typename",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cursor",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "PageInfo",
            "kind": "LinkedField",
            "name": "pageInfo",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endCursor",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "hasNextPage",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "nominations(first:100)"
      },
      {
        "alias": null,
        "args": (v8/*:: as any*/),
        "filters": null,
        "handle": "connection",
        "key": "NominationsPage_nominations",
        "kind": "LinkedHandle",
        "name": "nominations"
      },
      {
        "alias": "approved",
        "args": (v1/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "supervisors",
        "plural": false,
        "selections": (v14/*:: as any*/),
        "storageKey": "supervisors(first:100,status:\"APPROVED\")"
      },
      {
        "alias": "trained",
        "args": (v7/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "supervisors",
        "plural": false,
        "selections": (v14/*:: as any*/),
        "storageKey": "supervisors(first:100,status:\"TRAINED\")"
      },
      {
        "alias": "points",
        "args": (v1/*:: as any*/),
        "concreteType": "MemberConnection",
        "kind": "LinkedField",
        "name": "monitoringPoints",
        "plural": false,
        "selections": (v14/*:: as any*/),
        "storageKey": "monitoringPoints(first:100,status:\"APPROVED\")"
      }
    ]
  },
  "params": {
    "cacheID": "e256ac376d081779748810af69a1fc84",
    "id": null,
    "metadata": {},
    "name": "NominationsPageQuery",
    "operationKind": "query",
    "text": "query NominationsPageQuery {\n  ...NominationsPage_pipeline\n  approved: supervisors(status: APPROVED, first: 100) {\n    nodes {\n      id\n      status\n      kind\n      name\n      ...NominationsPage_card\n    }\n  }\n  trained: supervisors(status: TRAINED, first: 100) {\n    nodes {\n      id\n      status\n      kind\n      name\n      ...NominationsPage_card\n    }\n  }\n  points: monitoringPoints(status: APPROVED, first: 100) {\n    nodes {\n      id\n      status\n      kind\n      name\n      ...NominationsPage_card\n    }\n  }\n}\n\nfragment NominationsPage_card on Member {\n  name\n  kind\n  status\n  npcOrCppcc\n  affiliation\n  category\n  reviewDecisions\n  awaitsRouting\n}\n\nfragment NominationsPage_pipeline on Query {\n  nominations(first: 100) {\n    edges {\n      node {\n        id\n        status\n        kind\n        name\n        ...NominationsPage_card\n        __typename\n      }\n      cursor\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "fd4b58b9fa2d9a740af39f1bcafb52dc";

export default node;
