/**
 * @generated SignedSource<<d77cdfb8be37fdece9eb6ef9bc719988>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Role = "DISCIPLINE" | "LEADING_GROUP" | "LIAISON" | "OFFICE" | "PLATFORM_ADMIN" | "REVIEWER" | "SUPERVISOR" | "UNIT_HANDLER";
export type CreateAccountInput = {
  displayName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  regionId?: string | null | undefined;
  role: Role;
  unitId?: string | null | undefined;
  username: string;
};
export type AccountsPageCreateAccountMutation$variables = {
  input: CreateAccountInput;
};
export type AccountsPageCreateAccountMutation$data = {
  readonly createAccount: {
    readonly account: {
      readonly id: string;
      readonly username: string;
    };
    readonly temporaryPassword: string;
  };
};
export type AccountsPageCreateAccountMutation = {
  response: AccountsPageCreateAccountMutation$data;
  variables: AccountsPageCreateAccountMutation$variables;
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
    "concreteType": "CreateAccountPayload",
    "kind": "LinkedField",
    "name": "createAccount",
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
            "name": "username",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "temporaryPassword",
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
    "name": "AccountsPageCreateAccountMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountsPageCreateAccountMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "3e9786be94a5d1c4286239702534f045",
    "id": null,
    "metadata": {},
    "name": "AccountsPageCreateAccountMutation",
    "operationKind": "mutation",
    "text": "mutation AccountsPageCreateAccountMutation(\n  $input: CreateAccountInput!\n) {\n  createAccount(input: $input) {\n    account {\n      id\n      username\n    }\n    temporaryPassword\n  }\n}\n"
  }
};
})();

(node as any).hash = "fbb550732f3f24ae48d2589064e10844";

export default node;
