/**
 * @generated SignedSource<<a632bd8689a07271aeb91a90f0ba467e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
export type MeetingIdInput = {
  meetingId: string;
};
export type MeetingDetailAnnounceMutation$variables = {
  input: MeetingIdInput;
};
export type MeetingDetailAnnounceMutation$data = {
  readonly announceMeeting: {
    readonly meeting: {
      readonly id: string;
      readonly status: MeetingStatus;
    };
  };
};
export type MeetingDetailAnnounceMutation = {
  response: MeetingDetailAnnounceMutation$data;
  variables: MeetingDetailAnnounceMutation$variables;
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
    "name": "announceMeeting",
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
    "name": "MeetingDetailAnnounceMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailAnnounceMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "503555b4bc504ce702a24e8635bf6131",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailAnnounceMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailAnnounceMutation(\n  $input: MeetingIdInput!\n) {\n  announceMeeting(input: $input) {\n    meeting {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e4779705c0a83a9b64f6b226d8e2d6cb";

export default node;
