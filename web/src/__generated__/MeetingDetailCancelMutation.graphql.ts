/**
 * @generated SignedSource<<5f0bb67175918dc94f716e44b790c641>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
export type CancelMeetingInput = {
  meetingId: string;
  reason: string;
};
export type MeetingDetailCancelMutation$variables = {
  input: CancelMeetingInput;
};
export type MeetingDetailCancelMutation$data = {
  readonly cancelMeeting: {
    readonly meeting: {
      readonly id: string;
      readonly status: MeetingStatus;
    };
  };
};
export type MeetingDetailCancelMutation = {
  response: MeetingDetailCancelMutation$data;
  variables: MeetingDetailCancelMutation$variables;
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
    "name": "cancelMeeting",
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
    "name": "MeetingDetailCancelMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailCancelMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "a2f6d6f7cbd2ecb09dbba2b3603f09d1",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailCancelMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailCancelMutation(\n  $input: CancelMeetingInput!\n) {\n  cancelMeeting(input: $input) {\n    meeting {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "15b10d65f32aaf1253465ee40f65aada";

export default node;
