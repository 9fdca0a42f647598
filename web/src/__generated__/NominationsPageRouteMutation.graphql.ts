/**
 * @generated SignedSource<<80d5327ebf900547d483f755ce871920>>
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
export type NominationsPageRouteMutation$variables = {
  input: RouteNominationInput;
};
export type NominationsPageRouteMutation$data = {
  readonly routeNomination: {
    readonly nomination: {
      readonly awaitsRouting: boolean;
      readonly id: string;
      readonly reviewDecisions: ReadonlyArray<Decision>;
      readonly status: MemberStatus;
    };
  };
};
export type NominationsPageRouteMutation = {
  response: NominationsPageRouteMutation$data;
  variables: NominationsPageRouteMutation$variables;
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
    "name": "NominationsPageRouteMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "NominationsPageRouteMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f9395cb7359efb5d3ae067ee33f4c07a",
    "id": null,
    "metadata": {},
    "name": "NominationsPageRouteMutation",
    "operationKind": "mutation",
    "text": "mutation NominationsPageRouteMutation(\n  $input: RouteNominationInput!\n) {\n  routeNomination(input: $input) {\n    nomination {\n      id\n      status\n      reviewDecisions\n      awaitsRouting\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "266120e64efc762c9d6fe076f6a2ee00";

export default node;
