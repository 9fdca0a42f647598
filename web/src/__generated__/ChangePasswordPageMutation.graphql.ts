/**
 * @generated SignedSource<<13ff1fe5835a58bcd863697734cfca9c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Role = "DISCIPLINE" | "LEADING_GROUP" | "LIAISON" | "OFFICE" | "PLATFORM_ADMIN" | "REVIEWER" | "SUPERVISOR" | "UNIT_HANDLER";
export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};
export type ChangePasswordPageMutation$variables = {
  input: ChangePasswordInput;
};
export type ChangePasswordPageMutation$data = {
  readonly changePassword: {
    readonly account: {
      readonly mustChangePassword: boolean;
      readonly role: Role;
    };
  };
};
export type ChangePasswordPageMutation = {
  response: ChangePasswordPageMutation$data;
  variables: ChangePasswordPageMutation$variables;
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
  "name": "role",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "mustChangePassword",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ChangePasswordPageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ChangePasswordPayload",
        "kind": "LinkedField",
        "name": "changePassword",
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
              (v2/*:: as any*/),
              (v3/*:: as any*/)
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
    "name": "ChangePasswordPageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ChangePasswordPayload",
        "kind": "LinkedField",
        "name": "changePassword",
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
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "id",
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
    "cacheID": "68268e2e3fe8d4a639cdb4db90bded7c",
    "id": null,
    "metadata": {},
    "name": "ChangePasswordPageMutation",
    "operationKind": "mutation",
    "text": "mutation ChangePasswordPageMutation(\n  $input: ChangePasswordInput!\n) {\n  changePassword(input: $input) {\n    account {\n      role\n      mustChangePassword\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0e73652b875d5e677399b70ae93e1d25";

export default node;
