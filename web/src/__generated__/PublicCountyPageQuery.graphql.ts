/**
 * @generated SignedSource<<f2b31745479b968524e066daa25de9ef>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type PublicCountyPageQuery$variables = {
  code: string;
};
export type PublicCountyPageQuery$data = {
  readonly publishedCommendations: ReadonlyArray<{
    readonly commendedAt: string;
    readonly id: string;
    readonly quarter: string | null | undefined;
    readonly reason: string;
    readonly unitName: string;
  }>;
  readonly publishedMembers: ReadonlyArray<{
    readonly affiliation: string | null | undefined;
    readonly category: MemberCategory;
    readonly kind: MemberKind;
    readonly name: string;
    readonly termEndsOn: string | null | undefined;
  }>;
  readonly publishedRegions: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
  }>;
};
export type PublicCountyPageQuery = {
  response: PublicCountyPageQuery$data;
  variables: PublicCountyPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "code"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v2 = [
  {
    "kind": "Variable",
    "name": "regionCode",
    "variableName": "code"
  }
],
v3 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "PublishedRegion",
    "kind": "LinkedField",
    "name": "publishedRegions",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "code",
        "storageKey": null
      },
      (v1/*:: as any*/)
    ],
    "storageKey": null
  },
  {
    "alias": null,
    "args": (v2/*:: as any*/),
    "concreteType": "PublishedMember",
    "kind": "LinkedField",
    "name": "publishedMembers",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "kind",
        "storageKey": null
      },
      (v1/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "category",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "affiliation",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "termEndsOn",
        "storageKey": null
      }
    ],
    "storageKey": null
  },
  {
    "alias": null,
    "args": (v2/*:: as any*/),
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
    "name": "PublicCountyPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "PublicCountyPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "72dacca1fdc18e768534abd64744a757",
    "id": null,
    "metadata": {},
    "name": "PublicCountyPageQuery",
    "operationKind": "query",
    "text": "query PublicCountyPageQuery(\n  $code: String!\n) {\n  publishedRegions {\n    code\n    name\n  }\n  publishedMembers(regionCode: $code) {\n    kind\n    name\n    category\n    affiliation\n    termEndsOn\n  }\n  publishedCommendations(regionCode: $code) {\n    id\n    unitName\n    reason\n    quarter\n    commendedAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "72efceffb8272fde1051e5cf32ad7e96";

export default node;
