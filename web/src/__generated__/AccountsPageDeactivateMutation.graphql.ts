/**
 * @generated SignedSource<<19790167b20f48b39c2e175e802b85b2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type DeactivateAccountInput = {
  accountId: string;
};
export type AccountsPageDeactivateMutation$variables = {
  input: DeactivateAccountInput;
};
export type AccountsPageDeactivateMutation$data = {
  readonly deactivateAccount: {
    readonly account: {
      readonly active: boolean;
      readonly id: string;
    };
  };
};
export type AccountsPageDeactivateMutation = {
  response: AccountsPageDeactivateMutation$data;
  variables: AccountsPageDeactivateMutation$variables;
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
    "concreteType": "DeactivateAccountPayload",
    "kind": "LinkedField",
    "name": "deactivateAccount",
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
            "name": "active",
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
    "name": "AccountsPageDeactivateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountsPageDeactivateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "de4578f892d93a9d000f4f82bbba62e3",
    "id": null,
    "metadata": {},
    "name": "AccountsPageDeactivateMutation",
    "operationKind": "mutation",
    "text": "mutation AccountsPageDeactivateMutation(\n  $input: DeactivateAccountInput!\n) {\n  deactivateAccount(input: $input) {\n    account {\n      id\n      active\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c2fd92ac0552f4f2c3b75c2ed7541017";

export default node;
