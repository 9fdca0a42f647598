/**
 * @generated SignedSource<<d92ba451fa72b900783dc3f137b8cc53>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type AnswerInquiryInput = {
  answer: string;
  inquiryId: string;
};
export type InquiriesPageAnswerMutation$variables = {
  input: AnswerInquiryInput;
};
export type InquiriesPageAnswerMutation$data = {
  readonly answerInquiry: {
    readonly inquiry: {
      readonly answer: string | null | undefined;
      readonly answeredAt: string | null | undefined;
      readonly id: string;
      readonly overdue: boolean;
    };
  };
};
export type InquiriesPageAnswerMutation = {
  response: InquiriesPageAnswerMutation$data;
  variables: InquiriesPageAnswerMutation$variables;
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
    "name": "answerInquiry",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "answer",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "answeredAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "overdue",
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
    "name": "InquiriesPageAnswerMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "InquiriesPageAnswerMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e25103552192982848da0dccf99324d3",
    "id": null,
    "metadata": {},
    "name": "InquiriesPageAnswerMutation",
    "operationKind": "mutation",
    "text": "mutation InquiriesPageAnswerMutation(\n  $input: AnswerInquiryInput!\n) {\n  answerInquiry(input: $input) {\n    inquiry {\n      id\n      answer\n      answeredAt\n      overdue\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "768ba8113a50a9f03d614a5bfcd1e8b4";

export default node;
