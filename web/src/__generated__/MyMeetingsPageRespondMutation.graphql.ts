/**
 * @generated SignedSource<<feb72b814efa320185ee6187b6b13954>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type InvitationResponse = "ACCEPT" | "DECLINE";
export type InvitationStatus = "ACCEPTED" | "APPLIED" | "DECLINED" | "INVITED" | "REFUSED";
export type RespondInvitationInput = {
  invitationId: string;
  reason?: string | null | undefined;
  response: InvitationResponse;
};
export type MyMeetingsPageRespondMutation$variables = {
  input: RespondInvitationInput;
};
export type MyMeetingsPageRespondMutation$data = {
  readonly respondInvitation: {
    readonly invitation: {
      readonly id: string;
      readonly reason: string | null | undefined;
      readonly status: InvitationStatus;
    };
  };
};
export type MyMeetingsPageRespondMutation = {
  response: MyMeetingsPageRespondMutation$data;
  variables: MyMeetingsPageRespondMutation$variables;
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
    "concreteType": "MeetingInvitationPayload",
    "kind": "LinkedField",
    "name": "respondInvitation",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeetingInvitation",
        "kind": "LinkedField",
        "name": "invitation",
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
            "name": "reason",
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
    "name": "MyMeetingsPageRespondMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MyMeetingsPageRespondMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "13a2ddab5f874f1202f6f910b5d34055",
    "id": null,
    "metadata": {},
    "name": "MyMeetingsPageRespondMutation",
    "operationKind": "mutation",
    "text": "mutation MyMeetingsPageRespondMutation(\n  $input: RespondInvitationInput!\n) {\n  respondInvitation(input: $input) {\n    invitation {\n      id\n      status\n      reason\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "fc88d1b1eb1299c31122234f64dc5a1a";

export default node;
