/**
 * @generated SignedSource<<edf4288216f00f46bcf04b60138b829f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Decision = "APPROVE" | "REJECT" | "RETURN";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type ReviewNominationInput = {
  comment?: string | null | undefined;
  decision: Decision;
  nominationId: string;
  overrideQuota?: boolean;
  overrideReason?: string | null | undefined;
};
export type NominationsPageReviewMutation$variables = {
  input: ReviewNominationInput;
};
export type NominationsPageReviewMutation$data = {
  readonly reviewNomination: {
    readonly nomination: {
      readonly awaitsRouting: boolean;
      readonly id: string;
      readonly reviewDecisions: ReadonlyArray<Decision>;
      readonly status: MemberStatus;
    };
  };
};
export type NominationsPageReviewMutation = {
  response: NominationsPageReviewMutation$data;
  variables: NominationsPageReviewMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "NominationPayload",
    "kind": "LinkedField",
    "name": "reviewNomination",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
        "kind": "LinkedField",
        "name": "nomination",
        "plural": false,
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
            "name": "status",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "reviewDecisions",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "awaitsRouting",
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
    "name": "NominationsPageReviewMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationsPageReviewMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "61f3be60263aa8fb7c0f68f6491ee176",
    "id": null,
    "metadata": {},
    "name": "NominationsPageReviewMutation",
    "operationKind": "mutation",
    "text": "mutation NominationsPageReviewMutation(\n  $input: ReviewNominationInput!\n) {\n  reviewNomination(input: $input) {\n    nomination {\n      id\n      status\n      reviewDecisions\n      awaitsRouting\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "517543a8e39bbb562e846c172158a319";

export default node;
