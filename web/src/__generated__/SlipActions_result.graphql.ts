/**
 * @generated SignedSource<<5e5e8dcdc275bdc8e75fb50451551c58>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type AssignmentAction = "DECIDE_EXTENSION" | "HAND_BACK" | "REASSIGN" | "REPLY" | "REQUEST_EXTENSION" | "RETURN" | "SIGN" | "VERIFY";
export type AssignmentStatus = "HANDED_BACK" | "ISSUED" | "REPLIED" | "RETURNED" | "SIGNED" | "VERIFIED";
import { FragmentRefs } from "relay-runtime";
export type SlipActions_result$data = {
  readonly actions: ReadonlyArray<AssignmentAction>;
  readonly deadline: string;
  readonly extensionReason: string | null | undefined;
  readonly extensionStatus: string | null | undefined;
  readonly extensionUntil: string | null | undefined;
  readonly id: string;
  readonly overdue: boolean;
  readonly repliedAt: string | null | undefined;
  readonly reply: string | null | undefined;
  readonly status: AssignmentStatus;
  readonly statusReason: string | null | undefined;
  readonly workingDaysOverdue: number;
  readonly " $fragmentType": "SlipActions_result";
};
export type SlipActions_result$key = {
  readonly " $data"?: SlipActions_result$data;
  readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "SlipActions_result",
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
      "name": "deadline",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "overdue",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "workingDaysOverdue",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "reply",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "repliedAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "extensionUntil",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "extensionStatus",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "extensionReason",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "actions",
      "storageKey": null
    }
  ],
  "type": "Assignment",
  "abstractKey": null
};

(node as any).hash = "e8abe63039d72665be8948dd0212fa19";

export default node;
