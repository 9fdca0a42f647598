/**
 * @generated SignedSource<<ca1a6f4de5c814d3a666d15603ee8970>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type MeetingKind = "EVALUATION" | "INSPECTION" | "JOINT_MEETING" | "RESEARCH" | "SPECIAL_SUPERVISION" | "SYMPOSIUM" | "TRAINING";
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
import { FragmentRefs } from "relay-runtime";
export type MeetingsPage_meetings$data = {
  readonly meetings: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly kind: MeetingKind;
        readonly place: string;
        readonly startsAt: string;
        readonly status: MeetingStatus;
        readonly topic: string;
      };
    }>;
  };
  readonly " $fragmentType": "MeetingsPage_meetings";
};
export type MeetingsPage_meetings$key = {
  readonly " $data"?: MeetingsPage_meetings$data;
  readonly " $fragmentSpreads": FragmentRefs<"MeetingsPage_meetings">;
};

import MeetingsPagePaginationQuery_graphql from './MeetingsPagePaginationQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "meetings"
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
      "operation": MeetingsPagePaginationQuery_graphql
    }
  },
  "name": "MeetingsPage_meetings",
  "selections": [
    {
      "alias": "meetings",
      "args": null,
      "concreteType": "MeetingConnection",
      "kind": "LinkedField",
      "name": "__MeetingsPage_meetings_connection",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "MeetingEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Meeting",
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
                  "name": "kind",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "topic",
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
                  "kind": "ScalarField",
                  "name": "startsAt",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "status",
                  "storageKey": null
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

(node as any).hash = "b29f0436a37f6edae3ce3710cb662965";

export default node;
