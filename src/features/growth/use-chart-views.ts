import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ChartView } from '../../components/chart-frame';
import { parseChartViews, writeChartViews } from '../../domain/chart-params';
import type { ChartId } from '../../domain/chart-series';
import type { IgnoredParam } from '../../domain/params';

/**
 * Which charts the reader turned into tables, kept in the address so that a reload or a
 * copied link shows the same view. Unknown chart ids are dropped, and the notice says which.
 */
export function useChartViews(order: readonly ChartId[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { tables, ignored } = useMemo(() => parseChartViews(searchParams, order), [searchParams, order]);

  useEffect(() => {
    if (ignored.length === 0) return;
    const previous = (location.state as { ignored?: IgnoredParam[] } | null)?.ignored ?? [];
    const clean = writeChartViews(tables, searchParams, order);
    void navigate(
      { pathname: location.pathname, search: `?${clean.toString()}`, hash: location.hash },
      { replace: true, state: { ignored: [...previous, ...ignored] } },
    );
  }, [ignored, tables, searchParams, order, location, navigate]);

  const setView = useCallback(
    (id: ChartId, view: ChartView) =>
      setSearchParams(
        (prev) => {
          const next = new Set(parseChartViews(prev, order).tables);
          if (view === 'table') next.add(id);
          else next.delete(id);
          return writeChartViews(next, prev, order);
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams, order],
  );

  /** The address of a chart's view, for links that work before the app has taken over. */
  const viewHref = useCallback(
    (id: ChartId, view: ChartView) => {
      const next = new Set(tables);
      if (view === 'table') next.add(id);
      else next.delete(id);
      return `?${writeChartViews(next, searchParams, order).toString()}#chart-${id}`;
    },
    [tables, searchParams, order],
  );

  return { tables, setView, viewHref };
}
