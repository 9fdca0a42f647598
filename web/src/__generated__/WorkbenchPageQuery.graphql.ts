/**
 * @generated SignedSource<<4ff17176476d2ac861b3ea5ced446d81>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ReferralStatus = "ACCEPTED" | "CONCLUDED" | "INVESTIGATING" | "QUEUED" | "RETURNED";
export type SupervisionArea = "FACTOR_SUPPLY" | "FAIR_COMPETITION" | "GOVERNMENT_BUSINESS_RELATIONS" | "GOVERNMENT_SERVICES" | "JUDICIAL_FAIRNESS" | "KEEPING_PROMISES" | "POLICY_DELIVERY" | "REGULATORY_ENFORCEMENT";
export type WorkbenchPageQuery$variables = {
  office: boolean;
  quarter: string;
};
export type WorkbenchPageQuery$data = {
  readonly dashboard: {
    readonly meetingsHeld: number;
    readonly members: number;
    readonly membersMeetingQuotas: number;
    readonly quarter: string;
    readonly referralsByStatus: ReadonlyArray<{
      readonly count: number;
      readonly status: ReferralStatus;
    }>;
    readonly reportsByArea: ReadonlyArray<{
      readonly area: SupervisionArea;
      readonly count: number;
    }>;
  };
  readonly onTimeByQuarter: ReadonlyArray<{
    readonly quarter: string;
    readonly repliedOnTime: number;
    readonly slipsIssued: number;
  }>;
  readonly slipsByUnit: ReadonlyArray<{
    readonly open: number;
    readonly overdue: number;
    readonly unit: {
      readonly name: string;
    };
  }>;
  readonly toDo?: {
    readonly " $fragmentSpreads": FragmentRefs<"WorkbenchToDo_query">;
  } | null | undefined;
};
export type WorkbenchPageQuery = {
  response: WorkbenchPageQuery$data;
  variables: WorkbenchPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "office"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "quarter"
},
v2 = {
  "kind": "Variable",
  "name": "quarter",
  "variableName": "quarter"
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "quarter",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "count",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": [
    (v2/*:: as any*/)
  ],
  "concreteType": "Dashboard",
  "kind": "LinkedField",
  "name": "dashboard",
  "plural": false,
  "selections": [
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "concreteType": "AreaCount",
      "kind": "LinkedField",
      "name": "reportsByArea",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "area",
          "storageKey": null
        },
        (v4/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "ReferralStatusCount",
      "kind": "LinkedField",
      "name": "referralsByStatus",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "status",
          "storageKey": null
        },
        (v4/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "members",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "membersMeetingQuotas",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "meetingsHeld",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": [
    {
      "kind": "Literal",
      "name": "count",
      "value": 4
    },
    (v2/*:: as any*/)
  ],
  "concreteType": "QuarterOnTime",
  "kind": "LinkedField",
  "name": "onTimeByQuarter",
  "plural": true,
  "selections": [
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "slipsIssued",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "repliedOnTime",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "open",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "overdue",
  "storageKey": null
},
v10 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v11 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "totalCount",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "WorkbenchPageQuery",
    "selections": [
      (v5/*:: as any*/),
      (v6/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "UnitSlipCount",
        "kind": "LinkedField",
        "name": "slipsByUnit",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Unit",
            "kind": "LinkedField",
            "name": "unit",
            "plural": false,
            "selections": [
              (v7/*:: as any*/)
            ],
            "storageKey": null
          },
          (v8/*:: as any*/),
          (v9/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "condition": "office",
        "kind": "Condition",
        "passingValue": true,
        "selections": [
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "WorkbenchToDo_query"
                }
              ],
              "type": "Query",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "toDo"
          }
        ]
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "WorkbenchPageQuery",
    "selections": [
      (v5/*:: as any*/),
      (v6/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "concreteType": "UnitSlipCount",
        "kind": "LinkedField",
        "name": "slipsByUnit",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Unit",
            "kind": "LinkedField",
            "name": "unit",
            "plural": false,
            "selections": [
              (v7/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "id",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v8/*:: as any*/),
          (v9/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "condition": "office",
        "kind": "Condition",
        "passingValue": true,
        "selections": [
          {
            "alias": "awaitingTriage",
            "args": [
              {
                "kind": "Literal",
                "name": "filter",
                "value": {
                  "status": "SUBMITTED"
                }
              },
              (v10/*:: as any*/)
            ],
            "concreteType": "ReportConnection",
            "kind": "LinkedField",
            "name": "reports",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "reports(filter:{\"status\":\"SUBMITTED\"},first:1)"
          },
          {
            "alias": "awaitingVerification",
            "args": [
              {
                "kind": "Literal",
                "name": "filter",
                "value": {
                  "status": "REPLIED"
                }
              },
              (v10/*:: as any*/)
            ],
            "concreteType": "AssignmentConnection",
            "kind": "LinkedField",
            "name": "assignments",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "assignments(filter:{\"status\":\"REPLIED\"},first:1)"
          },
          {
            "alias": "handedBack",
            "args": [
              {
                "kind": "Literal",
                "name": "filter",
                "value": {
                  "status": "HANDED_BACK"
                }
              },
              (v10/*:: as any*/)
            ],
            "concreteType": "AssignmentConnection",
            "kind": "LinkedField",
            "name": "assignments",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "assignments(filter:{\"status\":\"HANDED_BACK\"},first:1)"
          },
          {
            "alias": "extensions",
            "args": [
              {
                "kind": "Literal",
                "name": "filter",
                "value": {
                  "extensionRequested": true
                }
              },
              (v10/*:: as any*/)
            ],
            "concreteType": "AssignmentConnection",
            "kind": "LinkedField",
            "name": "assignments",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "assignments(filter:{\"extensionRequested\":true},first:1)"
          },
          {
            "alias": "overdue",
            "args": [
              {
                "kind": "Literal",
                "name": "filter",
                "value": {
                  "overdue": true
                }
              },
              (v10/*:: as any*/)
            ],
            "concreteType": "AssignmentConnection",
            "kind": "LinkedField",
            "name": "assignments",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "assignments(filter:{\"overdue\":true},first:1)"
          },
          {
            "alias": "returnedReferrals",
            "args": [
              (v10/*:: as any*/),
              {
                "kind": "Literal",
                "name": "status",
                "value": "RETURNED"
              }
            ],
            "concreteType": "ReferralConnection",
            "kind": "LinkedField",
            "name": "referrals",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "referrals(first:1,status:\"RETURNED\")"
          },
          {
            "alias": "unmasking",
            "args": [
              (v10/*:: as any*/),
              {
                "kind": "Literal",
                "name": "unmaskingRequested",
                "value": true
              }
            ],
            "concreteType": "ReferralConnection",
            "kind": "LinkedField",
            "name": "referrals",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "referrals(first:1,unmaskingRequested:true)"
          },
          {
            "alias": null,
            "args": [
              (v10/*:: as any*/)
            ],
            "concreteType": "MemberConnection",
            "kind": "LinkedField",
            "name": "nominations",
            "plural": false,
            "selections": (v11/*:: as any*/),
            "storageKey": "nominations(first:1)"
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "ExitCandidate",
            "kind": "LinkedField",
            "name": "exitCandidates",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "silentSixMonths",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ]
      }
    ]
  },
  "params": {
    "cacheID": "bdccfb191a4b9835d5845b3e99ee89f4",
    "id": null,
    "metadata": {},
    "name": "WorkbenchPageQuery",
    "operationKind": "query",
    "text": "query WorkbenchPageQuery(\n  $quarter: String!\n  $office: Boolean!\n) {\n  dashboard(quarter: $quarter) {\n    quarter\n    reportsByArea {\n      area\n      count\n    }\n    referralsByStatus {\n      status\n      count\n    }\n    members\n    membersMeetingQuotas\n    meetingsHeld\n  }\n  onTimeByQuarter(quarter: $quarter, count: 4) {\n    quarter\n    slipsIssued\n    repliedOnTime\n  }\n  slipsByUnit {\n    unit {\n      name\n      id\n    }\n    open\n    overdue\n  }\n  ...WorkbenchToDo_query @include(if: $office)\n}\n\nfragment WorkbenchToDo_query on Query {\n  awaitingTriage: reports(filter: {status: SUBMITTED}, first: 1) {\n    totalCount\n  }\n  awaitingVerification: assignments(filter: {status: REPLIED}, first: 1) {\n    totalCount\n  }\n  handedBack: assignments(filter: {status: HANDED_BACK}, first: 1) {\n    totalCount\n  }\n  extensions: assignments(filter: {extensionRequested: true}, first: 1) {\n    totalCount\n  }\n  overdue: assignments(filter: {overdue: true}, first: 1) {\n    totalCount\n  }\n  returnedReferrals: referrals(status: RETURNED, first: 1) {\n    totalCount\n  }\n  unmasking: referrals(unmaskingRequested: true, first: 1) {\n    totalCount\n  }\n  nominations(first: 1) {\n    totalCount\n  }\n  exitCandidates {\n    silentSixMonths\n  }\n}\n"
  }
};
})();

(node as any).hash = "521de4e88bc98b8132fab735d802f0cb";

export default node;
