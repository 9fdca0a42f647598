/**
 * @generated SignedSource<<806ee76dce629a786106db3155c2f08a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberMorePageSignOutMutation$variables = Record<PropertyKey, never>;
export type MemberMorePageSignOutMutation$data = {
  readonly logout: {
    readonly ok: boolean;
  };
};
export type MemberMorePageSignOutMutation = {
  response: MemberMorePageSignOutMutation$data;
  variables: MemberMorePageSignOutMutation$variables;
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
    "name": "MemberMorePageSignOutMutation",
    "selections": (v0/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MemberMorePageSignOutMutation",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "8421b911a9174a92b4435881edfc8425",
    "id": null,
    "metadata": {},
    "name": "MemberMorePageSignOutMutation",
    "operationKind": "mutation",
    "text": "mutation MemberMorePageSignOutMutation {\n  logout {\n    ok\n  }\n}\n"
  }
};
})();

(node as any).hash = "3249f31b6323d55e853b581a91f61de8";

export default node;
