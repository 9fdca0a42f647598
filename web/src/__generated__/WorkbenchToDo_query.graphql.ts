/**
 * @generated SignedSource<<a0141e90890a845f20427096d4292030>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type WorkbenchToDo_query$data = {
  readonly awaitingTriage: {
    readonly totalCount: number;
  };
  readonly awaitingVerification: {
    readonly totalCount: number;
  };
  readonly exitCandidates: ReadonlyArray<{
    readonly silentSixMonths: boolean;
  }>;
  readonly extensions: {
    readonly totalCount: number;
  };
  readonly handedBack: {
    readonly totalCount: number;
  };
  readonly nominations: {
    readonly totalCount: number;
  };
  readonly overdue: {
    readonly totalCount: number;
  };
  readonly returnedReferrals: {
    readonly totalCount: number;
  };
  readonly unmasking: {
    readonly totalCount: number;
  };
  readonly " $fragmentType": "WorkbenchToDo_query";
};
export type WorkbenchToDo_query$key = {
  readonly " $data"?: WorkbenchToDo_query$data;
  readonly " $fragmentSpreads": FragmentRefs<"WorkbenchToDo_query">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v1 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "totalCount",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "WorkbenchToDo_query",
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
        (v0/*:: as any*/)
      ],
      "concreteType": "ReportConnection",
      "kind": "LinkedField",
      "name": "reports",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
        (v0/*:: as any*/)
      ],
      "concreteType": "AssignmentConnection",
      "kind": "LinkedField",
      "name": "assignments",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
        (v0/*:: as any*/)
      ],
      "concreteType": "AssignmentConnection",
      "kind": "LinkedField",
      "name": "assignments",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
        (v0/*:: as any*/)
      ],
      "concreteType": "AssignmentConnection",
      "kind": "LinkedField",
      "name": "assignments",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
        (v0/*:: as any*/)
      ],
      "concreteType": "AssignmentConnection",
      "kind": "LinkedField",
      "name": "assignments",
      "plural": false,
      "selections": (v1/*:: as any*/),
      "storageKey": "assignments(filter:{\"overdue\":true},first:1)"
    },
    {
      "alias": "returnedReferrals",
      "args": [
        (v0/*:: as any*/),
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
      "selections": (v1/*:: as any*/),
      "storageKey": "referrals(first:1,status:\"RETURNED\")"
    },
    {
      "alias": "unmasking",
      "args": [
        (v0/*:: as any*/),
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
      "selections": (v1/*:: as any*/),
      "storageKey": "referrals(first:1,unmaskingRequested:true)"
    },
    {
      "alias": null,
      "args": [
        (v0/*:: as any*/)
      ],
      "concreteType": "MemberConnection",
      "kind": "LinkedField",
      "name": "nominations",
      "plural": false,
      "selections": (v1/*:: as any*/),
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
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "e52c7ca066854d7716ea5f99a25ecab4";

export default node;
