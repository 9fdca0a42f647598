/**
 * @generated SignedSource<<e74f7f2ef8d0af7e9b5e122691afe953>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type JobsPageQuery$variables = {
  mailStatus?: string | null | undefined;
};
export type JobsPageQuery$data = {
  readonly jobRuns: ReadonlyArray<{
    readonly attempts: number;
    readonly effects: number;
    readonly error: string | null | undefined;
    readonly finishedAt: string | null | undefined;
    readonly job: string;
    readonly runKey: string;
    readonly startedAt: string | null | undefined;
    readonly status: string;
  }>;
  readonly outbox: ReadonlyArray<{
    readonly attempts: number;
    readonly createdAt: string;
    readonly immediate: boolean;
    readonly lastError: string | null | undefined;
    readonly sentAt: string | null | undefined;
    readonly status: string;
    readonly subject: string;
    readonly toAddress: string;
  }>;
};
export type JobsPageQuery = {
  response: JobsPageQuery$data;
  variables: JobsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "mailStatus"
  }
],
v1 = {
  "kind": "Literal",
  "name": "last",
  "value": 50
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "attempts",
  "storageKey": null
},
v4 = [
  {
    "alias": null,
    "args": [
      (v1/*:: as any*/)
    ],
    "concreteType": "JobRun",
    "kind": "LinkedField",
    "name": "jobRuns",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "runKey",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "job",
        "storageKey": null
      },
      (v2/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "effects",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "error",
        "storageKey": null
      },
      (v3/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "startedAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "finishedAt",
        "storageKey": null
      }
    ],
    "storageKey": "jobRuns(last:50)"
  },
  {
    "alias": null,
    "args": [
      (v1/*:: as any*/),
      {
        "kind": "Variable",
        "name": "status",
        "variableName": "mailStatus"
      }
    ],
    "concreteType": "OutboxMessage",
    "kind": "LinkedField",
    "name": "outbox",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "toAddress",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "subject",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "immediate",
        "storageKey": null
      },
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "lastError",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "createdAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "sentAt",
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
    "name": "JobsPageQuery",
    "selections": (v4/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "JobsPageQuery",
    "selections": (v4/*:: as any*/)
  },
  "params": {
    "cacheID": "da24b01bb758857a16a69405c3afb34d",
    "id": null,
    "metadata": {},
    "name": "JobsPageQuery",
    "operationKind": "query",
    "text": "query JobsPageQuery(\n  $mailStatus: String\n) {\n  jobRuns(last: 50) {\n    runKey\n    job\n    status\n    effects\n    error\n    attempts\n    startedAt\n    finishedAt\n  }\n  outbox(status: $mailStatus, last: 50) {\n    toAddress\n    subject\n    immediate\n    status\n    attempts\n    lastError\n    createdAt\n    sentAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "4173d750e15978894a3755a4b42fcca7";

export default node;
