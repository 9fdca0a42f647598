/**
 * @generated SignedSource<<8f351e2183e5aee9c68b3a2219da00f2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Decision = "APPROVE" | "REJECT" | "RETURN";
export type MemberStatus = "ACTIVE" | "APPROVED" | "DISQUALIFIED" | "EXPIRED" | "FINAL_REVIEW" | "INITIAL_REVIEW" | "NOMINATED" | "REJECTED" | "REMOVED" | "RETURNED" | "SECOND_REVIEW" | "TRAINED" | "WITHDRAWN";
export type RouteNominationInput = {
  nominationId: string;
  reviewerUnitId: string;
};
export type NominationDetailRouteMutation$variables = {
  input: RouteNominationInput;
};
export type NominationDetailRouteMutation$data = {
  readonly routeNomination: {
    readonly nomination: {
      readonly awaitsRouting: boolean;
      readonly id: string;
      readonly reviewDecisions: ReadonlyArray<Decision>;
      readonly status: MemberStatus;
    };
  };
};
export type NominationDetailRouteMutation = {
  response: NominationDetailRouteMutation$data;
  variables: NominationDetailRouteMutation$variables;
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
    "name": "routeNomination",
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
    "name": "NominationDetailRouteMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationDetailRouteMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "b1c70616adf3820de4ec9675bcd33c76",
    "id": null,
    "metadata": {},
    "name": "NominationDetailRouteMutation",
    "operationKind": "mutation",
    "text": "mutation NominationDetailRouteMutation(\n  $input: RouteNominationInput!\n) {\n  routeNomination(input: $input) {\n    nomination {\n      id\n      status\n      reviewDecisions\n      awaitsRouting\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "18e95ebba0bfd67c5534f14532201b49";

export default node;
