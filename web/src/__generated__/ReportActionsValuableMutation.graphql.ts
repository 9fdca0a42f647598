/**
 * @generated SignedSource<<bbb2fdbc9b9cf11a4cc9fef5254de150>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type ReportIdInput = {
  reportId: string;
};
export type ReportActionsValuableMutation$variables = {
  input: ReportIdInput;
};
export type ReportActionsValuableMutation$data = {
  readonly markSuggestionValuable: {
    readonly report: {
      readonly id: string;
      readonly valuable: boolean;
    };
  };
};
export type ReportActionsValuableMutation = {
  response: ReportActionsValuableMutation$data;
  variables: ReportActionsValuableMutation$variables;
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
    "concreteType": "ReportPayload",
    "kind": "LinkedField",
    "name": "markSuggestionValuable",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Report",
        "kind": "LinkedField",
        "name": "report",
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
            "name": "valuable",
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
    "name": "ReportActionsValuableMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ReportActionsValuableMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "3c5cef43a77e95491423a6f6e9849431",
    "id": null,
    "metadata": {},
    "name": "ReportActionsValuableMutation",
    "operationKind": "mutation",
    "text": "mutation ReportActionsValuableMutation(\n  $input: ReportIdInput!\n) {\n  markSuggestionValuable(input: $input) {\n    report {\n      id\n      valuable\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "29bc46c2b4fb4c42a4da897b1a020d1c";

export default node;
