/**
 * @generated SignedSource<<c1d92736ffa4d8903ae788e1f0cde519>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MemberKind = "MONITORING_POINT" | "SUPERVISOR";
export type ExitCandidatesPageQuery$variables = Record<PropertyKey, never>;
export type ExitCandidatesPageQuery$data = {
  readonly exitCandidates: ReadonlyArray<{
    readonly member: {
      readonly affiliation: string | null | undefined;
      readonly id: string;
      readonly kind: MemberKind;
      readonly name: string;
      readonly termEndsOn: string | null | undefined;
    };
    readonly silentSixMonths: boolean;
    readonly unexcusedAbsences: number;
  }>;
};
export type ExitCandidatesPageQuery = {
  response: ExitCandidatesPageQuery$data;
  variables: ExitCandidatesPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "ExitCandidate",
    "kind": "LinkedField",
    "name": "exitCandidates",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "silentSixMonths",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "unexcusedAbsences",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Member",
        "kind": "LinkedField",
        "name": "member",
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
            "name": "name",
            "storageKey": null
          },
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
            "name": "affiliation",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "termEndsOn",
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
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "ExitCandidatesPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "ExitCandidatesPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "260607491498fa3e344483bd1e63318e",
    "id": null,
    "metadata": {},
    "name": "ExitCandidatesPageQuery",
    "operationKind": "query",
    "text": "query ExitCandidatesPageQuery {\n  exitCandidates {\n    silentSixMonths\n    unexcusedAbsences\n    member {\n      id\n      name\n      kind\n      affiliation\n      termEndsOn\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3f9483090498d74bc88954a6bb28dcc1";

export default node;
