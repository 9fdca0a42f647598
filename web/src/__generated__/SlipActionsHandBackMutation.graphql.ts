/**
 * @generated SignedSource<<3e10e9a8eab728b9e3871eecbe32dd79>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type HandBackAssignmentInput = {
  assignmentId: string;
  reason: string;
};
export type SlipActionsHandBackMutation$variables = {
  input: HandBackAssignmentInput;
};
export type SlipActionsHandBackMutation$data = {
  readonly handBackAssignment: {
    readonly assignment: {
      readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
    };
  };
};
export type SlipActionsHandBackMutation = {
  response: SlipActionsHandBackMutation$data;
  variables: SlipActionsHandBackMutation$variables;
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
    "name": "SlipActionsHandBackMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "handBackAssignment",
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
    "name": "SlipActionsHandBackMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "handBackAssignment",
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
    "cacheID": "81cfe14e645f6e36d2be3a597856e72e",
    "id": null,
    "metadata": {},
    "name": "SlipActionsHandBackMutation",
    "operationKind": "mutation",
    "text": "mutation SlipActionsHandBackMutation(\n  $input: HandBackAssignmentInput!\n) {\n  handBackAssignment(input: $input) {\n    assignment {\n      ...SlipActions_result\n      id\n    }\n  }\n}\n\nfragment SlipActions_result on Assignment {\n  id\n  status\n  statusReason\n  deadline\n  overdue\n  workingDaysOverdue\n  reply\n  repliedAt\n  extensionUntil\n  extensionStatus\n  extensionReason\n  actions\n}\n"
  }
};
})();

(node as any).hash = "93ea16ddc739b0f837a499f2e7f37ffc";

export default node;
