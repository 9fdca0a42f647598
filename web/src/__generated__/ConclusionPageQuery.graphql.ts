/**
 * @generated SignedSource<<e590d701ca0b79f65fa86cab9c61de7b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type ConclusionPageQuery$variables = {
  quarter: string;
};
export type ConclusionPageQuery$data = {
  readonly conclusionReport: {
    readonly from: string;
    readonly generatedAt: string;
    readonly htmlPath: string;
    readonly members: ReadonlyArray<{
      readonly member: {
        readonly id: string;
        readonly kind: MemberKind;
        readonly name: string;
      };
      readonly problemQuotaMet: boolean;
      readonly problemReports: number;
      readonly suggestionQuotaMet: boolean;
      readonly unexcusedAbsences: number;
      readonly valuableSuggestions: number;
    }>;
    readonly membersCsvPath: string;
    readonly quarter: string;
    readonly regionName: string;
    readonly reportsReceived: number;
    readonly to: string;
    readonly units: ReadonlyArray<{
      readonly handedBack: number;
      readonly overdue: number;
      readonly referrals: number;
      readonly repliedOnTime: number;
      readonly slipsIssued: number;
      readonly surveyScore: number | null | undefined;
      readonly unit: {
        readonly id: string;
        readonly name: string;
      };
    }>;
    readonly unitsCsvPath: string;
  };
};
export type ConclusionPageQuery = {
  response: ConclusionPageQuery$data;
  variables: ConclusionPageQuery$variables;
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
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "quarter",
        "variableName": "quarter"
      }
    ],
    "concreteType": "ConclusionReport",
    "kind": "LinkedField",
    "name": "conclusionReport",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "regionName",
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
        "name": "from",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "to",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "generatedAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "reportsReceived",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "htmlPath",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "unitsCsvPath",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "membersCsvPath",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "UnitPerformanceRow",
        "kind": "LinkedField",
        "name": "units",
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
              (v1/*:: as any*/),
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
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
            "kind": "ScalarField",
            "name": "handedBack",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "referrals",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "surveyScore",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "ComplianceRow",
        "kind": "LinkedField",
        "name": "members",
        "plural": true,
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
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
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
            "name": "unexcusedAbsences",
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
    "name": "ConclusionPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ConclusionPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "1fa72cbcdbc717b0390c9bdba6d51038",
    "id": null,
    "metadata": {},
    "name": "ConclusionPageQuery",
    "operationKind": "query",
    "text": "query ConclusionPageQuery(\n  $quarter: String!\n) {\n  conclusionReport(quarter: $quarter) {\n    regionName\n    quarter\n    from\n    to\n    generatedAt\n    reportsReceived\n    htmlPath\n    unitsCsvPath\n    membersCsvPath\n    units {\n      unit {\n        id\n        name\n      }\n      slipsIssued\n      repliedOnTime\n      overdue\n      handedBack\n      referrals\n      surveyScore\n    }\n    members {\n      member {\n        id\n        name\n        kind\n      }\n      problemReports\n      valuableSuggestions\n      unexcusedAbsences\n      problemQuotaMet\n      suggestionQuotaMet\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "bca51828b146002417c78869405cb257";

export default node;
