/**
 * @generated SignedSource<<d22f9d355f3ea073ae42f09edf5dc350>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MeetingKind = "EVALUATION" | "INSPECTION" | "JOINT_MEETING" | "RESEARCH" | "SPECIAL_SUPERVISION" | "SYMPOSIUM" | "TRAINING";
export type CreateMeetingInput = {
  agenda?: string;
  endsAt: string;
  kind: MeetingKind;
  memberIds?: ReadonlyArray<string> | null | undefined;
  openToApplications?: boolean;
  place: string;
  startsAt: string;
  topic: string;
  unitIds?: ReadonlyArray<string> | null | undefined;
};
export type MeetingsPageCreateMutation$variables = {
  input: CreateMeetingInput;
};
export type MeetingsPageCreateMutation$data = {
  readonly createMeeting: {
    readonly meeting: {
      readonly id: string;
    };
  };
};
export type MeetingsPageCreateMutation = {
  response: MeetingsPageCreateMutation$data;
  variables: MeetingsPageCreateMutation$variables;
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
    "name": "createMeeting",
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
    "name": "MeetingsPageCreateMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingsPageCreateMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "fa7ad41ebb6f939967f593b930665a84",
    "id": null,
    "metadata": {},
    "name": "MeetingsPageCreateMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingsPageCreateMutation(\n  $input: CreateMeetingInput!\n) {\n  createMeeting(input: $input) {\n    meeting {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "651cbeb0e2c3a07e0e5fc08f6f1b771e";

export default node;
