/**
 * @generated SignedSource<<8cf69183fa199da34905178a3999c846>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type Recommender = "CPPCC" | "DEMOCRATIC_PARTY" | "ENTERPRISE_INSTITUTION" | "MASS_ORGANISATION" | "NPC" | "PARTY_GOVERNMENT_ORGAN" | "SELF_NOMINATED" | "SOCIETY";
import { FragmentRefs } from "relay-runtime";
export type MembersPage_member$data = {
  readonly account: {
    readonly active: boolean;
    readonly displayName: string;
    readonly username: string;
  } | null | undefined;
  readonly affiliation: string | null | undefined;
  readonly category: MemberCategory;
  readonly certificateNumber: string | null | undefined;
  readonly creditCode: string | null | undefined;
  readonly email: string | null | undefined;
  readonly id: string;
  readonly idNumber: string | null | undefined;
  readonly kind: MemberKind;
  readonly name: string;
  readonly phone: string | null | undefined;
  readonly plaqueNumber: string | null | undefined;
  readonly position: string | null | undefined;
  readonly quotaOverrideReason: string | null | undefined;
  readonly recommender: Recommender;
  readonly status: MemberStatus;
  readonly statusReason: string | null | undefined;
  readonly termEndsOn: string | null | undefined;
  readonly termStartsOn: string | null | undefined;
  readonly " $fragmentType": "MembersPage_member";
};
export type MembersPage_member$key = {
  readonly " $data"?: MembersPage_member$data;
  readonly " $fragmentSpreads": FragmentRefs<"MembersPage_member">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "MembersPage_member",
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
      "name": "statusReason",
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
      "name": "position",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "recommender",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "idNumber",
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
      "name": "email",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "creditCode",
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
      "name": "termStartsOn",
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
      "name": "quotaOverrideReason",
      "storageKey": null
    },
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
          "name": "username",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "displayName",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "active",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Member",
  "abstractKey": null
};

(node as any).hash = "158bbe86a1d4340a153b1bc20d7ef65d";

export default node;
