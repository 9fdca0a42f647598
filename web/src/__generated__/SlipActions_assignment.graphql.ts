/**
 * @generated SignedSource<<846526ec9d76ea8a3f0d64994e90687e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type AssignmentAction = "DECIDE_EXTENSION" | "HAND_BACK" | "REASSIGN" | "REPLY" | "REQUEST_EXTENSION" | "RETURN" | "SIGN" | "VERIFY";
import { FragmentRefs } from "relay-runtime";
export type SlipActions_assignment$data = {
  readonly actions: ReadonlyArray<AssignmentAction>;
  readonly deadline: string;
  readonly extensionUntil: string | null | undefined;
  readonly id: string;
  readonly number: string;
  readonly " $fragmentType": "SlipActions_assignment";
};
export type SlipActions_assignment$key = {
  readonly " $data"?: SlipActions_assignment$data;
  readonly " $fragmentSpreads": FragmentRefs<"SlipActions_assignment">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "SlipActions_assignment",
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
      "name": "number",
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
      "name": "extensionUntil",
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

(node as any).hash = "acc13784eb328396c57f3763b051f8e8";

export default node;
