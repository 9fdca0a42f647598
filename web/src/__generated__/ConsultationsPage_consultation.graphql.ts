/**
 * @generated SignedSource<<cd6134b910d06141ac00f442ea22de11>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type OpinionDecision = "ADOPTED" | "NOT_ADOPTED" | "PARTLY_ADOPTED";
import { FragmentRefs } from "relay-runtime";
export type ConsultationsPage_consultation$data = {
  readonly attachments: ReadonlyArray<{
    readonly " $fragmentSpreads": FragmentRefs<"Attachments_attachments">;
  }>;
  readonly body: string;
  readonly closesOn: string;
  readonly decidesOpinions: boolean;
  readonly inviteAll: boolean;
  readonly open: boolean;
  readonly opinions: ReadonlyArray<{
    readonly author: {
      readonly name: string;
    } | null | undefined;
    readonly body: string;
    readonly decision: OpinionDecision | null | undefined;
    readonly explanation: string | null | undefined;
    readonly id: string;
    readonly submittedAt: string;
  }>;
  readonly title: string;
  readonly unit: {
    readonly name: string;
  } | null | undefined;
  readonly " $fragmentType": "ConsultationsPage_consultation";
};
export type ConsultationsPage_consultation$key = {
  readonly " $data"?: ConsultationsPage_consultation$data;
  readonly " $fragmentSpreads": FragmentRefs<"ConsultationsPage_consultation">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "body",
  "storageKey": null
},
v1 = [
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
  "name": "ConsultationsPage_consultation",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "title",
      "storageKey": null
    },
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "closesOn",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "open",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "inviteAll",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "decidesOpinions",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Unit",
      "kind": "LinkedField",
      "name": "unit",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
      "concreteType": "Opinion",
      "kind": "LinkedField",
      "name": "opinions",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "id",
          "storageKey": null
        },
        (v0/*:: as any*/),
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
          "name": "explanation",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "submittedAt",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "Member",
          "kind": "LinkedField",
          "name": "author",
          "plural": false,
          "selections": (v1/*:: as any*/),
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Consultation",
  "abstractKey": null
};
})();

(node as any).hash = "6932189c497035c9f9c4dfe62944d624";

export default node;
