/**
 * @generated SignedSource<<b27b72100146fd81e14a47821364ff6e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type InvitationStatus = "ACCEPTED" | "APPLIED" | "DECLINED" | "INVITED" | "REFUSED";
export type ApplyToActivityInput = {
  meetingId: string;
  reason?: string | null | undefined;
};
export type MyMeetingsPageApplyMutation$variables = {
  input: ApplyToActivityInput;
};
export type MyMeetingsPageApplyMutation$data = {
  readonly applyToActivity: {
    readonly invitation: {
      readonly id: string;
      readonly status: InvitationStatus;
    };
  };
};
export type MyMeetingsPageApplyMutation = {
  response: MyMeetingsPageApplyMutation$data;
  variables: MyMeetingsPageApplyMutation$variables;
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
    "name": "applyToActivity",
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
    "name": "MyMeetingsPageApplyMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MyMeetingsPageApplyMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "6ce54261c119d61792363ff5186f8f60",
    "id": null,
    "metadata": {},
    "name": "MyMeetingsPageApplyMutation",
    "operationKind": "mutation",
    "text": "mutation MyMeetingsPageApplyMutation(\n  $input: ApplyToActivityInput!\n) {\n  applyToActivity(input: $input) {\n    invitation {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "31e16120dcf9ab34b49e0bc760e3ffb7";

export default node;
