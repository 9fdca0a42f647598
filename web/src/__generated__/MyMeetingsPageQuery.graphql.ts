/**
 * @generated SignedSource<<6db7bba7e8deabef77759e8b5070ab46>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type Attendance = "ABSENT" | "ATTENDED" | "EXCUSED";
export type InvitationStatus = "ACCEPTED" | "APPLIED" | "DECLINED" | "INVITED" | "REFUSED";
export type MeetingKind = "EVALUATION" | "INSPECTION" | "JOINT_MEETING" | "RESEARCH" | "SPECIAL_SUPERVISION" | "SYMPOSIUM" | "TRAINING";
export type MeetingStatus = "ANNOUNCED" | "CANCELLED" | "CLOSED" | "DRAFT" | "HELD";
export type MyMeetingsPageQuery$variables = Record<PropertyKey, never>;
export type MyMeetingsPageQuery$data = {
  readonly meetings: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly agenda: string;
        readonly calendarUrl: string;
        readonly cancelReason: string | null | undefined;
        readonly endsAt: string;
        readonly id: string;
        readonly invitations: ReadonlyArray<{
          readonly attendance: Attendance | null | undefined;
          readonly id: string;
          readonly reason: string | null | undefined;
          readonly status: InvitationStatus;
        }>;
        readonly kind: MeetingKind;
        readonly minutes: string | null | undefined;
        readonly openToApplications: boolean;
        readonly place: string;
        readonly startsAt: string;
        readonly status: MeetingStatus;
        readonly topic: string;
      };
    }>;
  };
};
export type MyMeetingsPageQuery = {
  response: MyMeetingsPageQuery$data;
  variables: MyMeetingsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v2 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 50
      }
    ],
    "concreteType": "MeetingConnection",
    "kind": "LinkedField",
    "name": "meetings",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "MeetingEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Meeting",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v0/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "topic",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "agenda",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "place",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "startsAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endsAt",
                "storageKey": null
              },
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "openToApplications",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cancelReason",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "minutes",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "calendarUrl",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "MeetingInvitation",
                "kind": "LinkedField",
                "name": "invitations",
                "plural": true,
                "selections": [
                  (v0/*:: as any*/),
                  (v1/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "reason",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "attendance",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "meetings(first:50)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MyMeetingsPageQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MyMeetingsPageQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "52bd863b063a4dc47d9c6442e8932dc5",
    "id": null,
    "metadata": {},
    "name": "MyMeetingsPageQuery",
    "operationKind": "query",
    "text": "query MyMeetingsPageQuery {\n  meetings(first: 50) {\n    edges {\n      node {\n        id\n        kind\n        topic\n        agenda\n        place\n        startsAt\n        endsAt\n        status\n        openToApplications\n        cancelReason\n        minutes\n        calendarUrl\n        invitations {\n          id\n          status\n          reason\n          attendance\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "55c8efa35b5511296c9217a32ce1e72e";

export default node;
