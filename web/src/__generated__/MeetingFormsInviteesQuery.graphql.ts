/**
 * @generated SignedSource<<e3e1ce13f08a54d16f281a6943a227b9>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type MeetingFormsInviteesQuery$variables = Record<PropertyKey, never>;
export type MeetingFormsInviteesQuery$data = {
  readonly monitoringPoints: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
  readonly supervisors: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
  readonly units: {
    readonly nodes: ReadonlyArray<{
      readonly id: string;
      readonly name: string;
    }>;
  };
};
export type MeetingFormsInviteesQuery = {
  response: MeetingFormsInviteesQuery$data;
  variables: MeetingFormsInviteesQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 100
},
v1 = [
  (v0/*:: as any*/),
  {
    "kind": "Literal",
    "name": "status",
    "value": "ACTIVE"
  }
],
v2 = [
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
  }
],
v3 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Member",
    "kind": "LinkedField",
    "name": "nodes",
    "plural": true,
    "selections": (v2/*:: as any*/),
    "storageKey": null
  }
],
v4 = [
  {
    "alias": null,
    "args": (v1/*:: as any*/),
    "concreteType": "MemberConnection",
    "kind": "LinkedField",
    "name": "supervisors",
    "plural": false,
    "selections": (v3/*:: as any*/),
    "storageKey": "supervisors(first:100,status:\"ACTIVE\")"
  },
  {
    "alias": null,
    "args": (v1/*:: as any*/),
    "concreteType": "MemberConnection",
    "kind": "LinkedField",
    "name": "monitoringPoints",
    "plural": false,
    "selections": (v3/*:: as any*/),
    "storageKey": "monitoringPoints(first:100,status:\"ACTIVE\")"
  },
  {
    "alias": null,
    "args": [
      (v0/*:: as any*/)
    ],
    "concreteType": "UnitConnection",
    "kind": "LinkedField",
    "name": "units",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Unit",
        "kind": "LinkedField",
        "name": "nodes",
        "plural": true,
        "selections": (v2/*:: as any*/),
        "storageKey": null
      }
    ],
    "storageKey": "units(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "MeetingFormsInviteesQuery",
    "selections": (v4/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "MeetingFormsInviteesQuery",
    "selections": (v4/*:: as any*/)
  },
  "params": {
    "cacheID": "39c11900c1f05076cee05cbe20efe6e0",
    "id": null,
    "metadata": {},
    "name": "MeetingFormsInviteesQuery",
    "operationKind": "query",
    "text": "query MeetingFormsInviteesQuery {\n  supervisors(status: ACTIVE, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n  monitoringPoints(status: ACTIVE, first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n  units(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "4ac8d31ad39f694295724dd6fcb1e7f0";

export default node;
