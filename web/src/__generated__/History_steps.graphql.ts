/**
 * @generated SignedSource<<c499c8de6a4f0fd7c648b35c977e0ef0>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type History_steps$data = ReadonlyArray<{
  readonly action: string;
  readonly actor: string | null | undefined;
  readonly at: string;
  readonly note: string | null | undefined;
  readonly " $fragmentType": "History_steps";
}>;
export type History_steps$key = ReadonlyArray<{
  readonly " $data"?: History_steps$data;
  readonly " $fragmentSpreads": FragmentRefs<"History_steps">;
}>;

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "plural": true
  },
  "name": "History_steps",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "at",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "action",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "actor",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "note",
      "storageKey": null
    }
  ],
  "type": "RecordStep",
  "abstractKey": null
};

(node as any).hash = "8f54d050634d3862a369ea982389690c";

export default node;
