/**
 * @generated SignedSource<<3d09c52cccc8aa0b8393f5e760407edc>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CreateRegionInput = {
  code: string;
  name: string;
  parentCode?: string | null | undefined;
  slipPrefix?: string | null | undefined;
  timeZone?: string | null | undefined;
};
export type RegionsPageCreateMutation$variables = {
  input: CreateRegionInput;
};
export type RegionsPageCreateMutation$data = {
  readonly createRegion: {
    readonly region: {
      readonly id: string;
    };
  };
};
export type RegionsPageCreateMutation = {
  response: RegionsPageCreateMutation$data;
  variables: RegionsPageCreateMutation$variables;
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
    "concreteType": "CreateRegionPayload",
    "kind": "LinkedField",
    "name": "createRegion",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Region",
        "kind": "LinkedField",
        "name": "region",
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
    "name": "RegionsPageCreateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RegionsPageCreateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "cb3e83fc277719dfe76a51929ac3a599",
    "id": null,
    "metadata": {},
    "name": "RegionsPageCreateMutation",
    "operationKind": "mutation",
    "text": "mutation RegionsPageCreateMutation(\n  $input: CreateRegionInput!\n) {\n  createRegion(input: $input) {\n    region {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "da41fb684220f9667c5c20b377ed7661";

export default node;
