/**
 * @generated SignedSource<<a256b6643183afd0d1a58790054a0475>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReferralStatus = "ACCEPTED" | "CONCLUDED" | "INVESTIGATING" | "QUEUED" | "RETURNED";
import { FragmentRefs } from "relay-runtime";
export type ReferralOutcome_referral$data = {
  readonly outcome: string | null | undefined;
  readonly status: ReferralStatus;
  readonly statusReason: string | null | undefined;
  readonly " $fragmentType": "ReferralOutcome_referral";
};
export type ReferralOutcome_referral$key = {
  readonly " $data"?: ReferralOutcome_referral$data;
  readonly " $fragmentSpreads": FragmentRefs<"ReferralOutcome_referral">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ReferralOutcome_referral",
  "selections": [
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
      "name": "outcome",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "statusReason",
      "storageKey": null
    }
  ],
  "type": "Referral",
  "abstractKey": null
};

(node as any).hash = "5114fb5ef1238bb28fe9881d4dcb28fc";

export default node;
