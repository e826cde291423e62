import type { ChartId } from './chart-series';
import type { IgnoredParam } from './params';

/*
 * Which charts are shown as tables, in the address: ?table=trade,growth. A chart id that
 * is not on the page is dropped and reported, never a crash.
 */

export const TABLE_PARAM = 'table';
const SHOWN = 60;
const clip = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s);

export function parseChartViews(
  params: URLSearchParams,
  known: readonly ChartId[],
): { tables: ReadonlySet<ChartId>; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const [first, ...rest] = params.getAll(TABLE_PARAM);
  const tables = new Set<ChartId>();
  for (const raw of (first ?? '').split(',')) {
    const value = raw.trim();
    if (!value) continue;
    const id = known.find((k) => k === value.toLowerCase());
    if (id) tables.add(id);
    else ignored.push({ key: TABLE_PARAM, value: clip(value) });
  }
  // Only the first `table` counts; any repeat is reported after it, in the order of the address.
  rest.forEach((value) => ignored.push({ key: TABLE_PARAM, value: clip(value) }));
  return { tables, ignored };
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
