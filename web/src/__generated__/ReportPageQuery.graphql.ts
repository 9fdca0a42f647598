/**
 * @generated SignedSource<<5d749e445539d56cdfe42fc9adf7a1f5>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type Channel = "AUDIO_VIDEO" | "ON_SITE" | "TEXT" | "WECHAT";
export type Rating = "BASICALLY_SATISFIED" | "SATISFIED" | "UNSATISFIED";
export type ReportKind = "MONITORING_RECORD" | "OBSTRUCTION" | "PROBLEM" | "SUGGESTION";
export type ReportStatus = "ACCEPTED" | "CLOSED" | "FEEDBACK_GIVEN" | "HANDLED" | "IN_HANDLING" | "MERGED" | "NOT_ACCEPTED" | "SUBMITTED";
export type SupervisionArea = "FACTOR_SUPPLY" | "FAIR_COMPETITION" | "GOVERNMENT_BUSINESS_RELATIONS" | "GOVERNMENT_SERVICES" | "JUDICIAL_FAIRNESS" | "KEEPING_PROMISES" | "POLICY_DELIVERY" | "REGULATORY_ENFORCEMENT";
export type ReportPageQuery$variables = {
  id: string;
};
export type ReportPageQuery$data = {
  readonly node: {
    readonly report: {
      readonly area: SupervisionArea;
      readonly attachments: ReadonlyArray<{
        readonly " $fragmentSpreads": FragmentRefs<"Attachments_attachments">;
      }>;
      readonly body: string;
      readonly channel: Channel;
      readonly concernedUnit: {
        readonly name: string;
      } | null | undefined;
      readonly feedback: string | null | undefined;
      readonly feedbackAt: string | null | undefined;
      readonly history: ReadonlyArray<{
        readonly " $fragmentSpreads": FragmentRefs<"History_steps">;
      }>;
      readonly id: string;
      readonly kind: ReportKind;
      readonly major: boolean;
      readonly occurredOn: string | null | undefined;
      readonly rating: Rating | null | undefined;
      readonly ratingReason: string | null | undefined;
      readonly redoCount: number;
      readonly referral: {
        readonly " $fragmentSpreads": FragmentRefs<"ReferralOutcome_referral">;
      } | null | undefined;
      readonly reporter: {
        readonly affiliation: string | null | undefined;
        readonly name: string;
        readonly position: string | null | undefined;
      } | null | undefined;
      readonly status: ReportStatus;
      readonly statusReason: string | null | undefined;
      readonly submittedAt: string;
      readonly title: string;
      readonly valuable: boolean;
      readonly " $fragmentSpreads": FragmentRefs<"ReportActions_report">;
    } | null | undefined;
  };
  readonly slips: {
    readonly " $fragmentSpreads": FragmentRefs<"ReportSlips_slips">;
  };
};
export type ReportPageQuery = {
  response: ReportPageQuery$data;
  variables: ReportPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "title",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "body",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "kind",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "statusReason",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "area",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "channel",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "major",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "valuable",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "occurredOn",
  "storageKey": null
},
v13 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "submittedAt",
  "storageKey": null
},
v14 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "feedback",
  "storageKey": null
},
v15 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "feedbackAt",
  "storageKey": null
},
v16 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "rating",
  "storageKey": null
},
v17 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "ratingReason",
  "storageKey": null
},
v18 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "redoCount",
  "storageKey": null
},
v19 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v20 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "affiliation",
  "storageKey": null
},
v21 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "position",
  "storageKey": null
},
v22 = [
  {
    "fields": [
      {
        "kind": "Variable",
        "name": "reportId",
        "variableName": "id"
      }
    ],
    "kind": "ObjectValue",
    "name": "filter"
  },
  {
    "kind": "Literal",
    "name": "first",
    "value": 20
  }
],
v23 = [
  (v19/*:: as any*/),
  (v2/*:: as any*/)
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                (v2/*:: as any*/),
                (v3/*:: as any*/),
                (v4/*:: as any*/),
                (v5/*:: as any*/),
                (v6/*:: as any*/),
                (v7/*:: as any*/),
                (v8/*:: as any*/),
                (v9/*:: as any*/),
                (v10/*:: as any*/),
                (v11/*:: as any*/),
                (v12/*:: as any*/),
                (v13/*:: as any*/),
                (v14/*:: as any*/),
                (v15/*:: as any*/),
                (v16/*:: as any*/),
                (v17/*:: as any*/),
                (v18/*:: as any*/),
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "Unit",
                  "kind": "LinkedField",
                  "name": "concernedUnit",
                  "plural": false,
                  "selections": [
                    (v19/*:: as any*/)
                  ],
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "Member",
                  "kind": "LinkedField",
                  "name": "reporter",
                  "plural": false,
                  "selections": [
                    (v19/*:: as any*/),
                    (v20/*:: as any*/),
                    (v21/*:: as any*/)
                  ],
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "Referral",
                  "kind": "LinkedField",
                  "name": "referral",
                  "plural": false,
                  "selections": [
                    {
                      "args": null,
                      "kind": "FragmentSpread",
                      "name": "ReferralOutcome_referral"
                    }
                  ],
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "Attachment",
                  "kind": "LinkedField",
                  "name": "attachments",
                  "plural": true,
                  "selections": [
                    {
                      "args": null,
                      "kind": "FragmentSpread",
                      "name": "Attachments_attachments"
                    }
                  ],
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "concreteType": "RecordStep",
                  "kind": "LinkedField",
                  "name": "history",
                  "plural": true,
                  "selections": [
                    {
                      "args": null,
                      "kind": "FragmentSpread",
                      "name": "History_steps"
                    }
                  ],
                  "storageKey": null
                },
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "ReportActions_report"
                }
              ],
              "type": "Report",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "report"
          }
        ],
        "storageKey": null
      },
      {
        "alias": "slips",
        "args": (v22/*:: as any*/),
        "concreteType": "AssignmentConnection",
        "kind": "LinkedField",
        "name": "assignments",
        "plural": false,
        "selections": [
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "ReportSlips_slips"
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
    "name": "ReportPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/),
              (v14/*:: as any*/),
              (v15/*:: as any*/),
              (v16/*:: as any*/),
              (v17/*:: as any*/),
              (v18/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "concreteType": "Unit",
                "kind": "LinkedField",
                "name": "concernedUnit",
                "plural": false,
                "selections": (v23/*:: as any*/),
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Member",
                "kind": "LinkedField",
                "name": "reporter",
                "plural": false,
                "selections": [
                  (v19/*:: as any*/),
                  (v20/*:: as any*/),
                  (v21/*:: as any*/),
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Referral",
                "kind": "LinkedField",
                "name": "referral",
                "plural": false,
                "selections": [
                  (v6/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "outcome",
                    "storageKey": null
                  },
                  (v7/*:: as any*/),
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Attachment",
                "kind": "LinkedField",
                "name": "attachments",
                "plural": true,
                "selections": [
                  (v2/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "fileName",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "contentType",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "size",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "url",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "RecordStep",
                "kind": "LinkedField",
                "name": "history",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "at",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "action",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "actor",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "note",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "type": "Report",
            "abstractKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": "slips",
        "args": (v22/*:: as any*/),
        "concreteType": "AssignmentConnection",
        "kind": "LinkedField",
        "name": "assignments",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Assignment",
            "kind": "LinkedField",
            "name": "nodes",
            "plural": true,
            "selections": [
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "number",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "mode",
                "storageKey": null
              },
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "deadline",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "overdue",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Unit",
                "kind": "LinkedField",
                "name": "unit",
                "plural": false,
                "selections": (v23/*:: as any*/),
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
    "cacheID": "d1387c1e952597449d6d27e98c9a434d",
    "id": null,
    "metadata": {},
    "name": "ReportPageQuery",
    "operationKind": "query",
    "text": "query ReportPageQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ... on Report {\n      id\n      title\n      body\n      kind\n      status\n      statusReason\n      area\n      channel\n      major\n      valuable\n      occurredOn\n      submittedAt\n      feedback\n      feedbackAt\n      rating\n      ratingReason\n      redoCount\n      concernedUnit {\n        name\n        id\n      }\n      reporter {\n        name\n        affiliation\n        position\n        id\n      }\n      referral {\n        ...ReferralOutcome_referral\n        id\n      }\n      attachments {\n        ...Attachments_attachments\n        id\n      }\n      history {\n        ...History_steps\n      }\n      ...ReportActions_report\n    }\n    id\n  }\n  slips: assignments(filter: {reportId: $id}, first: 20) {\n    ...ReportSlips_slips\n  }\n}\n\nfragment Attachments_attachments on Attachment {\n  id\n  fileName\n  contentType\n  size\n  url\n}\n\nfragment History_steps on RecordStep {\n  at\n  action\n  actor\n  note\n}\n\nfragment ReferralOutcome_referral on Referral {\n  status\n  outcome\n  statusReason\n}\n\nfragment ReportActions_report on Report {\n  id\n  kind\n  status\n  valuable\n  title\n}\n\nfragment ReportSlips_slips on AssignmentConnection {\n  nodes {\n    id\n    number\n    mode\n    status\n    deadline\n    overdue\n    unit {\n      name\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "ee2acd2d65eb70687e46b224cf6d006c";

export default node;
