/**
 * @generated SignedSource<<308874a99ff175d5738326ea695b5da1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type Attachments_attachments$data = ReadonlyArray<{
  readonly contentType: string;
  readonly fileName: string;
  readonly id: string;
  readonly size: number;
  readonly url: string;
  readonly " $fragmentType": "Attachments_attachments";
}>;
export type Attachments_attachments$key = ReadonlyArray<{
  readonly " $data"?: Attachments_attachments$data;
  readonly " $fragmentSpreads": FragmentRefs<"Attachments_attachments">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "Attachments_attachments",
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
      "name": "fileName",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "contentType",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "size",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "url",
      "storageKey": null
    }
  ],
  "type": "Attachment",
  "abstractKey": null
};

(node as any).hash = "a354d064cd0ece04b24f34709736895b";

export default node;
