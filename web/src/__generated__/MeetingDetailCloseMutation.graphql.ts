/**
 * @generated SignedSource<<3c6c5fa5851388a67fd1e0ae265d4609>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
export type CloseMeetingInput = {
  decisions?: string | null | undefined;
  meetingId: string;
  minutes: string;
};
export type MeetingDetailCloseMutation$variables = {
  input: CloseMeetingInput;
};
export type MeetingDetailCloseMutation$data = {
  readonly closeMeeting: {
    readonly meeting: {
      readonly id: string;
      readonly status: MeetingStatus;
    };
  };
};
export type MeetingDetailCloseMutation = {
  response: MeetingDetailCloseMutation$data;
  variables: MeetingDetailCloseMutation$variables;
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
    "name": "closeMeeting",
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
    "name": "MeetingDetailCloseMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailCloseMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "ac452224a59b2e66de078e92e5ae4a9c",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailCloseMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailCloseMutation(\n  $input: CloseMeetingInput!\n) {\n  closeMeeting(input: $input) {\n    meeting {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "bbe6154916a7a00c88424c064bfec95b";

export default node;
