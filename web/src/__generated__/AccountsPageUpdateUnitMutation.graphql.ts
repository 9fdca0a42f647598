/**
 * @generated SignedSource<<33ab457e19b8d77e6e5f9a990d092980>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type UpdateUnitInput = {
  contactEmail?: string | null | undefined;
  name?: string | null | undefined;
  unitId: string;
};
export type AccountsPageUpdateUnitMutation$variables = {
  input: UpdateUnitInput;
};
export type AccountsPageUpdateUnitMutation$data = {
  readonly updateUnit: {
    readonly unit: {
      readonly contactEmail: string | null | undefined;
      readonly id: string;
      readonly name: string;
    };
  };
};
export type AccountsPageUpdateUnitMutation = {
  response: AccountsPageUpdateUnitMutation$data;
  variables: AccountsPageUpdateUnitMutation$variables;
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
    "concreteType": "CreateUnitPayload",
    "kind": "LinkedField",
    "name": "updateUnit",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Unit",
        "kind": "LinkedField",
        "name": "unit",
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
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "contactEmail",
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
    "name": "AccountsPageUpdateUnitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountsPageUpdateUnitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "a4b0aae673f08e578e615d12672fb4db",
    "id": null,
    "metadata": {},
    "name": "AccountsPageUpdateUnitMutation",
    "operationKind": "mutation",
    "text": "mutation AccountsPageUpdateUnitMutation(\n  $input: UpdateUnitInput!\n) {\n  updateUnit(input: $input) {\n    unit {\n      id\n      name\n      contactEmail\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "4584c496a88fb7ac82cf376144c2eb2c";

export default node;
