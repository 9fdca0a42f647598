/**
 * @generated SignedSource<<90dffeda69ca8dd53167ff3e7cffc82e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Behaviour = "APPROVAL" | "FEES" | "GUARANTEE" | "INSPECTION" | "PENALTY" | "SERVICE";
export type Channel = "AUDIO_VIDEO" | "ON_SITE" | "TEXT" | "WECHAT";
export type ReportKind = "MONITORING_RECORD" | "OBSTRUCTION" | "PROBLEM" | "SUGGESTION";
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type SupervisionArea = "FACTOR_SUPPLY" | "FAIR_COMPETITION" | "GOVERNMENT_BUSINESS_RELATIONS" | "GOVERNMENT_SERVICES" | "JUDICIAL_FAIRNESS" | "KEEPING_PROMISES" | "POLICY_DELIVERY" | "REGULATORY_ENFORCEMENT";
export type SubmitReportInput = {
  area: SupervisionArea;
  attachments?: ReadonlyArray<File> | null | undefined;
  behaviour?: Behaviour | null | undefined;
  body: string;
  channel?: Channel;
  concernedUnitId?: string | null | undefined;
  draftKey?: string | null | undefined;
  kind: ReportKind;
  major?: boolean;
  occurredOn?: string | null | undefined;
  officialsInvolved?: boolean;
  title: string;
  uploads?: ReadonlyArray<string>;
  violationCategoryIds?: ReadonlyArray<string>;
};
export type draftSubmitMutation$variables = {
  input: SubmitReportInput;
};
export type draftSubmitMutation$data = {
  readonly submitReport: {
    readonly report: {
      readonly id: string;
      readonly status: ReportStatus;
    };
  };
};
export type draftSubmitMutation = {
  response: draftSubmitMutation$data;
  variables: draftSubmitMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "ReportPayload",
    "kind": "LinkedField",
    "name": "submitReport",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Report",
        "kind": "LinkedField",
        "name": "report",
        "plural": false,
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
            "name": "status",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "draftSubmitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "draftSubmitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "4588efa6e070b2482347f54260f8868a",
    "id": null,
    "metadata": {},
    "name": "draftSubmitMutation",
    "operationKind": "mutation",
    "text": "mutation draftSubmitMutation(\n  $input: SubmitReportInput!\n) {\n  submitReport(input: $input) {\n    report {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "d281b3f7c28cc1898f35d070c5374ad4";

export default node;
