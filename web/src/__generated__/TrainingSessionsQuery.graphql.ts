/**
 * @generated SignedSource<<c60a989af3875e5a1e7274b8c264cc5c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type TrainingSessionsQuery$variables = Record<PropertyKey, never>;
export type TrainingSessionsQuery$data = {
  readonly trainingSessions: {
    readonly nodes: ReadonlyArray<{
      readonly attendees: ReadonlyArray<{
        readonly id: string;
        readonly name: string;
      }>;
      readonly heldOn: string;
      readonly place: string | null | undefined;
      readonly title: string;
    }>;
    readonly totalCount: number;
  };
};
export type TrainingSessionsQuery = {
  response: TrainingSessionsQuery$data;
  variables: TrainingSessionsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 20
      }
    ],
    "concreteType": "TrainingSessionConnection",
    "kind": "LinkedField",
    "name": "trainingSessions",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "totalCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "TrainingSession",
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "title",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "heldOn",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "place",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Member",
            "kind": "LinkedField",
            "name": "attendees",
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
        "storageKey": null
      }
    ],
    "storageKey": "trainingSessions(first:20)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "TrainingSessionsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "TrainingSessionsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "1162b43b43931a95a85febbc76f9bdcc",
    "id": null,
    "metadata": {},
    "name": "TrainingSessionsQuery",
    "operationKind": "query",
    "text": "query TrainingSessionsQuery {\n  trainingSessions(first: 20) {\n    totalCount\n    nodes {\n      title\n      heldOn\n      place\n      attendees {\n        id\n        name\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9b2066a2c834b0221a4339e340af0810";

export default node;
