/**
 * @generated SignedSource<<f1da5462875e30403fb7fbcf7e019a0b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportActionsIssueFieldsQuery$variables = Record<PropertyKey, never>;
export type ReportActionsIssueFieldsQuery$data = {
  readonly defaultSlipDeadline: string;
};
export type ReportActionsIssueFieldsQuery = {
  response: ReportActionsIssueFieldsQuery$data;
  variables: ReportActionsIssueFieldsQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "defaultSlipDeadline",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ReportActionsIssueFieldsQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ReportActionsIssueFieldsQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "a8a967760dccd1b068b2235a57cd1fa2",
    "id": null,
    "metadata": {},
    "name": "ReportActionsIssueFieldsQuery",
    "operationKind": "query",
    "text": "query ReportActionsIssueFieldsQuery {\n  defaultSlipDeadline\n}\n"
  }
};
})();

(node as any).hash = "130fa6bca7870be4425790cd1d4f32c4";

export default node;
