/**
 * @generated SignedSource<<f856cbe0953bbdd03a41af4867691d1e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type InviteToMeetingInput = {
  meetingId: string;
  memberIds?: ReadonlyArray<string> | null | undefined;
  unitIds?: ReadonlyArray<string> | null | undefined;
};
export type MeetingDetailInviteMutation$variables = {
  input: InviteToMeetingInput;
};
export type MeetingDetailInviteMutation$data = {
  readonly inviteToMeeting: {
    readonly meeting: {
      readonly id: string;
    };
  };
};
export type MeetingDetailInviteMutation = {
  response: MeetingDetailInviteMutation$data;
  variables: MeetingDetailInviteMutation$variables;
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
    "concreteType": "MeetingPayload",
    "kind": "LinkedField",
    "name": "inviteToMeeting",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Meeting",
        "kind": "LinkedField",
        "name": "meeting",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
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
    "name": "MeetingDetailInviteMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailInviteMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ed9c578535cc10631a4fba529263603f",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailInviteMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailInviteMutation(\n  $input: InviteToMeetingInput!\n) {\n  inviteToMeeting(input: $input) {\n    meeting {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c1172a6aaa5344e31b63834456a70517";

export default node;
