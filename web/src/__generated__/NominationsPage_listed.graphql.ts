/**
 * @generated SignedSource<<fddfc25666674cd43f5bd95fa702f9da>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
import { FragmentRefs } from "relay-runtime";
export type NominationsPage_listed$data = {
  readonly id: string;
  readonly kind: MemberKind;
  readonly name: string;
  readonly status: MemberStatus;
  readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_card">;
  readonly " $fragmentType": "NominationsPage_listed";
};
export type NominationsPage_listed$key = {
  readonly " $data"?: NominationsPage_listed$data;
  readonly " $fragmentSpreads": FragmentRefs<"NominationsPage_listed">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "NominationsPage_listed",
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
      "name": "kind",
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
      "args": null,
      "kind": "FragmentSpread",
      "name": "NominationsPage_card"
    }
  ],
  "type": "Member",
  "abstractKey": null
};

(node as any).hash = "758a1fbd86675f64bf56e8b54231ce83";

export default node;
