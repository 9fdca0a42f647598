/**
 * @generated SignedSource<<158208462c07e19e3cacb95025661ae1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type AuditPageVerifyQuery$variables = Record<PropertyKey, never>;
export type AuditPageVerifyQuery$data = {
  readonly auditVerification: {
    readonly brokenEventId: string | null | undefined;
    readonly events: number;
    readonly intact: boolean;
    readonly reason: string | null | undefined;
  };
};
export type AuditPageVerifyQuery = {
  response: AuditPageVerifyQuery$data;
  variables: AuditPageVerifyQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "AuditVerification",
    "kind": "LinkedField",
    "name": "auditVerification",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "events",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "intact",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "brokenEventId",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "reason",
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
    "name": "AuditPageVerifyQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AuditPageVerifyQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "6522c60d4963ab44185f9e2481e40fa9",
    "id": null,
    "metadata": {},
    "name": "AuditPageVerifyQuery",
    "operationKind": "query",
    "text": "query AuditPageVerifyQuery {\n  auditVerification {\n    events\n    intact\n    brokenEventId\n    reason\n  }\n}\n"
  }
};
})();

(node as any).hash = "cdcafd852cdc8513982e5cafd65df9f7";

export default node;
