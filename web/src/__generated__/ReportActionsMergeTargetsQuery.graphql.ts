/**
 * @generated SignedSource<<011b38c0cbd60f2a769a12abd023ac21>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportActionsMergeTargetsQuery$variables = Record<PropertyKey, never>;
export type ReportActionsMergeTargetsQuery$data = {
  readonly accepted: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly title: string;
    }>;
  };
  readonly handling: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly title: string;
    }>;
  };
};
export type ReportActionsMergeTargetsQuery = {
  response: ReportActionsMergeTargetsQuery$data;
  variables: ReportActionsMergeTargetsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 100
},
v1 = {
  "kind": "Literal",
  "name": "orderBy",
  "value": "SUBMITTED_AT_DESC"
},
v2 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Report",
    "kind": "LinkedField",
    "name": "nodes",
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
        "name": "title",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
],
v3 = [
  {
    "alias": "accepted",
    "args": [
      {
        "kind": "Literal",
        "name": "filter",
        "value": {
          "status": "ACCEPTED"
        }
      },
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "concreteType": "ReportConnection",
    "kind": "LinkedField",
    "name": "reports",
    "plural": false,
    "selections": (v2/*:: as any*/),
    "storageKey": "reports(filter:{\"status\":\"ACCEPTED\"},first:100,orderBy:\"SUBMITTED_AT_DESC\")"
  },
  {
    "alias": "handling",
    "args": [
      {
        "kind": "Literal",
        "name": "filter",
        "value": {
          "status": "IN_HANDLING"
        }
      },
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "concreteType": "ReportConnection",
    "kind": "LinkedField",
    "name": "reports",
    "plural": false,
    "selections": (v2/*:: as any*/),
    "storageKey": "reports(filter:{\"status\":\"IN_HANDLING\"},first:100,orderBy:\"SUBMITTED_AT_DESC\")"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportActionsMergeTargetsQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ReportActionsMergeTargetsQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "80d20c574046559f0b679ff0f43f183d",
    "id": null,
    "metadata": {},
    "name": "ReportActionsMergeTargetsQuery",
    "operationKind": "query",
    "text": "query ReportActionsMergeTargetsQuery {\n  accepted: reports(filter: {status: ACCEPTED}, orderBy: SUBMITTED_AT_DESC, first: 100) {\n    nodes {\n      id\n      title\n    }\n  }\n  handling: reports(filter: {status: IN_HANDLING}, orderBy: SUBMITTED_AT_DESC, first: 100) {\n    nodes {\n      id\n      title\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "d4bc76596488bd881a49239ce289dbd4";

export default node;
