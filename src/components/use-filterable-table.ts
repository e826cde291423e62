import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { buildIndex, facetValuesOf, indexSpecOf, queryIndex, type FacetValue, type SortDir } from '../domain/row-index';
import { EMPTY_TABLE_STATE, type TableParamSpec, type TableState } from '../domain/table-params';
import type { FacetDeclaration, TableDeclaration } from './table-declaration';
import { useSettings } from './use-settings';
import { useTableState, type TableStateControls } from './use-table-state';

export type TableSort = { key: string; dir: SortDir } | undefined;

/** One facet as the filter draws it: its values in the rows, the ones chosen, and the counts. */
export interface FacetView<R> {
  spec: FacetDeclaration<R>;
  values: readonly FacetValue[];
  chosen: ReadonlySet<string>;
  /** How many rows each value would show, the other facets' choices kept. */
  counts: ReadonlyMap<string, number>;
  choose: (next: Set<string>) => void;
}

export interface TableModel<R> {
  /** Every row, and the ones the search and facets leave, in the sort's order. */
  rows: readonly R[];
  shown: readonly R[];
  q: string;
  setQuery: (q: string) => void;
  facets: readonly FacetView<R>[];
  sort: TableSort;
  setSort: (sort: TableSort) => void;
  /** Whether a search or a facet narrows the rows (what Clear would undo). */
  filtered: boolean;
  /** Empties the search and the facets, keeps the sort, and puts the focus in the search box. */
  clear: () => void;
  /** For the search box, so Clear can hand it the focus. */
  searchRef: RefObject<HTMLInputElement | null>;
}

const NO_CHOICE: ReadonlySet<string> = new Set();
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

function useFacetValues<R>(rows: readonly R[], spec: TableDeclaration<R>): FacetValue[][] {
  return useMemo(() => spec.facets.map((f) => facetValuesOf(rows, f)), [rows, spec]);
}

/**
 * What every filterable table does between its rows and its controls: the index (built once
 * per list, not per keystroke), the query, the facet counts, sort, and Clear. `controls` holds
 * the view: the address for a page's table, local state for a second table on the same page.
 */
function useTableView<R>(
  rows: readonly R[],
  spec: TableDeclaration<R>,
  values: FacetValue[][],
  { state, setState, setQuery }: TableStateControls,
): TableModel<R> {
  const { lang } = useSettings();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const index = useMemo(() => buildIndex(rows, indexSpecOf(spec)), [rows, spec]);
  const result = useMemo(
    () => queryIndex(index, { q: state.q, filters: state.filters, sort: state.sort, lang }),
    [index, state.q, state.filters, state.sort, lang],
  );
  const shown = useMemo(() => {
    const out = new Array<R>(result.total);
    let k = 0;
    for (const i of result.matches) {
      const row = rows[i];
      if (row !== undefined) out[k++] = row;
    }
    out.length = k;
    return out;
  }, [result, rows]);

  const facets = spec.facets.map((f, i): FacetView<R> => ({
    spec: f,
    values: values[i] ?? [],
    chosen: state.filters[f.key] ?? NO_CHOICE,
    counts: result.counts[f.key] ?? NO_COUNTS,
    choose: (next) => setState({ ...state, filters: { ...state.filters, [f.key]: next } }),
  }));
  const filtered = state.q !== '' || spec.facets.some((f) => (state.filters[f.key]?.size ?? 0) > 0);
  return {
    rows,
    shown,
    q: state.q,
    setQuery,
    facets,
    sort: state.sort,
    setSort: (sort) => setState({ ...state, sort }),
    filtered,
    clear: () => {
      setState({ ...state, q: '', filters: {} });
      // The button pressed may be gone or disabled now: the focus goes where a new search starts.
      searchRef.current?.focus();
    },
    searchRef,
  };
}

/**
 * A page's filterable table, its view kept in the address (?q=…&city=…&sort=…&dir=…). The
 * declaration must be stable (a module constant): the index is rebuilt when it or the rows change.
 * Pass `ready: false` until every row is there, so a facet value of a list still loading is not
 * dropped from the address as unknown.
 */
export function useFilterableTable<R>(rows: readonly R[], spec: TableDeclaration<R>, ready = true): TableModel<R> {
  const values = useFacetValues(rows, spec);
  const sorts = useMemo(() => Object.keys(spec.sorts), [spec]);
  const paramSpec = useMemo<TableParamSpec>(
    () => ({
      facets: Object.fromEntries(spec.facets.map((f, i) => [f.key, new Set((values[i] ?? []).map((v) => v.key))])),
      sorts,
    }),
    [spec, values, sorts],
  );
  return useTableView(rows, spec, values, useTableState(paramSpec, ready));
}

/**
 * A table whose view is not in the address: a second table on a page, whose sort would
 * otherwise take the first one's parameters. It starts in the list's order.
 */
export function useLocalTable<R>(rows: readonly R[], spec: TableDeclaration<R>): TableModel<R> {
  const values = useFacetValues(rows, spec);
  const [state, setState] = useState<TableState>(EMPTY_TABLE_STATE);
  const setQuery = useCallback((q: string) => setState((s) => ({ ...s, q })), []);
  return useTableView(rows, spec, values, { state, setState, setQuery });
}
