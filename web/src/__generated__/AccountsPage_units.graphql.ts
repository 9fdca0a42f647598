/**
 * @generated SignedSource<<4e70a4b8a325f751be224844302b64bb>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type NoticesReach = "CONTACT_EMAIL" | "HANDLERS" | "NOBODY";
export type UnitKind = "DEPARTMENT" | "DISCIPLINE_COMMISSION" | "JUDICIAL_ORGAN" | "OFFICE" | "PUBLIC_INSTITUTION" | "REVIEWER" | "TOWNSHIP";
import { FragmentRefs } from "relay-runtime";
export type AccountsPage_units$data = {
  readonly units: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly contactEmail: string | null | undefined;
        readonly id: string;
        readonly kind: UnitKind;
        readonly name: string;
        readonly noticesReach: NoticesReach | null | undefined;
      };
    }>;
  };
  readonly " $fragmentType": "AccountsPage_units";
};
export type AccountsPage_units$key = {
  readonly " $data"?: AccountsPage_units$data;
  readonly " $fragmentSpreads": FragmentRefs<"AccountsPage_units">;
};

import AccountsPageUnitsQuery_graphql from './AccountsPageUnitsQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = [
  "units"
];
return {
  "argumentDefinitions": [
    {
      "defaultValue": 50,
      "kind": "LocalArgument",
      "name": "count"
    },
    {
      "defaultValue": null,
      "kind": "LocalArgument",
      "name": "cursor"
    }
  ],
  "kind": "Fragment",
  "metadata": {
    "connection": [
      {
        "count": "count",
        "cursor": "cursor",
        "direction": "forward",
        "path": (v0/*:: as any*/)
      }
    ],
    "refetch": {
      "connection": {
        "forward": {
          "count": "count",
          "cursor": "cursor"
        },
        "backward": null,
        "path": (v0/*:: as any*/)
      },
      "fragmentPathInResult": [],
      "operation": AccountsPageUnitsQuery_graphql
    }
  },
  "name": "AccountsPage_units",
  "selections": [
    {
      "alias": "units",
      "args": null,
      "concreteType": "UnitConnection",
      "kind": "LinkedField",
      "name": "__AccountsPage_units_connection",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "UnitEdge",
          "kind": "LinkedField",
          "name": "edges",
          "plural": true,
          "selections": [
            {
              "alias": null,
              "args": null,
              "concreteType": "Unit",
              "kind": "LinkedField",
              "name": "node",
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
                  "name": "contactEmail",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "noticesReach",
                  "storageKey": null
                },
                {
                  "alias": null,
                  "args": null,
                  "kind": "ScalarField",
                  "name": "__typename",
                  "storageKey": null
                }
              ],
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "cursor",
              "storageKey": null
            }
          ],
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "PageInfo",
          "kind": "LinkedField",
          "name": "pageInfo",
          "plural": false,
          "selections": [
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "endCursor",
              "storageKey": null
            },
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "hasNextPage",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Query",
  "abstractKey": null
};
})();

(node as any).hash = "3788eea425a488df09d7e1e0d994aedc";

export default node;
