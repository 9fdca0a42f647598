/**
 * @generated SignedSource<<eb97c24293e6920cee8bfd7b70e750d9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type UpdateOwnContactInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
};
export type MemberContactPageMutation$variables = {
  input: UpdateOwnContactInput;
};
export type MemberContactPageMutation$data = {
  readonly updateOwnContact: {
    readonly account: {
      readonly email: string | null | undefined;
      readonly id: string;
      readonly phone: string | null | undefined;
    };
  };
};
export type MemberContactPageMutation = {
  response: MemberContactPageMutation$data;
  variables: MemberContactPageMutation$variables;
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
    "concreteType": "UpdateAccountPayload",
    "kind": "LinkedField",
    "name": "updateOwnContact",
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
            "name": "email",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "phone",
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
    "name": "MemberContactPageMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MemberContactPageMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "9bc5dd566af0bb90d21deb21f1c3283f",
    "id": null,
    "metadata": {},
    "name": "MemberContactPageMutation",
    "operationKind": "mutation",
    "text": "mutation MemberContactPageMutation(\n  $input: UpdateOwnContactInput!\n) {\n  updateOwnContact(input: $input) {\n    account {\n      id\n      email\n      phone\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8978a6922dd4b7d0754e3c6e3b602e65";

export default node;
