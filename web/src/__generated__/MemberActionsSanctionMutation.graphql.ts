/**
 * @generated SignedSource<<20deac9a1f717f60977d36f7bbc4e3e8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type Sanction = "CRITICISM" | "REMOVAL" | "WARNING";
export type SanctionSupervisorInput = {
  memberId: string;
  reason?: string | null | undefined;
  sanction: Sanction;
};
export type MemberActionsSanctionMutation$variables = {
  input: SanctionSupervisorInput;
};
export type MemberActionsSanctionMutation$data = {
  readonly sanctionSupervisor: {
    readonly member: {
      readonly id: string;
      readonly status: MemberStatus;
    };
  };
};
export type MemberActionsSanctionMutation = {
  response: MemberActionsSanctionMutation$data;
  variables: MemberActionsSanctionMutation$variables;
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
    "name": "sanctionSupervisor",
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
    "name": "MemberActionsSanctionMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MemberActionsSanctionMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "0789bd70df503fc61911314eabac5897",
    "id": null,
    "metadata": {},
    "name": "MemberActionsSanctionMutation",
    "operationKind": "mutation",
    "text": "mutation MemberActionsSanctionMutation(\n  $input: SanctionSupervisorInput!\n) {\n  sanctionSupervisor(input: $input) {\n    member {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e82c8b964b83c6995832b2f452b621c4";

export default node;
