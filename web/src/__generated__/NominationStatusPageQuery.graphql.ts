/**
 * @generated SignedSource<<cbbd38c0caa336448ff8d0594c9935b7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type NominationStatusPageQuery$variables = {
  receiptCode: string;
};
export type NominationStatusPageQuery$data = {
  readonly nominationStatus: {
    readonly reason: string | null | undefined;
    readonly status: MemberStatus;
  };
};
export type NominationStatusPageQuery = {
  response: NominationStatusPageQuery$data;
  variables: NominationStatusPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "receiptCode"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "receiptCode",
        "variableName": "receiptCode"
      }
    ],
    "concreteType": "NominationStatus",
    "kind": "LinkedField",
    "name": "nominationStatus",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "status",
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "NominationStatusPageQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationStatusPageQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "301d6a6f0e921d9aa54b39ca5184bfb2",
    "id": null,
    "metadata": {},
    "name": "NominationStatusPageQuery",
    "operationKind": "query",
    "text": "query NominationStatusPageQuery(\n  $receiptCode: String!\n) {\n  nominationStatus(receiptCode: $receiptCode) {\n    status\n    reason\n  }\n}\n"
  }
};
})();

(node as any).hash = "4b9d79696473b0699f8776150cf9a772";

export default node;
