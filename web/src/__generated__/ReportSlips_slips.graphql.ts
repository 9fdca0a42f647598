/**
 * @generated SignedSource<<6f59429d9069bf5e595d701ff0a7b12d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type AssignmentMode = "ASSIGN" | "FORWARD" | "SUPERVISE";
export type AssignmentStatus = "HANDED_BACK" | "ISSUED" | "REPLIED" | "RETURNED" | "SIGNED" | "VERIFIED";
import { FragmentRefs } from "relay-runtime";
export type ReportSlips_slips$data = {
  readonly nodes: ReadonlyArray<{
    readonly deadline: string;
    readonly id: string;
    readonly mode: AssignmentMode;
    readonly number: string;
    readonly overdue: boolean;
    readonly status: AssignmentStatus;
    readonly unit: {
      readonly name: string;
    } | null | undefined;
  }>;
  readonly " $fragmentType": "ReportSlips_slips";
};
export type ReportSlips_slips$key = {
  readonly " $data"?: ReportSlips_slips$data;
  readonly " $fragmentSpreads": FragmentRefs<"ReportSlips_slips">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ReportSlips_slips",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "Assignment",
      "kind": "LinkedField",
      "name": "nodes",
      "plural": true,
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
          "name": "mode",
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
          "concreteType": "Unit",
          "kind": "LinkedField",
          "name": "unit",
          "plural": false,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "name",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "AssignmentConnection",
  "abstractKey": null
};

(node as any).hash = "029d5d61c2dbadd58f3e271cb447a68a";

export default node;
