/**
 * @generated SignedSource<<170f87215ce86a2a6b74827d4bb6d7b5>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type IssueCertificateInput = {
  accountId?: string | null | undefined;
  certificateNumber: string;
  memberId: string;
  newAccount?: NewMemberAccountInput | null | undefined;
  termStartsOn?: string | null | undefined;
};
export type NewMemberAccountInput = {
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  username: string;
};
export type NominationDetailAppointMutation$variables = {
  input: IssueCertificateInput;
};
export type NominationDetailAppointMutation$data = {
  readonly issueCertificate: {
    readonly account: {
      readonly username: string;
    };
    readonly member: {
      readonly certificateNumber: string | null | undefined;
      readonly id: string;
      readonly status: MemberStatus;
      readonly termEndsOn: string | null | undefined;
      readonly termStartsOn: string | null | undefined;
    };
    readonly temporaryPassword: string | null | undefined;
  };
};
export type NominationDetailAppointMutation = {
  response: NominationDetailAppointMutation$data;
  variables: NominationDetailAppointMutation$variables;
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
      "name": "certificateNumber",
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
    "name": "NominationDetailAppointMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AppointmentPayload",
        "kind": "LinkedField",
        "name": "issueCertificate",
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
    "name": "NominationDetailAppointMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "AppointmentPayload",
        "kind": "LinkedField",
        "name": "issueCertificate",
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
    "cacheID": "11aa83f39d1abde057d62e7ff15674fc",
    "id": null,
    "metadata": {},
    "name": "NominationDetailAppointMutation",
    "operationKind": "mutation",
    "text": "mutation NominationDetailAppointMutation(\n  $input: IssueCertificateInput!\n) {\n  issueCertificate(input: $input) {\n    member {\n      id\n      status\n      certificateNumber\n      termStartsOn\n      termEndsOn\n    }\n    account {\n      username\n      id\n    }\n    temporaryPassword\n  }\n}\n"
  }
};
})();

(node as any).hash = "3169bed199edb0ade7ec804f72d7e641";

export default node;
