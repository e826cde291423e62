import type { ChartId } from './chart-series';
import { idList, searchParser, type IgnoredParam } from './search-schema';

/*
 * Which charts are shown as tables, in the address: ?table=trade,growth. A chart id that
 * is not on the page is dropped and reported, never a crash.
 */

export const TABLE_PARAM = 'table';

/** Chart ids are read in any case, like lang and currency. */
export function chartViewSearch(known: readonly ChartId[]) {
  return searchParser({ [TABLE_PARAM]: idList((id) => known.find((k) => k === id.toLowerCase())) });
}

export function parseChartViews(
  params: URLSearchParams,
  known: readonly ChartId[],
): { tables: ReadonlySet<ChartId>; ignored: IgnoredParam[] } {
  const { values, ignored } = chartViewSearch(known).parse(params);
  return { tables: new Set(values[TABLE_PARAM]), ignored };
}

/** The address with these charts as tables, every other parameter kept; ids in page order. */
export function writeChartViews(
  tables: ReadonlySet<ChartId>,
  base: URLSearchParams,
  order: readonly ChartId[],
): URLSearchParams {
  const next = new URLSearchParams(base);
  next.delete(TABLE_PARAM);
  const ids = order.filter((id) => tables.has(id));
  if (ids.length > 0) next.set(TABLE_PARAM, ids.join(','));
  return next;
}
