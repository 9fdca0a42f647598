/**
 * @generated SignedSource<<7d78b00d5e73ffc0eae762f0aab65822>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Declaration = "GOOD_REPUTATION" | "LAWFUL_OPERATION" | "NOT_ON_DISHONEST_LIST" | "NO_CRIMINAL_PENALTY" | "NO_DISCIPLINARY_SANCTION" | "TAX_COMPLIANCE";
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type Recommender = "CPPCC" | "DEMOCRATIC_PARTY" | "ENTERPRISE_INSTITUTION" | "MASS_ORGANISATION" | "NPC" | "PARTY_GOVERNMENT_ORGAN" | "SELF_NOMINATED" | "SOCIETY";
export type SubmitNominationInput = {
  affiliation?: string | null | undefined;
  attachments?: ReadonlyArray<File> | null | undefined;
  category: MemberCategory;
  creditCode?: string | null | undefined;
  declarations?: ReadonlyArray<Declaration>;
  email?: string | null | undefined;
  idNumber?: string | null | undefined;
  kind: MemberKind;
  name: string;
  npcOrCppcc?: boolean;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  recommender: Recommender;
  regionCode?: string | null | undefined;
};
export type NominationEntryMutation$variables = {
  input: SubmitNominationInput;
};
export type NominationEntryMutation$data = {
  readonly submitNomination: {
    readonly nomination: {
      readonly id: string;
      readonly status: MemberStatus;
    } | null | undefined;
  };
};
export type NominationEntryMutation = {
  response: NominationEntryMutation$data;
  variables: NominationEntryMutation$variables;
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
    "concreteType": "SubmitNominationPayload",
    "kind": "LinkedField",
    "name": "submitNomination",
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
    "name": "NominationEntryMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationEntryMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "77298d4d3e3d27fdc34c39f453e1732c",
    "id": null,
    "metadata": {},
    "name": "NominationEntryMutation",
    "operationKind": "mutation",
    "text": "mutation NominationEntryMutation(\n  $input: SubmitNominationInput!\n) {\n  submitNomination(input: $input) {\n    nomination {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8c7b1f49fc5e81f3cc3d7a9d74189df4";

export default node;
