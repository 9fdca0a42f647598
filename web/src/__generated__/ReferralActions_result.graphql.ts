/**
 * @generated SignedSource<<45d2f1c6e823ca70ac6e819c4abab45c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReferralAction = "ACCEPT" | "CONCLUDE" | "INVESTIGATE" | "RETURN";
export type ReferralStatus = "ACCEPTED" | "CONCLUDED" | "INVESTIGATING" | "QUEUED" | "RETURNED";
import { FragmentRefs } from "relay-runtime";
export type ReferralActions_result$data = {
  readonly actions: ReadonlyArray<ReferralAction>;
  readonly id: string;
  readonly outcome: string | null | undefined;
  readonly reporter: {
    readonly affiliation: string | null | undefined;
    readonly name: string;
    readonly phone: string | null | undefined;
  } | null | undefined;
  readonly status: ReferralStatus;
  readonly statusReason: string | null | undefined;
  readonly unmaskingRequests: ReadonlyArray<{
    readonly createdAt: string;
    readonly id: string;
    readonly reason: string;
    readonly status: string;
  }>;
  readonly " $fragmentType": "ReferralActions_result";
};
export type ReferralActions_result$key = {
  readonly " $data"?: ReferralActions_result$data;
  readonly " $fragmentSpreads": FragmentRefs<"ReferralActions_result">;
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
  "name": "ReferralActions_result",
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
      "name": "outcome",
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
      "concreteType": "Member",
      "kind": "LinkedField",
      "name": "reporter",
      "plural": false,
      "selections": [
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
          "name": "affiliation",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "phone",
          "storageKey": null
        }
      ],
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

(node as any).hash = "22006dd147b129569ad8c6e02184cc13";

export default node;
