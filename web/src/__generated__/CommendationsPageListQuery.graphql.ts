/**
 * @generated SignedSource<<396f6073ab8c35ef6c44afe133cb3c83>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CommendationsPageListQuery$variables = {
  regionCode: string;
};
export type CommendationsPageListQuery$data = {
  readonly publishedCommendations: ReadonlyArray<{
    readonly commendedAt: string;
    readonly id: string;
    readonly quarter: string | null | undefined;
    readonly reason: string;
    readonly unitName: string;
  }>;
};
export type CommendationsPageListQuery = {
  response: CommendationsPageListQuery$data;
  variables: CommendationsPageListQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "regionCode"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "regionCode",
        "variableName": "regionCode"
      }
    ],
    "concreteType": "Commendation",
    "kind": "LinkedField",
    "name": "publishedCommendations",
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
        "name": "unitName",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "reason",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "quarter",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "commendedAt",
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
    "name": "CommendationsPageListQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CommendationsPageListQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "66304c805b792f7a16c154cdec6bb085",
    "id": null,
    "metadata": {},
    "name": "CommendationsPageListQuery",
    "operationKind": "query",
    "text": "query CommendationsPageListQuery(\n  $regionCode: String!\n) {\n  publishedCommendations(regionCode: $regionCode) {\n    id\n    unitName\n    reason\n    quarter\n    commendedAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "ab0fc7af1e0e6b57310554ce1f848760";

export default node;
