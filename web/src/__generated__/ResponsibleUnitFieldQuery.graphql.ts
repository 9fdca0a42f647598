/**
 * @generated SignedSource<<9b16935e0ea4336f057d6b388883d513>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type NoticesReach = "CONTACT_EMAIL" | "HANDLERS" | "NOBODY";
export type ResponsibleUnitFieldQuery$variables = Record<PropertyKey, never>;
export type ResponsibleUnitFieldQuery$data = {
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
      readonly noticesReach: NoticesReach | null | undefined;
    }>;
  };
};
export type ResponsibleUnitFieldQuery = {
  response: ResponsibleUnitFieldQuery$data;
  variables: ResponsibleUnitFieldQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "filter",
        "value": {
          "responsible": true
        }
      },
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "UnitConnection",
    "kind": "LinkedField",
    "name": "units",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Unit",
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
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
            "name": "noticesReach",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "units(filter:{\"responsible\":true},first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ResponsibleUnitFieldQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ResponsibleUnitFieldQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "c8ab28daf0f77e8f439d0119227881e3",
    "id": null,
    "metadata": {},
    "name": "ResponsibleUnitFieldQuery",
    "operationKind": "query",
    "text": "query ResponsibleUnitFieldQuery {\n  units(filter: {responsible: true}, first: 100) {\n    nodes {\n      id\n      name\n      noticesReach\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "ea95ccdf6fe1345f9449d8329e1dc80b";

export default node;
