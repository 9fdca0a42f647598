/**
 * @generated SignedSource<<368b86510795f0e326e73427609ea721>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ConcludeReferralInput = {
  outcome: string;
  referralId: string;
};
export type ReferralActionsConcludeMutation$variables = {
  input: ConcludeReferralInput;
};
export type ReferralActionsConcludeMutation$data = {
  readonly concludeReferral: {
    readonly referral: {
      readonly " $fragmentSpreads": FragmentRefs<"ReferralActions_result">;
    };
  };
};
export type ReferralActionsConcludeMutation = {
  response: ReferralActionsConcludeMutation$data;
  variables: ReferralActionsConcludeMutation$variables;
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
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ReferralActionsConcludeMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "concludeReferral",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Referral",
            "kind": "LinkedField",
            "name": "referral",
            "plural": false,
            "selections": [
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "ReferralActions_result"
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReferralActionsConcludeMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "concludeReferral",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Referral",
            "kind": "LinkedField",
            "name": "referral",
            "plural": false,
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "actions",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "outcome",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "statusReason",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Member",
                "kind": "LinkedField",
                "name": "reporter",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "name",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "affiliation",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "phone",
                    "storageKey": null
                  },
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "UnmaskingRequest",
                "kind": "LinkedField",
                "name": "unmaskingRequests",
                "plural": true,
                "selections": [
                  (v2/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "reason",
                    "storageKey": null
                  },
                  (v3/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "createdAt",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "d38fa64273f91ff9a4999920aade3e80",
    "id": null,
    "metadata": {},
    "name": "ReferralActionsConcludeMutation",
    "operationKind": "mutation",
    "text": "mutation ReferralActionsConcludeMutation(\n  $input: ConcludeReferralInput!\n) {\n  concludeReferral(input: $input) {\n    referral {\n      ...ReferralActions_result\n      id\n    }\n  }\n}\n\nfragment ReferralActions_result on Referral {\n  id\n  status\n  actions\n  outcome\n  statusReason\n  reporter {\n    name\n    affiliation\n    phone\n    id\n  }\n  unmaskingRequests {\n    id\n    reason\n    status\n    createdAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "c1a0b4bab2433a4e0487b9e95954f838";

export default node;
