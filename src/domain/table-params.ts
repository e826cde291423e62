import type { IgnoredParam } from './params';
import type { SortDir } from './row-index';

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
const SHOWN = 60;
const clip = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s);

export const EMPTY_TABLE_STATE: TableState = { q: '', filters: {}, sort: undefined };

export function parseTableParams(
  params: URLSearchParams,
  spec: TableParamSpec,
): { state: TableState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const first = (key: string): string | undefined => {
    const all = params.getAll(key);
    all.slice(1).forEach((value) => ignored.push({ key, value: clip(value) }));
    return all[0];
  };

  let q = first('q') ?? '';
  if (q.length > MAX_QUERY) {
    ignored.push({ key: 'q', value: clip(q.slice(MAX_QUERY)) });
    q = q.slice(0, MAX_QUERY);
  }

  const filters: Record<string, Set<string>> = {};
  for (const [dim, known] of Object.entries(spec.facets)) {
    const raw = first(dim);
    if (raw === undefined) continue;
    const chosen = new Set<string>();
    for (const value of raw.split(',').map((v) => v.trim())) {
      if (!value) continue;
      if (known.has(value)) chosen.add(value);
      else ignored.push({ key: dim, value: clip(value) });
    }
    if (chosen.size > 0) filters[dim] = chosen;
  }

  let sort: TableState['sort'];
  const sortKey = first('sort');
  const dirRaw = first('dir');
  if (sortKey !== undefined) {
    if (spec.sorts.includes(sortKey)) sort = { key: sortKey, dir: dirRaw === 'desc' ? 'desc' : 'asc' };
    else ignored.push({ key: 'sort', value: clip(sortKey) });
  }
  if (dirRaw !== undefined && dirRaw !== 'asc' && dirRaw !== 'desc') ignored.push({ key: 'dir', value: clip(dirRaw) });
  return { state: { q, filters, sort }, ignored };
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
