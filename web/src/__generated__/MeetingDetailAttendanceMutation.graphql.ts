/**
 * @generated SignedSource<<d1316f436ffd6d98bde9bdfb6304ffe4>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Attendance = "ABSENT" | "ATTENDED" | "EXCUSED";
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
export type RecordAttendanceInput = {
  entries: ReadonlyArray<AttendanceEntry>;
  meetingId: string;
};
export type AttendanceEntry = {
  attendance: Attendance;
  invitationId: string;
};
export type MeetingDetailAttendanceMutation$variables = {
  input: RecordAttendanceInput;
};
export type MeetingDetailAttendanceMutation$data = {
  readonly recordAttendance: {
    readonly meeting: {
      readonly id: string;
      readonly status: MeetingStatus;
    };
  };
};
export type MeetingDetailAttendanceMutation = {
  response: MeetingDetailAttendanceMutation$data;
  variables: MeetingDetailAttendanceMutation$variables;
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
    "name": "recordAttendance",
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
    "name": "MeetingDetailAttendanceMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailAttendanceMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "b5ad6c8c3bec4f2018bddb9a299e6c95",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailAttendanceMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailAttendanceMutation(\n  $input: RecordAttendanceInput!\n) {\n  recordAttendance(input: $input) {\n    meeting {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "54b173b2c90270808f83a9acfb77030d";

export default node;
