import type { ChartId } from './chart-series';
import { idList, searchParser, writeSearch, type IgnoredParam } from './search-schema';

/*
 * Which charts are shown as tables, in the address: ?table=trade,growth. A chart id that
 * is not on the page is dropped and reported, never a crash.
 */

export const TABLE_PARAM = 'table';

/** Chart ids are read in any case, like lang and currency, and written in page order. */
export function chartViewSearch(known: readonly ChartId[]) {
  const field = idList((id) => known.find((k) => k === id.toLowerCase()));
  return searchParser({
    [TABLE_PARAM]: { ...field, write: (ids: ChartId[]) => field.write(known.filter((id) => ids.includes(id))) },
  });
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
  return writeSearch(base, chartViewSearch(order).schema, { [TABLE_PARAM]: [...tables] }, 'grouped');
}
