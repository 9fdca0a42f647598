/**
 * @generated SignedSource<<b3e7e9ca44b1d6f69f817a58a8293ff2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CalendarPageQuery$variables = {
  year: number;
};
export type CalendarPageQuery$data = {
  readonly calendarDays: ReadonlyArray<{
    readonly date: string;
    readonly note: string | null | undefined;
    readonly working: boolean;
  }>;
  readonly defaultSlipDeadline: string;
  readonly stateCouncilHolidays: ReadonlyArray<{
    readonly date: string;
    readonly note: string | null | undefined;
    readonly working: boolean;
  }> | null | undefined;
};
export type CalendarPageQuery = {
  response: CalendarPageQuery$data;
  variables: CalendarPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "year"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "year",
    "variableName": "year"
  }
],
v2 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "date",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "working",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "note",
    "storageKey": null
  }
],
v3 = [
  {
    "alias": null,
    "args": (v1/*:: as any*/),
    "concreteType": "CalendarDay",
    "kind": "LinkedField",
    "name": "calendarDays",
    "plural": true,
    "selections": (v2/*:: as any*/),
    "storageKey": null
  },
  {
    "alias": null,
    "args": (v1/*:: as any*/),
    "concreteType": "CalendarDay",
    "kind": "LinkedField",
    "name": "stateCouncilHolidays",
    "plural": true,
    "selections": (v2/*:: as any*/),
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "defaultSlipDeadline",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "CalendarPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CalendarPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "58b258093ffeb2ccac24fe5ab9900fa4",
    "id": null,
    "metadata": {},
    "name": "CalendarPageQuery",
    "operationKind": "query",
    "text": "query CalendarPageQuery(\n  $year: Int!\n) {\n  calendarDays(year: $year) {\n    date\n    working\n    note\n  }\n  stateCouncilHolidays(year: $year) {\n    date\n    working\n    note\n  }\n  defaultSlipDeadline\n}\n"
  }
};
})();

(node as any).hash = "e09b3c07f7faa1b8bd92dfd8c9985060";

export default node;
