/**
 * @generated SignedSource<<c2d4a5fc9fe9904676ae89d66ea4d39d>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type ReportKind = "MONITORING_RECORD" | "PROBLEM" | "SUGGESTION";
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
