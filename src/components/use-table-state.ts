import { useCallback, useMemo } from 'react';
import { useSearchState } from './use-search-state';
import {
  tableSearch,
  tableStateOf,
  tableValuesOf,
  type TableParamSpec,
  type TableState,
  type TableValues,
} from '../domain/table-params';

export { SEARCH_TO_ADDRESS_MS } from './use-search-state';

export interface TableStateControls {
  /** The view; `q` is what the search box shows, which may run ahead of the address. */
  state: TableState;
  /** Writes the whole view to the address now (a pending search write included). */
  setState: (next: TableState) => void;
  /** Shows a search at once and writes it to the address a moment after typing stops. */
  setQuery: (q: string) => void;
}

/**
 * A table's search, facets and sort, kept in the address (src/components/use-search-state.ts
 * writes it; unknown values are dropped and named in the notice). Pass `ready: false` until
 * every row is loaded, so a facet of an imported list is not dropped before that list is there.
 */
export function useTableState(spec: TableParamSpec, ready: boolean): TableStateControls {
  const dims = useMemo(() => Object.keys(spec.facets), [spec.facets]);
  const parser = useMemo(() => tableSearch(spec), [spec]);
  // A direction alone sorts nothing, so the address drops it along with what it reports.
  const canonical = useCallback((values: TableValues) => tableValuesOf(tableStateOf(values, dims), dims), [dims]);
  const { values, set, type } = useSearchState(parser, { ready, canonical });
  const state = useMemo(() => tableStateOf(values, dims), [values, dims]);
  const setState = useCallback((next: TableState) => set(tableValuesOf(next, dims)), [set, dims]);
  const setQuery = useCallback((q: string) => type({ q }), [type]);
  return { state, setState, setQuery };
}
