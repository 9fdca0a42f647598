/**
 * @generated SignedSource<<d8a55a170e074c646fd406a0ca3a6bd4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
import { FragmentRefs } from "relay-runtime";
export type MembersPage_points$data = {
  readonly monitoringPoints: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly affiliation: string | null | undefined;
        readonly category: MemberCategory;
        readonly certificateNumber: string | null | undefined;
        readonly id: string;
        readonly kind: MemberKind;
        readonly name: string;
        readonly npcOrCppcc: boolean;
        readonly phone: string | null | undefined;
        readonly plaqueNumber: string | null | undefined;
        readonly status: MemberStatus;
        readonly termEndsOn: string | null | undefined;
      };
    }>;
  };
  readonly " $fragmentType": "MembersPage_points";
};
export type MembersPage_points$key = {
  readonly " $data"?: MembersPage_points$data;
  readonly " $fragmentSpreads": FragmentRefs<"MembersPage_points">;
};

import MembersPagePointsQuery_graphql from './MembersPagePointsQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "monitoringPoints"
];
return {
  "argumentDefinitions": [
    {
      "defaultValue": 50,
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
      "operation": MembersPagePointsQuery_graphql
    }
  },
  "name": "MembersPage_points",
  "selections": [
    {
      "alias": "monitoringPoints",
      "args": null,
      "concreteType": "MemberConnection",
      "kind": "LinkedField",
      "name": "__MembersPage_monitoringPoints_connection",
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
                  "name": "status",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "category",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "affiliation",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "npcOrCppcc",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "certificateNumber",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "plaqueNumber",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "termEndsOn",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "phone",
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

(node as any).hash = "8b2e0d0790e36a90f6e1dcb1c7803a4a";

export default node;
