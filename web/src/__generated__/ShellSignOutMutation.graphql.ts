/**
 * @generated SignedSource<<3eb626569209c284d1e1fa978a4df465>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ShellSignOutMutation$variables = Record<PropertyKey, never>;
export type ShellSignOutMutation$data = {
  readonly logout: {
    readonly ok: boolean;
  };
};
export type ShellSignOutMutation = {
  response: ShellSignOutMutation$data;
  variables: ShellSignOutMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "LogoutPayload",
    "kind": "LinkedField",
    "name": "logout",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "ok",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ShellSignOutMutation",
    "selections": (v0/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ShellSignOutMutation",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "233ff2dea3de96abeb58757f9507cc53",
    "id": null,
    "metadata": {},
    "name": "ShellSignOutMutation",
    "operationKind": "mutation",
    "text": "mutation ShellSignOutMutation {\n  logout {\n    ok\n  }\n}\n"
  }
};
})();

(node as any).hash = "f811ec27b011d3622c43df9fc2d838ad";

export default node;
