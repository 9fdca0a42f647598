/**
 * @generated SignedSource<<0151483974af782aa88f56c85dca3d7c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReferralAction = "ACCEPT" | "CONCLUDE" | "INVESTIGATE" | "RETURN";
export type ReferralStatus = "ACCEPTED" | "CONCLUDED" | "INVESTIGATING" | "QUEUED" | "RETURNED";
import { FragmentRefs } from "relay-runtime";
export type ReferralActions_referral$data = {
  readonly actions: ReadonlyArray<ReferralAction>;
  readonly id: string;
  readonly reportTitle: string | null | undefined;
  readonly status: ReferralStatus;
  readonly unmaskingRequests: ReadonlyArray<{
    readonly createdAt: string;
    readonly id: string;
    readonly reason: string;
    readonly status: string;
  }>;
  readonly " $fragmentType": "ReferralActions_referral";
};
export type ReferralActions_referral$key = {
  readonly " $data"?: ReferralActions_referral$data;
  readonly " $fragmentSpreads": FragmentRefs<"ReferralActions_referral">;
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
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ReferralActions_referral",
  "selections": [
    (v0/*:: as any*/),
    (v1/*:: as any*/),
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
      "kind": "ScalarField",
      "name": "reportTitle",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "UnmaskingRequest",
      "kind": "LinkedField",
      "name": "unmaskingRequests",
      "plural": true,
      "selections": [
        (v0/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "reason",
          "storageKey": null
        },
        (v1/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "createdAt",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Referral",
  "abstractKey": null
};
})();

(node as any).hash = "5595b1d752e3f2c9b2d893f343b5da70";

export default node;
