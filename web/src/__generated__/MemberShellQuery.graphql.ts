/**
 * @generated SignedSource<<634820c3e9267236fa5a37f3dc7a3c55>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type Role = "DISCIPLINE" | "LEADING_GROUP" | "LIAISON" | "OFFICE" | "PLATFORM_ADMIN" | "REVIEWER" | "SUPERVISOR" | "UNIT_HANDLER";
export type MemberShellQuery$variables = Record<PropertyKey, never>;
export type MemberShellQuery$data = {
  readonly viewer: {
    readonly account: {
      readonly id: string;
      readonly mustChangePassword: boolean;
    };
    readonly member: {
      readonly id: string;
      readonly kind: MemberKind;
    } | null | undefined;
    readonly role: Role;
    readonly unreadNotificationCount: number;
  } | null | undefined;
};
export type MemberShellQuery = {
  response: MemberShellQuery$data;
  variables: MemberShellQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "ViewerInfo",
    "kind": "LinkedField",
    "name": "viewer",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "role",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "unreadNotificationCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Account",
        "kind": "LinkedField",
        "name": "account",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "mustChangePassword",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
        "kind": "LinkedField",
        "name": "member",
        "plural": false,
        "selections": [
          (v0/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "kind",
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MemberShellQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MemberShellQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "615f217f454d93b2767074425cc6ac54",
    "id": null,
    "metadata": {},
    "name": "MemberShellQuery",
    "operationKind": "query",
    "text": "query MemberShellQuery {\n  viewer {\n    role\n    unreadNotificationCount\n    account {\n      id\n      mustChangePassword\n    }\n    member {\n      id\n      kind\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0313dd654f92c50842429e3d5780caf8";

export default node;
