/**
 * @generated SignedSource<<b133a5cfa21bcabc34437b1f83ddcf3b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type InquiryKind = "DOCUMENT_REQUEST" | "INQUIRY";
export type AskInquiryInput = {
  kind: InquiryKind;
  question: string;
  subject: string;
  unitId: string;
};
export type MyInquiriesPageAskMutation$variables = {
  input: AskInquiryInput;
};
export type MyInquiriesPageAskMutation$data = {
  readonly askInquiry: {
    readonly inquiry: {
      readonly id: string;
    };
  };
};
export type MyInquiriesPageAskMutation = {
  response: MyInquiriesPageAskMutation$data;
  variables: MyInquiriesPageAskMutation$variables;
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
    "concreteType": "InquiryPayload",
    "kind": "LinkedField",
    "name": "askInquiry",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Inquiry",
        "kind": "LinkedField",
        "name": "inquiry",
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
    "name": "MyInquiriesPageAskMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MyInquiriesPageAskMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "443ec89b974421f11996062a767d4fb3",
    "id": null,
    "metadata": {},
    "name": "MyInquiriesPageAskMutation",
    "operationKind": "mutation",
    "text": "mutation MyInquiriesPageAskMutation(\n  $input: AskInquiryInput!\n) {\n  askInquiry(input: $input) {\n    inquiry {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b8693e22a9956836a18760633a333dd0";

export default node;
