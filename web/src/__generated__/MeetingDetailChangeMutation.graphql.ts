/**
 * @generated SignedSource<<200dba62fc63919f35fd03f24294b278>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ChangeMeetingInput = {
  agenda?: string;
  endsAt: string;
  meetingId: string;
  place: string;
  startsAt: string;
  topic: string;
};
export type MeetingDetailChangeMutation$variables = {
  input: ChangeMeetingInput;
};
export type MeetingDetailChangeMutation$data = {
  readonly changeMeeting: {
    readonly meeting: {
      readonly id: string;
    };
  };
};
export type MeetingDetailChangeMutation = {
  response: MeetingDetailChangeMutation$data;
  variables: MeetingDetailChangeMutation$variables;
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
    "name": "changeMeeting",
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
    "name": "MeetingDetailChangeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailChangeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "09959a079142eef87f495ca2083a3f81",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailChangeMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailChangeMutation(\n  $input: ChangeMeetingInput!\n) {\n  changeMeeting(input: $input) {\n    meeting {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8d8d5a1f99fc631aaffca4eb5ede27f9";

export default node;
