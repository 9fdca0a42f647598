/**
 * @generated SignedSource<<1ad1d9baac89ef17199eefdeb7c56df6>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type SetCalendarDaysInput = {
  days: ReadonlyArray<CalendarDayInput>;
  year: number;
};
export type CalendarDayInput = {
  date: string;
  note?: string | null | undefined;
  working: boolean;
};
export type CalendarPageSaveMutation$variables = {
  input: SetCalendarDaysInput;
};
export type CalendarPageSaveMutation$data = {
  readonly setCalendarDays: {
    readonly days: ReadonlyArray<{
      readonly date: string;
    }>;
  };
};
export type CalendarPageSaveMutation = {
  response: CalendarPageSaveMutation$data;
  variables: CalendarPageSaveMutation$variables;
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
    "concreteType": "SetCalendarDaysPayload",
    "kind": "LinkedField",
    "name": "setCalendarDays",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "CalendarDay",
        "kind": "LinkedField",
        "name": "days",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "date",
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
    "name": "CalendarPageSaveMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CalendarPageSaveMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "bf5dace6f0c9eb5aed456cc058382260",
    "id": null,
    "metadata": {},
    "name": "CalendarPageSaveMutation",
    "operationKind": "mutation",
    "text": "mutation CalendarPageSaveMutation(\n  $input: SetCalendarDaysInput!\n) {\n  setCalendarDays(input: $input) {\n    days {\n      date\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "60f49b7d95fdb00605162301db6ac6e4";

export default node;
