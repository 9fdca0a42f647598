/**
 * @generated SignedSource<<7dd8502c22facf5fe06e3517ab64bcbb>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type GiveFeedbackInput = {
  feedback: string;
  reportId: string;
};
export type ReportActionsFeedbackMutation$variables = {
  input: GiveFeedbackInput;
};
export type ReportActionsFeedbackMutation$data = {
  readonly giveFeedback: {
    readonly report: {
      readonly feedback: string | null | undefined;
      readonly feedbackAt: string | null | undefined;
      readonly id: string;
      readonly status: ReportStatus;
    };
  };
};
export type ReportActionsFeedbackMutation = {
  response: ReportActionsFeedbackMutation$data;
  variables: ReportActionsFeedbackMutation$variables;
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
    "name": "giveFeedback",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "feedback",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "feedbackAt",
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
    "name": "ReportActionsFeedbackMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsFeedbackMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "850a4f0b7ec2eb75cf47e12ac80f89a7",
    "id": null,
    "metadata": {},
    "name": "ReportActionsFeedbackMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsFeedbackMutation(\n  $input: GiveFeedbackInput!\n) {\n  giveFeedback(input: $input) {\n    report {\n      id\n      status\n      feedback\n      feedbackAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f3254cd0097e340e084c2ed392b06614";

export default node;
