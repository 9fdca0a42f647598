/**
 * @generated SignedSource<<6159210695bfe4aaedfb10f325a2f01c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type MemberHomePageQuery$variables = {
  quarter: string;
};
export type MemberHomePageQuery$data = {
  readonly viewer: {
    readonly member: {
      readonly awaiting: {
        readonly consultations: number;
        readonly invitations: number;
        readonly reportsToRate: number;
        readonly surveys: number;
      };
      readonly certificateNumber: string | null | undefined;
      readonly compliance: {
        readonly problemQuota: number;
        readonly problemQuotaMet: boolean;
        readonly problemReports: number;
        readonly suggestionQuota: number;
        readonly suggestionQuotaMet: boolean;
        readonly valuableSuggestions: number;
      };
      readonly kind: MemberKind;
      readonly name: string;
      readonly plaqueNumber: string | null | undefined;
      readonly status: MemberStatus;
      readonly termEndsOn: string | null | undefined;
    } | null | undefined;
  } | null | undefined;
};
export type MemberHomePageQuery = {
  response: MemberHomePageQuery$data;
  variables: MemberHomePageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "quarter"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "certificateNumber",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "plaqueNumber",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "termEndsOn",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": [
    {
      "kind": "Variable",
      "name": "quarter",
      "variableName": "quarter"
    }
  ],
  "concreteType": "ComplianceRow",
  "kind": "LinkedField",
  "name": "compliance",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "problemReports",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "valuableSuggestions",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "problemQuota",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "suggestionQuota",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "problemQuotaMet",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "suggestionQuotaMet",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "Awaiting",
  "kind": "LinkedField",
  "name": "awaiting",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "reportsToRate",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "invitations",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "consultations",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "surveys",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "MemberHomePageQuery",
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
            "concreteType": "Member",
            "kind": "LinkedField",
            "name": "member",
            "plural": false,
            "selections": [
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MemberHomePageQuery",
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
            "concreteType": "Member",
            "kind": "LinkedField",
            "name": "member",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
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
    ]
  },
  "params": {
    "cacheID": "724fbc10a71bbee828b68bdc48c6f481",
    "id": null,
    "metadata": {},
    "name": "MemberHomePageQuery",
    "operationKind": "query",
    "text": "query MemberHomePageQuery(\n  $quarter: String!\n) {\n  viewer {\n    member {\n      name\n      kind\n      status\n      certificateNumber\n      plaqueNumber\n      termEndsOn\n      compliance(quarter: $quarter) {\n        problemReports\n        valuableSuggestions\n        problemQuota\n        suggestionQuota\n        problemQuotaMet\n        suggestionQuotaMet\n      }\n      awaiting {\n        reportsToRate\n        invitations\n        consultations\n        surveys\n      }\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b77b788352e5460174bcd4b0892c9ca3";

export default node;
