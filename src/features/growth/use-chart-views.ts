import { useCallback, useMemo } from 'react';
import type { ChartView } from '../../components/chart-frame';
import { useSearchState } from '../../components/use-search-state';
import { chartViewSearch, TABLE_PARAM } from '../../domain/chart-params';
import type { ChartId } from '../../domain/chart-series';

function withView(current: readonly ChartId[] | undefined, id: ChartId, view: ChartView): ChartId[] {
  const next = new Set(current);
  if (view === 'table') next.add(id);
  else next.delete(id);
  return [...next];
}

/**
 * Which charts the reader turned into tables, kept in the address so that a reload or a
 * copied link shows the same view. Unknown chart ids are dropped, and the notice says which.
 */
export function useChartViews(order: readonly ChartId[]) {
  const parser = useMemo(() => chartViewSearch(order), [order]);
  const { values, latest, set, hrefFor } = useSearchState(parser);
  const chosen = values[TABLE_PARAM];
  const tables = useMemo(() => new Set(chosen), [chosen]);

  const setView = useCallback(
    (id: ChartId, view: ChartView) => set({ [TABLE_PARAM]: withView(latest()[TABLE_PARAM], id, view) }),
    [latest, set],
  );

  /** The address of a chart's view, for links that work before the app has taken over. */
  const viewHref = useCallback(
    (id: ChartId, view: ChartView) => `${hrefFor({ [TABLE_PARAM]: withView(chosen, id, view) })}#chart-${id}`,
    [chosen, hrefFor],
  );

  return { tables, setView, viewHref };
}
