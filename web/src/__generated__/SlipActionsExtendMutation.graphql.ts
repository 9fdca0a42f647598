/**
 * @generated SignedSource<<f08263171b4cfec167e87bf9f3b7f4fb>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type RequestExtensionInput = {
  assignmentId: string;
  reason: string;
  until: string;
};
export type SlipActionsExtendMutation$variables = {
  input: RequestExtensionInput;
};
export type SlipActionsExtendMutation$data = {
  readonly requestExtension: {
    readonly assignment: {
      readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
    };
  };
};
export type SlipActionsExtendMutation = {
  response: SlipActionsExtendMutation$data;
  variables: SlipActionsExtendMutation$variables;
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
    "name": "SlipActionsExtendMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "requestExtension",
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
    "name": "SlipActionsExtendMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "requestExtension",
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
    "cacheID": "ae4b467be38eb342192d9587b4453502",
    "id": null,
    "metadata": {},
    "name": "SlipActionsExtendMutation",
    "operationKind": "mutation",
    "text": "mutation SlipActionsExtendMutation(\n  $input: RequestExtensionInput!\n) {\n  requestExtension(input: $input) {\n    assignment {\n      ...SlipActions_result\n      id\n    }\n  }\n}\n\nfragment SlipActions_result on Assignment {\n  id\n  status\n  statusReason\n  deadline\n  overdue\n  workingDaysOverdue\n  reply\n  repliedAt\n  extensionUntil\n  extensionStatus\n  extensionReason\n  actions\n}\n"
  }
};
})();

(node as any).hash = "d381e986ba2e68d5a27e602b05194f57";

export default node;
