/**
 * @generated SignedSource<<4e97f59b4f5f9262bd4b8529a7772bd6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type AddViolationCategoryInput = {
  name: string;
};
export type CataloguePageAddMutation$variables = {
  input: AddViolationCategoryInput;
};
export type CataloguePageAddMutation$data = {
  readonly addViolationCategory: {
    readonly violationCategory: {
      readonly id: string;
    };
  };
};
export type CataloguePageAddMutation = {
  response: CataloguePageAddMutation$data;
  variables: CataloguePageAddMutation$variables;
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
    "name": "addViolationCategory",
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
    "name": "CataloguePageAddMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CataloguePageAddMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "502f5b28f8338b29e1958304e0dcab11",
    "id": null,
    "metadata": {},
    "name": "CataloguePageAddMutation",
    "operationKind": "mutation",
    "text": "mutation CataloguePageAddMutation(\n  $input: AddViolationCategoryInput!\n) {\n  addViolationCategory(input: $input) {\n    violationCategory {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "cd2ba76093654b38e4380f1f796726b3";

export default node;
