/**
 * @generated SignedSource<<9b459bc98bac80bdfe0ab7090b717bc4>>
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
export type NominationDetailReviewMutation$variables = {
  input: ReviewNominationInput;
};
export type NominationDetailReviewMutation$data = {
  readonly reviewNomination: {
    readonly nomination: {
      readonly awaitsRouting: boolean;
      readonly id: string;
      readonly reviewDecisions: ReadonlyArray<Decision>;
      readonly status: MemberStatus;
    };
  };
};
export type NominationDetailReviewMutation = {
  response: NominationDetailReviewMutation$data;
  variables: NominationDetailReviewMutation$variables;
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
    "name": "NominationDetailReviewMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationDetailReviewMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c5d7c698661e6e9834a3b1afb7008ed9",
    "id": null,
    "metadata": {},
    "name": "NominationDetailReviewMutation",
    "operationKind": "mutation",
    "text": "mutation NominationDetailReviewMutation(\n  $input: ReviewNominationInput!\n) {\n  reviewNomination(input: $input) {\n    nomination {\n      id\n      status\n      reviewDecisions\n      awaitsRouting\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5c71110f2511af70e6718f197a1fee5f";

export default node;
