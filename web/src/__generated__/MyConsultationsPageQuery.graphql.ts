/**
 * @generated SignedSource<<4040e5f58f62d6e953be70566182b3e8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type OpinionDecision = "ADOPTED" | "NOT_ADOPTED" | "PARTLY_ADOPTED";
export type MyConsultationsPageQuery$variables = Record<PropertyKey, never>;
export type MyConsultationsPageQuery$data = {
  readonly consultations: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly attachments: ReadonlyArray<{
          readonly fileName: string;
          readonly id: string;
          readonly url: string;
        }>;
        readonly body: string;
        readonly closesOn: string;
        readonly id: string;
        readonly open: boolean;
        readonly opinions: ReadonlyArray<{
          readonly body: string;
          readonly decision: OpinionDecision | null | undefined;
          readonly explanation: string | null | undefined;
          readonly id: string;
          readonly submittedAt: string;
        }>;
        readonly title: string;
        readonly unit: {
          readonly name: string;
        } | null | undefined;
      };
    }>;
  };
};
export type MyConsultationsPageQuery = {
  response: MyConsultationsPageQuery$data;
  variables: MyConsultationsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 50
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "title",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "body",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "closesOn",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "open",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "Attachment",
  "kind": "LinkedField",
  "name": "attachments",
  "plural": true,
  "selections": [
    (v1/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "fileName",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "url",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": "Opinion",
  "kind": "LinkedField",
  "name": "opinions",
  "plural": true,
  "selections": [
    (v1/*:: as any*/),
    (v3/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "decision",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "explanation",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "submittedAt",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MyConsultationsPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ConsultationConnection",
        "kind": "LinkedField",
        "name": "consultations",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "ConsultationEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Consultation",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Unit",
                    "kind": "LinkedField",
                    "name": "unit",
                    "plural": false,
                    "selections": [
                      (v6/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v7/*:: as any*/),
                  (v8/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "consultations(first:50)"
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MyConsultationsPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v0/*:: as any*/),
        "concreteType": "ConsultationConnection",
        "kind": "LinkedField",
        "name": "consultations",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "ConsultationEdge",
            "kind": "LinkedField",
            "name": "edges",
            "plural": true,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "Consultation",
                "kind": "LinkedField",
                "name": "node",
                "plural": false,
                "selections": [
                  (v1/*:: as any*/),
                  (v2/*:: as any*/),
                  (v3/*:: as any*/),
                  (v4/*:: as any*/),
                  (v5/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "concreteType": "Unit",
                    "kind": "LinkedField",
                    "name": "unit",
                    "plural": false,
                    "selections": [
                      (v6/*:: as any*/),
                      (v1/*:: as any*/)
                    ],
                    "storageKey": null
                  },
                  (v7/*:: as any*/),
                  (v8/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": "consultations(first:50)"
      }
    ]
  },
  "params": {
    "cacheID": "ce5fedda79a70d708185d3b9e2541544",
    "id": null,
    "metadata": {},
    "name": "MyConsultationsPageQuery",
    "operationKind": "query",
    "text": "query MyConsultationsPageQuery {\n  consultations(first: 50) {\n    edges {\n      node {\n        id\n        title\n        body\n        closesOn\n        open\n        unit {\n          name\n          id\n        }\n        attachments {\n          id\n          fileName\n          url\n        }\n        opinions {\n          id\n          body\n          decision\n          explanation\n          submittedAt\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c7cbb9ebf03557e21af9d81186193b1b";

export default node;
