/**
 * @generated SignedSource<<e67860862e4ef77db69da5f730f5589c>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type InvitationStatus = "ACCEPTED" | "APPLIED" | "DECLINED" | "INVITED" | "REFUSED";
export type DecideApplicationInput = {
  admit: boolean;
  invitationId: string;
  reason?: string | null | undefined;
};
export type MeetingDetailApplicationMutation$variables = {
  input: DecideApplicationInput;
};
export type MeetingDetailApplicationMutation$data = {
  readonly decideApplication: {
    readonly invitation: {
      readonly id: string;
      readonly status: InvitationStatus;
    };
  };
};
export type MeetingDetailApplicationMutation = {
  response: MeetingDetailApplicationMutation$data;
  variables: MeetingDetailApplicationMutation$variables;
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
    "name": "decideApplication",
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
    "name": "MeetingDetailApplicationMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MeetingDetailApplicationMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "b9c249fba71796c8839335f6c38de153",
    "id": null,
    "metadata": {},
    "name": "MeetingDetailApplicationMutation",
    "operationKind": "mutation",
    "text": "mutation MeetingDetailApplicationMutation(\n  $input: DecideApplicationInput!\n) {\n  decideApplication(input: $input) {\n    invitation {\n      id\n      status\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c7806c70884c81d3d30fb7d7bea9c0be";

export default node;
