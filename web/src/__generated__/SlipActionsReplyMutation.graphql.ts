/**
 * @generated SignedSource<<408d80a35c866fbaa0e9134d7a7b653a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ReplyAssignmentInput = {
  assignmentId: string;
  attachments?: ReadonlyArray<File> | null | undefined;
  reply: string;
};
export type SlipActionsReplyMutation$variables = {
  input: ReplyAssignmentInput;
};
export type SlipActionsReplyMutation$data = {
  readonly replyAssignment: {
    readonly assignment: {
      readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
    };
  };
};
export type SlipActionsReplyMutation = {
  response: SlipActionsReplyMutation$data;
  variables: SlipActionsReplyMutation$variables;
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
    "name": "SlipActionsReplyMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "replyAssignment",
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
    "name": "SlipActionsReplyMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "replyAssignment",
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
    "cacheID": "cae0e0f46bf87cbde4526e80b178b220",
    "id": null,
    "metadata": {},
    "name": "SlipActionsReplyMutation",
    "operationKind": "mutation",
    "text": "mutation SlipActionsReplyMutation(\n  $input: ReplyAssignmentInput!\n) {\n  replyAssignment(input: $input) {\n    assignment {\n      ...SlipActions_result\n      id\n    }\n  }\n}\n\nfragment SlipActions_result on Assignment {\n  id\n  status\n  statusReason\n  deadline\n  overdue\n  workingDaysOverdue\n  reply\n  repliedAt\n  extensionUntil\n  extensionStatus\n  extensionReason\n  actions\n}\n"
  }
};
})();

(node as any).hash = "ce70e9602077dd683a4387877ca4d756";

export default node;
