/**
 * @generated SignedSource<<5af51c2c7df5f77fb02907a81cc1b6be>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type DecideExtensionInput = {
  assignmentId: string;
  grant: boolean;
};
export type SlipActionsDecideMutation$variables = {
  input: DecideExtensionInput;
};
export type SlipActionsDecideMutation$data = {
  readonly decideExtension: {
    readonly assignment: {
      readonly " $fragmentSpreads": FragmentRefs<"SlipActions_result">;
    };
  };
};
export type SlipActionsDecideMutation = {
  response: SlipActionsDecideMutation$data;
  variables: SlipActionsDecideMutation$variables;
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
    "name": "SlipActionsDecideMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "decideExtension",
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
    "name": "SlipActionsDecideMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AssignmentPayload",
        "kind": "LinkedField",
        "name": "decideExtension",
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
    "cacheID": "a42a0525347ba8c8a44f46d84aec430e",
    "id": null,
    "metadata": {},
    "name": "SlipActionsDecideMutation",
    "operationKind": "mutation",
    "text": "mutation SlipActionsDecideMutation(\n  $input: DecideExtensionInput!\n) {\n  decideExtension(input: $input) {\n    assignment {\n      ...SlipActions_result\n      id\n    }\n  }\n}\n\nfragment SlipActions_result on Assignment {\n  id\n  status\n  statusReason\n  deadline\n  overdue\n  workingDaysOverdue\n  reply\n  repliedAt\n  extensionUntil\n  extensionStatus\n  extensionReason\n  actions\n}\n"
  }
};
})();

(node as any).hash = "1b6ad124539de61dccffedacaa787417";

export default node;
