import type { SortDir } from './row-index';
import { idList, oneOf, searchParser, text, type Field, type IgnoredParam, type SearchParser } from './search-schema';

/*
 * A table's view in the address: ?q=netease&city=hangzhou,yiwu&sort=name&dir=desc.
 * Values that match nothing known are dropped and reported, never a crash.
 */

export interface TableState {
  q: string;
  filters: Record<string, ReadonlySet<string>>;
  sort: { key: string; dir: SortDir } | undefined;
}

export interface TableParamSpec {
  /** Facet dimension → the keys that exist in the current rows. */
  facets: Record<string, ReadonlySet<string>>;
  sorts: readonly string[];
}

export const MAX_QUERY = 200;
const DIRS: readonly SortDir[] = ['asc', 'desc'];

export const EMPTY_TABLE_STATE: TableState = { q: '', filters: {}, sort: undefined };

interface TableSchema {
  [key: string]: Field<string> | Field<string[]>;
  q: Field<string>;
  sort: Field<string>;
  dir: Field<SortDir>;
}

/** The table's keys: the search, one list per facet (in the spec's order), then the sort. */
export function tableSearch(spec: TableParamSpec): SearchParser<TableSchema> {
  const facets = Object.fromEntries(
    Object.entries(spec.facets).map(([dim, known]) => [dim, idList((id) => (known.has(id) ? id : undefined))]),
  );
  return searchParser<TableSchema>({ q: text(MAX_QUERY), ...facets, sort: oneOf(spec.sorts), dir: oneOf(DIRS) });
}

export function parseTableParams(
  params: URLSearchParams,
  spec: TableParamSpec,
): { state: TableState; ignored: IgnoredParam[] } {
  const { values, ignored } = tableSearch(spec).parse(params);
  const filters: Record<string, Set<string>> = {};
  for (const dim of Object.keys(spec.facets)) {
    const chosen = values[dim];
    if (Array.isArray(chosen) && chosen.length > 0) filters[dim] = new Set(chosen);
  }
  // A direction alone sorts nothing; with a known sort, anything but desc is the default.
  const sort: TableState['sort'] =
    values.sort === undefined ? undefined : { key: values.sort, dir: values.dir === 'desc' ? 'desc' : 'asc' };
  return { state: { q: values.q ?? '', filters, sort }, ignored };
}

/** The address for a table state, keeping every other parameter (language, currency…) as it is. */
export function writeTableParams(state: TableState, base: URLSearchParams, dims: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of ['q', 'sort', 'dir', ...dims]) next.delete(key);
  if (state.q) next.set('q', state.q);
  for (const dim of dims) {
    const chosen = state.filters[dim];
    if (chosen && chosen.size > 0) next.set(dim, [...chosen].sort().join(','));
  }
  if (state.sort) {
    next.set('sort', state.sort.key);
    next.set('dir', state.sort.dir);
  }
  return next;
}

/** The keys of the parameters a table owns, so the rest of the address can be left alone. */
export function tableParamKeys(dims: readonly string[]): string[] {
  return ['q', 'sort', 'dir', ...dims];
}
