/**
 * @generated SignedSource<<474485e0cbe828b1369ed1a958971388>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type ReferralIdInput = {
  referralId: string;
};
export type ReferralActionsAcceptMutation$variables = {
  input: ReferralIdInput;
};
export type ReferralActionsAcceptMutation$data = {
  readonly acceptReferral: {
    readonly referral: {
      readonly " $fragmentSpreads": FragmentRefs<"ReferralActions_result">;
    };
  };
};
export type ReferralActionsAcceptMutation = {
  response: ReferralActionsAcceptMutation$data;
  variables: ReferralActionsAcceptMutation$variables;
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
    "name": "ReferralActionsAcceptMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "acceptReferral",
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
    "name": "ReferralActionsAcceptMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "ReferralPayload",
        "kind": "LinkedField",
        "name": "acceptReferral",
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
    "cacheID": "4c26f6e49866af9241f3acc646752e83",
    "id": null,
    "metadata": {},
    "name": "ReferralActionsAcceptMutation",
    "operationKind": "mutation",
    "text": "mutation ReferralActionsAcceptMutation(\n  $input: ReferralIdInput!\n) {\n  acceptReferral(input: $input) {\n    referral {\n      ...ReferralActions_result\n      id\n    }\n  }\n}\n\nfragment ReferralActions_result on Referral {\n  id\n  status\n  actions\n  outcome\n  statusReason\n  reporter {\n    name\n    affiliation\n    phone\n    id\n  }\n  unmaskingRequests {\n    id\n    reason\n    status\n    createdAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "50c33710a71b07e7f1f5586a6fd35ab8";

export default node;
