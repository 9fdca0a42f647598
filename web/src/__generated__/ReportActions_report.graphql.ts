/**
 * @generated SignedSource<<0967e5133a0bf3c53067b9abc767f41c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReportKind = "MONITORING_RECORD" | "OBSTRUCTION" | "PROBLEM" | "SUGGESTION";
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
import { FragmentRefs } from "relay-runtime";
export type ReportActions_report$data = {
  readonly id: string;
  readonly kind: ReportKind;
  readonly status: ReportStatus;
  readonly title: string;
  readonly valuable: boolean;
  readonly " $fragmentType": "ReportActions_report";
};
export type ReportActions_report$key = {
  readonly " $data"?: ReportActions_report$data;
  readonly " $fragmentSpreads": FragmentRefs<"ReportActions_report">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "ReportActions_report",
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
      "name": "kind",
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
      "name": "valuable",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "title",
      "storageKey": null
    }
  ],
  "type": "Report",
  "abstractKey": null
};

(node as any).hash = "12a9cbfc99ef3d418fe2da9049b92a71";

export default node;
