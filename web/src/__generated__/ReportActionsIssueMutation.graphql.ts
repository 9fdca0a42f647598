/**
 * @generated SignedSource<<f688657c8e6f31d3bf47565dcd219771>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type AssignmentMode = "ASSIGN" | "FORWARD" | "SUPERVISE";
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type IssueAssignmentInput = {
  deadline?: string | null | undefined;
  mode: AssignmentMode;
  reportIds: ReadonlyArray<string>;
  requirement: string;
  unitId: string;
};
export type ReportActionsIssueMutation$variables = {
  input: IssueAssignmentInput;
};
export type ReportActionsIssueMutation$data = {
  readonly issueAssignment: {
    readonly assignment: {
      readonly id: string;
      readonly number: string;
      readonly reports: ReadonlyArray<{
        readonly id: string;
        readonly status: ReportStatus;
      }>;
    };
  };
};
export type ReportActionsIssueMutation = {
  response: ReportActionsIssueMutation$data;
  variables: ReportActionsIssueMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "AssignmentPayload",
    "kind": "LinkedField",
    "name": "issueAssignment",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Assignment",
        "kind": "LinkedField",
        "name": "assignment",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
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
            "concreteType": "Report",
            "kind": "LinkedField",
            "name": "reports",
            "plural": true,
            "selections": [
              (v1/*:: as any*/),
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
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportActionsIssueMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsIssueMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "6e041bbb9edbde22da38d2552cb682b6",
    "id": null,
    "metadata": {},
    "name": "ReportActionsIssueMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsIssueMutation(\n  $input: IssueAssignmentInput!\n) {\n  issueAssignment(input: $input) {\n    assignment {\n      id\n      number\n      reports {\n        id\n        status\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "39616e9efc0cfe648018f3bfdabb1ee8";

export default node;
