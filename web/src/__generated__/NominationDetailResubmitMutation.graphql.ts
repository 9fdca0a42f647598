/**
 * @generated SignedSource<<704a3c575b6035f9f9ed9320ce9915ae>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Decision = "APPROVE" | "REJECT" | "RETURN";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type ResubmitNominationInput = {
  comment?: string | null | undefined;
  nominationId: string;
};
export type NominationDetailResubmitMutation$variables = {
  input: ResubmitNominationInput;
};
export type NominationDetailResubmitMutation$data = {
  readonly resubmitNomination: {
    readonly nomination: {
      readonly id: string;
      readonly reviewDecisions: ReadonlyArray<Decision>;
      readonly status: MemberStatus;
    };
  };
};
export type NominationDetailResubmitMutation = {
  response: NominationDetailResubmitMutation$data;
  variables: NominationDetailResubmitMutation$variables;
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
    "name": "resubmitNomination",
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
    "name": "NominationDetailResubmitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationDetailResubmitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f7da6d99c31cea419c247acc7e446843",
    "id": null,
    "metadata": {},
    "name": "NominationDetailResubmitMutation",
    "operationKind": "mutation",
    "text": "mutation NominationDetailResubmitMutation(\n  $input: ResubmitNominationInput!\n) {\n  resubmitNomination(input: $input) {\n    nomination {\n      id\n      status\n      reviewDecisions\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "2482203c0ae8006c40a64623b6acaaee";

export default node;
