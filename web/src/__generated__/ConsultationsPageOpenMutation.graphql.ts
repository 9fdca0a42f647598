/**
 * @generated SignedSource<<4b91b30c0d40cf87b539b1c0a041d937>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type OpenConsultationInput = {
  attachments?: ReadonlyArray<File> | null | undefined;
  body: string;
  closesOn: string;
  memberIds?: ReadonlyArray<string> | null | undefined;
  title: string;
};
export type ConsultationsPageOpenMutation$variables = {
  input: OpenConsultationInput;
};
export type ConsultationsPageOpenMutation$data = {
  readonly openConsultation: {
    readonly consultation: {
      readonly id: string;
    };
  };
};
export type ConsultationsPageOpenMutation = {
  response: ConsultationsPageOpenMutation$data;
  variables: ConsultationsPageOpenMutation$variables;
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
    "concreteType": "ConsultationPayload",
    "kind": "LinkedField",
    "name": "openConsultation",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Consultation",
        "kind": "LinkedField",
        "name": "consultation",
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
    "name": "ConsultationsPageOpenMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ConsultationsPageOpenMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "154ec181a21ceaf57b1551be6cb46d05",
    "id": null,
    "metadata": {},
    "name": "ConsultationsPageOpenMutation",
    "operationKind": "mutation",
    "text": "mutation ConsultationsPageOpenMutation(\n  $input: OpenConsultationInput!\n) {\n  openConsultation(input: $input) {\n    consultation {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f36cdcab72331305ea98b18a40c487ef";

export default node;
