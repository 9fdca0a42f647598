/**
 * @generated SignedSource<<c0c78a3b73fb15fcc72dfce435926f04>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ReturnReferralInput = {
  reason: string;
  referralId: string;
};
export type ReferralActionsReturnMutation$variables = {
  input: ReturnReferralInput;
};
export type ReferralActionsReturnMutation$data = {
  readonly returnReferral: {
    readonly referral: {
      readonly " $fragmentSpreads": FragmentRefs<"ReferralActions_result">;
    };
  };
};
export type ReferralActionsReturnMutation = {
  response: ReferralActionsReturnMutation$data;
  variables: ReferralActionsReturnMutation$variables;
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
    "name": "ReferralActionsReturnMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "returnReferral",
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
    "name": "ReferralActionsReturnMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "returnReferral",
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
    "cacheID": "0f55fea7c9846d0eba7933910061050c",
    "id": null,
    "metadata": {},
    "name": "ReferralActionsReturnMutation",
    "operationKind": "mutation",
    "text": "mutation ReferralActionsReturnMutation(\n  $input: ReturnReferralInput!\n) {\n  returnReferral(input: $input) {\n    referral {\n      ...ReferralActions_result\n      id\n    }\n  }\n}\n\nfragment ReferralActions_result on Referral {\n  id\n  status\n  actions\n  outcome\n  statusReason\n  reporter {\n    name\n    affiliation\n    phone\n    id\n  }\n  unmaskingRequests {\n    id\n    reason\n    status\n    createdAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "5e85df0ccda6c686934c5d5ece371b32";

export default node;
