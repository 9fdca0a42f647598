/**
 * @generated SignedSource<<56c0aa6a13e7beda91cea3f6dd0b797e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type Decision = "APPROVE" | "REJECT" | "RETURN";
export type Declaration = "GOOD_REPUTATION" | "LAWFUL_OPERATION" | "NOT_ON_DISHONEST_LIST" | "NO_CRIMINAL_PENALTY" | "NO_DISCIPLINARY_SANCTION" | "TAX_COMPLIANCE";
export type EligibilityRule = "AGE" | "CREDIT_CODE" | "DECLARATIONS" | "ID_NUMBER";
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type Recommender = "CPPCC" | "DEMOCRATIC_PARTY" | "ENTERPRISE_INSTITUTION" | "MASS_ORGANISATION" | "NPC" | "PARTY_GOVERNMENT_ORGAN" | "SELF_NOMINATED" | "SOCIETY";
import { FragmentRefs } from "relay-runtime";
export type NominationDetail_member$data = {
  readonly affiliation: string | null | undefined;
  readonly attachments: ReadonlyArray<{
    readonly " $fragmentSpreads": FragmentRefs<"Attachments_attachments">;
  }>;
  readonly awaitsRouting: boolean;
  readonly category: MemberCategory;
  readonly createdAt: string;
  readonly creditCode: string | null | undefined;
  readonly declarations: ReadonlyArray<Declaration>;
  readonly eligibility: ReadonlyArray<{
    readonly met: boolean;
    readonly rule: EligibilityRule;
  }>;
  readonly email: string | null | undefined;
  readonly id: string;
  readonly idNumber: string | null | undefined;
  readonly kind: MemberKind;
  readonly name: string;
  readonly npcOrCppcc: boolean;
  readonly phone: string | null | undefined;
  readonly position: string | null | undefined;
  readonly quotaOverrideReason: string | null | undefined;
  readonly recommender: Recommender;
  readonly reviewDecisions: ReadonlyArray<Decision>;
  readonly reviewerUnit: {
    readonly name: string;
  } | null | undefined;
  readonly reviews: ReadonlyArray<{
    readonly at: string;
    readonly comment: string | null | undefined;
    readonly decision: string;
    readonly step: string;
  }>;
  readonly status: MemberStatus;
  readonly statusReason: string | null | undefined;
  readonly " $fragmentType": "NominationDetail_member";
};
export type NominationDetail_member$key = {
  readonly " $data"?: NominationDetail_member$data;
  readonly " $fragmentSpreads": FragmentRefs<"NominationDetail_member">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "NominationDetail_member",
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
    (v0/*:: as any*/),
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
      "name": "npcOrCppcc",
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
      "name": "declarations",
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
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "quotaOverrideReason",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "createdAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Unit",
      "kind": "LinkedField",
      "name": "reviewerUnit",
      "plural": false,
      "selections": [
        (v0/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "EligibilityCheck",
      "kind": "LinkedField",
      "name": "eligibility",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "rule",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "met",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Attachment",
      "kind": "LinkedField",
      "name": "attachments",
      "plural": true,
      "selections": [
        {
          "args": null,
          "kind": "FragmentSpread",
          "name": "Attachments_attachments"
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "MemberReview",
      "kind": "LinkedField",
      "name": "reviews",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "step",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "decision",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "comment",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "at",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Member",
  "abstractKey": null
};
})();

(node as any).hash = "00ccd769e818708a52d0a2f81dabfea2";

export default node;
