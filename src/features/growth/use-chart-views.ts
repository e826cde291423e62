import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ChartView } from '../../components/chart-frame';
import { useDropIgnored } from '../../components/use-drop-ignored';
import { parseChartViews, writeChartViews } from '../../domain/chart-params';
import type { ChartId } from '../../domain/chart-series';

/**
 * Which charts the reader turned into tables, kept in the address so that a reload or a
 * copied link shows the same view. Unknown chart ids are dropped, and the notice says which.
 */
export function useChartViews(order: readonly ChartId[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { tables, ignored } = useMemo(() => parseChartViews(searchParams, order), [searchParams, order]);

  const clean = useCallback(() => writeChartViews(tables, searchParams, order), [tables, searchParams, order]);
  useDropIgnored(ignored, clean);

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
