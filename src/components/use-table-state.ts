import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { IgnoredParam } from '../domain/params';
import { parseTableParams, writeTableParams, type TableParamSpec, type TableState } from '../domain/table-params';

/**
 * A table's search, facets and sort, kept in the address. Values that match nothing known
 * are dropped from it, and the page's notice says which (through the history entry's state).
 * Pass `ready: false` until every row is loaded, so a facet of an imported list is not dropped
 * before that list is there.
 */
export function useTableState(spec: TableParamSpec, ready: boolean): [TableState, (next: TableState) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const dims = useMemo(() => Object.keys(spec.facets), [spec.facets]);
  const { state, ignored } = useMemo(() => parseTableParams(searchParams, spec), [searchParams, spec]);

  useEffect(() => {
    if (!ready || ignored.length === 0) return;
    const previous = (location.state as { ignored?: IgnoredParam[] } | null)?.ignored ?? [];
    const clean = writeTableParams(state, searchParams, dims);
    void navigate(
      { pathname: location.pathname, search: `?${clean.toString()}`, hash: location.hash },
      { replace: true, state: { ignored: [...previous, ...ignored] } },
    );
  }, [ready, ignored, state, searchParams, dims, location, navigate]);

  const setState = useCallback(
    (next: TableState) =>
      setSearchParams((prev) => writeTableParams(next, prev, dims), { replace: true, preventScrollReset: true }),
    [setSearchParams, dims],
  );
  return [state, setState];
}
