/**
 * @generated SignedSource<<e8f74fda78c8df3795772108ec95d0ea>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberCardPageQuery$variables = Record<PropertyKey, never>;
export type MemberCardPageQuery$data = {
  readonly viewer: {
    readonly member: {
      readonly affiliation: string | null | undefined;
      readonly category: MemberCategory;
      readonly certificateNumber: string | null | undefined;
      readonly kind: MemberKind;
      readonly name: string;
      readonly plaqueNumber: string | null | undefined;
      readonly position: string | null | undefined;
      readonly termEndsOn: string | null | undefined;
      readonly termStartsOn: string | null | undefined;
    } | null | undefined;
    readonly region: {
      readonly name: string;
    } | null | undefined;
  } | null | undefined;
};
export type MemberCardPageQuery = {
  response: MemberCardPageQuery$data;
  variables: MemberCardPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "category",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "affiliation",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "position",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "certificateNumber",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "plaqueNumber",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "termStartsOn",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "termEndsOn",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MemberCardPageQuery",
    "selections": [
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
            "concreteType": "Region",
            "kind": "LinkedField",
            "name": "region",
            "plural": false,
            "selections": [
              (v0/*:: as any*/)
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
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MemberCardPageQuery",
    "selections": [
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
            "concreteType": "Region",
            "kind": "LinkedField",
            "name": "region",
            "plural": false,
            "selections": [
              (v0/*:: as any*/),
              (v9/*:: as any*/)
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
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/)
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "1aa1a3b7f8d90580cb9d68b8cefee9ca",
    "id": null,
    "metadata": {},
    "name": "MemberCardPageQuery",
    "operationKind": "query",
    "text": "query MemberCardPageQuery {\n  viewer {\n    region {\n      name\n      id\n    }\n    member {\n      name\n      kind\n      category\n      affiliation\n      position\n      certificateNumber\n      plaqueNumber\n      termStartsOn\n      termEndsOn\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "60a42c2bcd4d46404aea517905ab9f3d";

export default node;
