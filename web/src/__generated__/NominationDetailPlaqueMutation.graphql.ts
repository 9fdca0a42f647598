/**
 * @generated SignedSource<<6c6f370f0301474dd3ac67ae031a75d5>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type AwardPlaqueInput = {
  liaison?: NewMemberAccountInput | null | undefined;
  liaisonAccountId?: string | null | undefined;
  memberId: string;
  plaqueNumber: string;
  termStartsOn?: string | null | undefined;
};
export type NewMemberAccountInput = {
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  username: string;
};
export type NominationDetailPlaqueMutation$variables = {
  input: AwardPlaqueInput;
};
export type NominationDetailPlaqueMutation$data = {
  readonly awardPlaque: {
    readonly account: {
      readonly username: string;
    };
    readonly member: {
      readonly id: string;
      readonly plaqueNumber: string | null | undefined;
      readonly status: MemberStatus;
      readonly termEndsOn: string | null | undefined;
      readonly termStartsOn: string | null | undefined;
    };
    readonly temporaryPassword: string | null | undefined;
  };
};
export type NominationDetailPlaqueMutation = {
  response: NominationDetailPlaqueMutation$data;
  variables: NominationDetailPlaqueMutation$variables;
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
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "concreteType": "Member",
  "kind": "LinkedField",
  "name": "member",
  "plural": false,
  "selections": [
    (v2/*:: as any*/),
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
      "name": "plaqueNumber",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "termStartsOn",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "termEndsOn",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "username",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "temporaryPassword",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "NominationDetailPlaqueMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AppointmentPayload",
        "kind": "LinkedField",
        "name": "awardPlaque",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Account",
            "kind": "LinkedField",
            "name": "account",
            "plural": false,
            "selections": [
              (v4/*:: as any*/)
            ],
            "storageKey": null
          },
          (v5/*:: as any*/)
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
    "name": "NominationDetailPlaqueMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AppointmentPayload",
        "kind": "LinkedField",
        "name": "awardPlaque",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Account",
            "kind": "LinkedField",
            "name": "account",
            "plural": false,
            "selections": [
              (v4/*:: as any*/),
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
          (v5/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "6ca5b5bd3b336f00a5c170916479a4d6",
    "id": null,
    "metadata": {},
    "name": "NominationDetailPlaqueMutation",
    "operationKind": "mutation",
    "text": "mutation NominationDetailPlaqueMutation(\n  $input: AwardPlaqueInput!\n) {\n  awardPlaque(input: $input) {\n    member {\n      id\n      status\n      plaqueNumber\n      termStartsOn\n      termEndsOn\n    }\n    account {\n      username\n      id\n    }\n    temporaryPassword\n  }\n}\n"
  }
};
})();

(node as any).hash = "d0fc328a4ca9769173a8f781da95cd97";

export default node;
