import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useDropIgnored } from './use-drop-ignored';
import { parseTableParams, writeTableParams, type TableParamSpec, type TableState } from '../domain/table-params';

/** How long after the last keystroke the address takes up the search. */
export const SEARCH_TO_ADDRESS_MS = 300;

export interface TableStateControls {
  /** The view; `q` is what the search box shows, which may run ahead of the address. */
  state: TableState;
  /** Writes the whole view to the address now (a pending search write included). */
  setState: (next: TableState) => void;
  /** Shows a search at once and writes it to the address a moment after typing stops. */
  setQuery: (q: string) => void;
}

/**
 * A table's search, facets and sort, kept in the address. Values that match nothing known
 * are dropped from it, and the page's notice says which (through the history entry's state).
 * Pass `ready: false` until every row is loaded, so a facet of an imported list is not dropped
 * before that list is there.
 *
 * Typing does not write the address on every key: that re-rendered the whole page shell per
 * keystroke (measured by npm run bench). What was typed is shown until the address catches up;
 * any other change of the address (navigation, back) makes it obsolete and drops a pending write.
 */
export function useTableState(spec: TableParamSpec, ready: boolean): TableStateControls {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const dims = useMemo(() => Object.keys(spec.facets), [spec.facets]);
  const { state: fromAddress, ignored } = useMemo(() => parseTableParams(searchParams, spec), [searchParams, spec]);

  const clean = useCallback(() => writeTableParams(fromAddress, searchParams, dims), [fromAddress, searchParams, dims]);
  useDropIgnored(ignored, clean, ready);

  const [typed, setTyped] = useState<{ q: string; at: string } | undefined>(undefined);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  // The address the page shows now. A pending write checks it when it comes due, rather than an
  // effect clearing the timer when the address changes: that effect could run late, after a new
  // search had already set its timer, and drop the new one.
  const shownKey = useRef(location.key);
  useLayoutEffect(() => {
    shownKey.current = location.key;
  }, [location.key]);

  const state = useMemo(
    () => (typed && typed.at === location.key ? { ...fromAddress, q: typed.q } : fromAddress),
    [typed, location.key, fromAddress],
  );

  const write = useCallback(
    (next: TableState) =>
      setSearchParams((prev) => writeTableParams(next, prev, dims), { replace: true, preventScrollReset: true }),
    [setSearchParams, dims],
  );
  const setState = useCallback(
    (next: TableState) => {
      clearTimeout(pending.current);
      setTyped(undefined);
      write(next);
    },
    [write],
  );
  const setQuery = useCallback(
    (q: string) => {
      setTyped({ q, at: location.key });
      clearTimeout(pending.current);
      // The browser's history changes at once on a navigation, before React has rendered it:
      // a write that comes due after a link was followed would put the old search back. The
      // entry's key tells them apart even when the link leads to the very same address.
      const typedAt = historyEntry();
      const shownAt = location.key;
      pending.current = setTimeout(() => {
        if (shownKey.current === shownAt && historyEntry() === typedAt) write({ ...state, q });
      }, SEARCH_TO_ADDRESS_MS);
    },
    [location.key, state, write],
  );
  return { state, setState, setQuery };
}

/** The browser's current history entry: its address and the router's key for it. */
function historyEntry(): string {
  const state: unknown = window.history.state;
  const key = state && typeof state === 'object' && 'key' in state ? String(state.key) : '';
  return `${window.location.href} ${key}`;
}
