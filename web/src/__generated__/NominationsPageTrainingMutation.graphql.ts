/**
 * @generated SignedSource<<68f244cf44ac8abcfb6499ca0342baa4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type RecordTrainingInput = {
  heldOn: string;
  memberIds: ReadonlyArray<string>;
  place?: string | null | undefined;
  title: string;
};
export type NominationsPageTrainingMutation$variables = {
  input: RecordTrainingInput;
};
export type NominationsPageTrainingMutation$data = {
  readonly recordTraining: {
    readonly attendees: ReadonlyArray<{
      readonly id: string;
      readonly status: MemberStatus;
    }>;
  };
};
export type NominationsPageTrainingMutation = {
  response: NominationsPageTrainingMutation$data;
  variables: NominationsPageTrainingMutation$variables;
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
    "concreteType": "RecordTrainingPayload",
    "kind": "LinkedField",
    "name": "recordTraining",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
        "kind": "LinkedField",
        "name": "attendees",
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
    "name": "NominationsPageTrainingMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationsPageTrainingMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "c2839acaec2fbc16d69f78cd3c23b131",
    "id": null,
    "metadata": {},
    "name": "NominationsPageTrainingMutation",
    "operationKind": "mutation",
    "text": "mutation NominationsPageTrainingMutation(\n  $input: RecordTrainingInput!\n) {\n  recordTraining(input: $input) {\n    attendees {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3835e4ab33a296436aa2100cdbfac2ac";

export default node;
