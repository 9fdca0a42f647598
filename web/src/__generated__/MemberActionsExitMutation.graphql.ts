/**
 * @generated SignedSource<<00aefc0e0a04f0e80c51b8303d50b56e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ExitReason = "ABSENCES" | "INACTIVE" | "MISCONDUCT" | "RESIGNED" | "TERM_ENDED";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type DecideExitInput = {
  comment?: string | null | undefined;
  memberId: string;
  reason: ExitReason;
};
export type MemberActionsExitMutation$variables = {
  input: DecideExitInput;
};
export type MemberActionsExitMutation$data = {
  readonly decideExit: {
    readonly member: {
      readonly id: string;
      readonly status: MemberStatus;
    };
  };
};
export type MemberActionsExitMutation = {
  response: MemberActionsExitMutation$data;
  variables: MemberActionsExitMutation$variables;
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
    "concreteType": "MemberPayload",
    "kind": "LinkedField",
    "name": "decideExit",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
        "kind": "LinkedField",
        "name": "member",
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
    "name": "MemberActionsExitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MemberActionsExitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ee1349b36d39607f00c865281b67798c",
    "id": null,
    "metadata": {},
    "name": "MemberActionsExitMutation",
    "operationKind": "mutation",
    "text": "mutation MemberActionsExitMutation(\n  $input: DecideExitInput!\n) {\n  decideExit(input: $input) {\n    member {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3574a9621d86410423d7d1523aaf5318";

export default node;
