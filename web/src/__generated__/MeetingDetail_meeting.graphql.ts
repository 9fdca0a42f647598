/**
 * @generated SignedSource<<c2d360469ca8fb530cacd82fa6ce3c42>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type Attendance = "ABSENT" | "ATTENDED" | "EXCUSED";
export type InvitationRole = "OBSERVER" | "PARTICIPANT";
export type InvitationStatus = "ACCEPTED" | "APPLIED" | "DECLINED" | "INVITED" | "REFUSED";
export type MeetingAction = "ANNOUNCE" | "CANCEL" | "CHANGE" | "CLOSE" | "RECORD_ATTENDANCE";
export type MeetingKind = "EVALUATION" | "INSPECTION" | "JOINT_MEETING" | "RESEARCH" | "SPECIAL_SUPERVISION" | "SYMPOSIUM" | "TRAINING";
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
import { FragmentRefs } from "relay-runtime";
export type MeetingDetail_meeting$data = {
  readonly actions: ReadonlyArray<MeetingAction>;
  readonly agenda: string;
  readonly cancelReason: string | null | undefined;
  readonly decisions: string | null | undefined;
  readonly endsAt: string;
  readonly id: string;
  readonly invitations: ReadonlyArray<{
    readonly attendance: Attendance | null | undefined;
    readonly id: string;
    readonly member: {
      readonly name: string;
    } | null | undefined;
    readonly reason: string | null | undefined;
    readonly role: InvitationRole;
    readonly status: InvitationStatus;
    readonly unit: {
      readonly name: string;
    } | null | undefined;
  }>;
  readonly kind: MeetingKind;
  readonly minutes: string | null | undefined;
  readonly openToApplications: boolean;
  readonly place: string;
  readonly startsAt: string;
  readonly status: MeetingStatus;
  readonly topic: string;
  readonly " $fragmentType": "MeetingDetail_meeting";
};
export type MeetingDetail_meeting$key = {
  readonly " $data"?: MeetingDetail_meeting$data;
  readonly " $fragmentSpreads": FragmentRefs<"MeetingDetail_meeting">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "name",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "MeetingDetail_meeting",
  "selections": [
    (v0/*:: as any*/),
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
      "name": "agenda",
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
      "name": "endsAt",
      "storageKey": null
    },
    (v1/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "openToApplications",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "cancelReason",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "minutes",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "decisions",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "actions",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "MeetingInvitation",
      "kind": "LinkedField",
      "name": "invitations",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "role",
          "storageKey": null
        },
        (v1/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "reason",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "attendance",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Member",
          "kind": "LinkedField",
          "name": "member",
          "plural": false,
          "selections": (v2/*:: as any*/),
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Unit",
          "kind": "LinkedField",
          "name": "unit",
          "plural": false,
          "selections": (v2/*:: as any*/),
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Meeting",
  "abstractKey": null
};
})();

(node as any).hash = "59a5f276ee883071c38dca0d058b55fb";

export default node;
