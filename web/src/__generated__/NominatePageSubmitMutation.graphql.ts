/**
 * @generated SignedSource<<8c8a8432977b6edc9a981f1e4aa9a5ca>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Declaration = "GOOD_REPUTATION" | "LAWFUL_OPERATION" | "NOT_ON_DISHONEST_LIST" | "NO_CRIMINAL_PENALTY" | "NO_DISCIPLINARY_SANCTION" | "TAX_COMPLIANCE";
export type MemberCategory = "ASSOCIATION_REPRESENTATIVE" | "ENTERPRISE_REPRESENTATIVE" | "GOVERNMENT_SERVICE_VENUE" | "INDIVIDUAL_BUSINESS" | "INDIVIDUAL_BUSINESS_REPRESENTATIVE" | "INDUSTRY_ASSOCIATION" | "OVERSIGHT_REPRESENTATIVE" | "PARK_KEY_ENTERPRISE" | "SOCIAL_REPRESENTATIVE" | "THIRD_PARTY_INSTITUTION" | "TOWNSHIP_ENTERPRISE";
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
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
export type NominatePageSubmitMutation$variables = {
  input: SubmitNominationInput;
};
export type NominatePageSubmitMutation$data = {
  readonly submitNomination: {
    readonly receiptCode: string | null | undefined;
  };
};
export type NominatePageSubmitMutation = {
  response: NominatePageSubmitMutation$data;
  variables: NominatePageSubmitMutation$variables;
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
        "kind": "ScalarField",
        "name": "receiptCode",
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
    "name": "NominatePageSubmitMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominatePageSubmitMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ccf7e40b751a1f24e7d85c600f1bbbc7",
    "id": null,
    "metadata": {},
    "name": "NominatePageSubmitMutation",
    "operationKind": "mutation",
    "text": "mutation NominatePageSubmitMutation(\n  $input: SubmitNominationInput!\n) {\n  submitNomination(input: $input) {\n    receiptCode\n  }\n}\n"
  }
};
})();

(node as any).hash = "b694e0cdde92e93fc4a2202c227871b4";

export default node;
