/**
 * @generated SignedSource<<c11e8d5ecdf383f4e2a5638aba654d47>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type UnitKind = "DEPARTMENT" | "DISCIPLINE_COMMISSION" | "JUDICIAL_ORGAN" | "OFFICE" | "PUBLIC_INSTITUTION" | "REVIEWER" | "TOWNSHIP";
export type CreateUnitInput = {
  contactEmail?: string | null | undefined;
  kind: UnitKind;
  name: string;
};
export type AccountsPageCreateUnitMutation$variables = {
  input: CreateUnitInput;
};
export type AccountsPageCreateUnitMutation$data = {
  readonly createUnit: {
    readonly unit: {
      readonly id: string;
    };
  };
};
export type AccountsPageCreateUnitMutation = {
  response: AccountsPageCreateUnitMutation$data;
  variables: AccountsPageCreateUnitMutation$variables;
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
    "name": "createUnit",
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
    "name": "AccountsPageCreateUnitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AccountsPageCreateUnitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "32eb8eb278edb1b58545778a909207d1",
    "id": null,
    "metadata": {},
    "name": "AccountsPageCreateUnitMutation",
    "operationKind": "mutation",
    "text": "mutation AccountsPageCreateUnitMutation(\n  $input: CreateUnitInput!\n) {\n  createUnit(input: $input) {\n    unit {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a0d2339a4fb6fa68145be0410d7bef51";

export default node;
