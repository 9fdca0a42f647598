/**
 * @generated SignedSource<<e242e45390b84bb376cf10db8598e658>>
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
export type ExitCandidatesPageDecideMutation$variables = {
  input: DecideExitInput;
};
export type ExitCandidatesPageDecideMutation$data = {
  readonly decideExit: {
    readonly member: {
      readonly id: string;
      readonly status: MemberStatus;
    };
  };
};
export type ExitCandidatesPageDecideMutation = {
  response: ExitCandidatesPageDecideMutation$data;
  variables: ExitCandidatesPageDecideMutation$variables;
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
    "name": "ExitCandidatesPageDecideMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ExitCandidatesPageDecideMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "0cb947426023e03231584f9131df2db3",
    "id": null,
    "metadata": {},
    "name": "ExitCandidatesPageDecideMutation",
    "operationKind": "mutation",
    "text": "mutation ExitCandidatesPageDecideMutation(\n  $input: DecideExitInput!\n) {\n  decideExit(input: $input) {\n    member {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "66c2e8a23243c1815b6dc85f9823e2da";

export default node;
