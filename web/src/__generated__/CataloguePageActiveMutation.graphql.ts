/**
 * @generated SignedSource<<4d33a5a5a29a2046777110ee329b40f9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SetViolationCategoryActiveInput = {
  active: boolean;
  violationCategoryId: string;
};
export type CataloguePageActiveMutation$variables = {
  input: SetViolationCategoryActiveInput;
};
export type CataloguePageActiveMutation$data = {
  readonly setViolationCategoryActive: {
    readonly violationCategory: {
      readonly active: boolean;
      readonly id: string;
    };
  };
};
export type CataloguePageActiveMutation = {
  response: CataloguePageActiveMutation$data;
  variables: CataloguePageActiveMutation$variables;
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
    "concreteType": "AddViolationCategoryPayload",
    "kind": "LinkedField",
    "name": "setViolationCategoryActive",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ViolationCategory",
        "kind": "LinkedField",
        "name": "violationCategory",
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
    "name": "CataloguePageActiveMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CataloguePageActiveMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e36c1c525201b54d56ee3226b7d82ba3",
    "id": null,
    "metadata": {},
    "name": "CataloguePageActiveMutation",
    "operationKind": "mutation",
    "text": "mutation CataloguePageActiveMutation(\n  $input: SetViolationCategoryActiveInput!\n) {\n  setViolationCategoryActive(input: $input) {\n    violationCategory {\n      id\n      active\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "1f9345bde1f3431dbedbf8f04d282a60";

export default node;
