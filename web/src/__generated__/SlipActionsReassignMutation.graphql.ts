/**
 * @generated SignedSource<<65d355be0835a83766d24af122bab5bf>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ReassignAssignmentInput = {
  assignmentId: string;
  deadline?: string | null | undefined;
  unitId: string;
};
export type SlipActionsReassignMutation$variables = {
  input: ReassignAssignmentInput;
};
export type SlipActionsReassignMutation$data = {
  readonly reassignAssignment: {
    readonly assignment: {
      readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
    };
  };
};
export type SlipActionsReassignMutation = {
  response: SlipActionsReassignMutation$data;
  variables: SlipActionsReassignMutation$variables;
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
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "SlipActionsReassignMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "reassignAssignment",
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
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "SlipActions_result"
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SlipActionsReassignMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "reassignAssignment",
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
                "name": "statusReason",
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
                "kind": "ScalarField",
                "name": "workingDaysOverdue",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "reply",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "repliedAt",
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
                "name": "extensionStatus",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "extensionReason",
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
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "9bd898aa74c88ca837532a5c187072b2",
    "id": null,
    "metadata": {},
    "name": "SlipActionsReassignMutation",
    "operationKind": "mutation",
    "text": "mutation SlipActionsReassignMutation(\n  $input: ReassignAssignmentInput!\n) {\n  reassignAssignment(input: $input) {\n    assignment {\n      ...SlipActions_result\n      id\n    }\n  }\n}\n\nfragment SlipActions_result on Assignment {\n  id\n  status\n  statusReason\n  deadline\n  overdue\n  workingDaysOverdue\n  reply\n  repliedAt\n  extensionUntil\n  extensionStatus\n  extensionReason\n  actions\n}\n"
  }
};
})();

(node as any).hash = "5eaf49a58435b105f6537fb37da45cde";

export default node;
