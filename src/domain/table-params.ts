import type { SortDir } from './row-index';
import {
  idList,
  oneOf,
  searchParser,
  text,
  writeSearch,
  type Field,
  type IgnoredParam,
  type SearchParser,
  type SearchValues,
} from './search-schema';

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

export interface TableSchema {
  [key: string]: Field<string> | Field<string[]>;
  q: Field<string>;
  sort: Field<string>;
  dir: Field<SortDir>;
}

export type TableValues = SearchValues<TableSchema>;

/**
 * The table's keys: the search, one list per facet (in the spec's order), then the sort. A
 * facet's choice is written in id order, so the same choice always reads the same.
 */
export function tableSearch(spec: TableParamSpec): SearchParser<TableSchema> {
  const facets = Object.fromEntries(
    Object.entries(spec.facets).map(([dim, known]) => {
      const field = idList((id) => (known.has(id) ? id : undefined));
      return [dim, { ...field, write: (ids: string[]) => field.write([...ids].sort()) }];
    }),
  );
  return searchParser<TableSchema>({ q: text(MAX_QUERY), ...facets, sort: oneOf(spec.sorts), dir: oneOf(DIRS) });
}

/** The view the address's values describe. */
export function tableStateOf(values: TableValues, dims: readonly string[]): TableState {
  const filters: Record<string, Set<string>> = {};
  for (const dim of dims) {
    const chosen = values[dim];
    if (Array.isArray(chosen) && chosen.length > 0) filters[dim] = new Set(chosen);
  }
  // A direction alone sorts nothing; with a known sort, anything but desc is the default.
  const sort: TableState['sort'] =
    values.sort === undefined ? undefined : { key: values.sort, dir: values.dir === 'desc' ? 'desc' : 'asc' };
  return { q: values.q ?? '', filters, sort };
}

/** The address's values for a view: every key of the table, a sort always with its direction. */
export function tableValuesOf(state: TableState, dims: readonly string[]): TableValues {
  const values: TableValues = { q: state.q, sort: state.sort?.key, dir: state.sort?.dir };
  for (const dim of dims) values[dim] = [...(state.filters[dim] ?? [])];
  return values;
}

export function parseTableParams(
  params: URLSearchParams,
  spec: TableParamSpec,
): { state: TableState; ignored: IgnoredParam[] } {
  const { values, ignored } = tableSearch(spec).parse(params);
  return { state: tableStateOf(values, Object.keys(spec.facets)), ignored };
}

/** The address for a table state, keeping every other parameter (language, currency…) as it is. */
export function writeTableParams(state: TableState, base: URLSearchParams, dims: readonly string[]): URLSearchParams {
  const spec: TableParamSpec = { facets: Object.fromEntries(dims.map((d) => [d, new Set<string>()])), sorts: [] };
  return writeSearch(base, tableSearch(spec).schema, tableValuesOf(state, dims), 'grouped');
}

/** The keys of the parameters a table owns, so the rest of the address can be left alone. */
export function tableParamKeys(dims: readonly string[]): string[] {
  return ['q', 'sort', 'dir', ...dims];
}
