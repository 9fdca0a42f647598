/**
 * @generated SignedSource<<23849de584eb0a8ab3d24d01fb7955ff>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Role = "DISCIPLINE" | "LEADING_GROUP" | "LIAISON" | "OFFICE" | "PLATFORM_ADMIN" | "REVIEWER" | "SUPERVISOR" | "UNIT_HANDLER";
export type UpdateAccountInput = {
  accountId: string;
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  role?: Role | null | undefined;
  unitId?: string | null | undefined;
};
export type AccountsPageUpdateAccountMutation$variables = {
  input: UpdateAccountInput;
};
export type AccountsPageUpdateAccountMutation$data = {
  readonly updateAccount: {
    readonly account: {
      readonly displayName: string;
      readonly email: string | null | undefined;
      readonly id: string;
      readonly phone: string | null | undefined;
      readonly role: Role;
      readonly unit: {
        readonly id: string;
        readonly name: string;
      } | null | undefined;
    };
  };
};
export type AccountsPageUpdateAccountMutation = {
  response: AccountsPageUpdateAccountMutation$data;
  variables: AccountsPageUpdateAccountMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "UpdateAccountPayload",
    "kind": "LinkedField",
    "name": "updateAccount",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Account",
        "kind": "LinkedField",
        "name": "account",
        "plural": false,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "displayName",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "phone",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "role",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Unit",
            "kind": "LinkedField",
            "name": "unit",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
                "storageKey": null
              }
            ],
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
    "name": "AccountsPageUpdateAccountMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountsPageUpdateAccountMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "47f907d0a2bc1d41997560683bb480f7",
    "id": null,
    "metadata": {},
    "name": "AccountsPageUpdateAccountMutation",
    "operationKind": "mutation",
    "text": "mutation AccountsPageUpdateAccountMutation(\n  $input: UpdateAccountInput!\n) {\n  updateAccount(input: $input) {\n    account {\n      id\n      displayName\n      email\n      phone\n      role\n      unit {\n        id\n        name\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "794d099e6a1308e257b736174cd33b5d";

export default node;
