/**
 * @generated SignedSource<<1672a34fd3dd4431496bf7b2b9f2991f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type Decision = "APPROVE" | "REJECT" | "RETURN";
import { FragmentRefs } from "relay-runtime";
export type NominationsPage_query$data = {
  readonly nominations: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly awaitsRouting: boolean;
        readonly id: string;
        readonly reviewDecisions: ReadonlyArray<Decision>;
        readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_member">;
      };
    }>;
    readonly totalCount: number;
  };
  readonly " $fragmentType": "NominationsPage_query";
};
export type NominationsPage_query$key = {
  readonly " $data"?: NominationsPage_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_query">;
};

import NominationsPagePaginationQuery_graphql from './NominationsPagePaginationQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "nominations"
];
return {
  "argumentDefinitions": [
    {
      "defaultValue": 20,
      "kind": "LocalArgument",
      "name": "count"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "cursor"
    }
  ],
  "kind": "Fragment",
  "metadata": {
    "connection": [
      {
        "count": "count",
        "cursor": "cursor",
        "direction": "forward",
        "path": (v0/*:: as any*/)
      }
    ],
    "refetch": {
      "connection": {
        "forward": {
          "count": "count",
          "cursor": "cursor"
        },
        "backward": null,
        "path": (v0/*:: as any*/)
      },
      "fragmentPathInResult": [],
      "operation": NominationsPagePaginationQuery_graphql
    }
  },
  "name": "NominationsPage_query",
  "selections": [
    {
      "alias": "nominations",
      "args": null,
      "concreteType": "MemberConnection",
      "kind": "LinkedField",
      "name": "__NominationsPage_nominations_connection",
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
                  "name": "reviewDecisions",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "awaitsRouting",
                  "storageKey": null
                },
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "NominationsPage_member"
                },
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
      "storageKey": null
    }
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "5a3306a5375768bbe35210aaeaba3613";

export default node;
