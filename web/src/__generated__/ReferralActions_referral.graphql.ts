/**
 * @generated SignedSource<<30da55d89cc8ae7dc499006b1876a052>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReferralStatus = "ACCEPTED" | "CONCLUDED" | "QUEUED" | "RETURNED";
import { FragmentRefs } from "relay-runtime";
export type ReferralActions_referral$data = {
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

(node as any).hash = "e0e2a8b9045f29ed1c83bf50cb030a82";

export default node;
