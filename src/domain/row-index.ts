import type { Bilingual } from '../data/schema';
import type { Lang } from './format';
import { langTag } from './punctuation';

/*
 * Search, facets and sort over lists of up to 100,000 rows, fast enough to run on every
 * keystroke. The costly parts are done once per list: lower-cased search text, facet keys per
 * row, and one stable sort order per column and direction (made when first asked for, then
 * kept). A query is then two linear passes: mark the matches and count the facets, then walk
 * the kept order and collect the marked rows.
 */

export type SortDir = 'asc' | 'desc';

/** A column's sort: ascending first, then the other way on the column already sorted by. */
export function nextSort(
  current: { key: string; dir: SortDir } | undefined,
  key: string,
): { key: string; dir: SortDir } {
  if (current?.key !== key) return { key, dir: 'asc' };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

export interface IndexSpec<R> {
  /** The text a search looks in, per row, in any case; it is lower-cased here once. */
  searchText: (row: R) => string;
  /** Facet dimensions: the facet keys each row has in each. */
  facets: Record<string, (row: R) => readonly string[]>;
  /** Sortable columns: the value to sort by in a language; undefined sorts last either way. */
  sorts: Record<string, (row: R, lang: Lang) => string | number | undefined>;
}

export interface RowIndex<R> {
  rows: readonly R[];
  spec: IndexSpec<R>;
  search: string[];
  facetKeys: Record<string, (readonly string[])[]>;
  orders: Map<string, Int32Array>;
}

export interface RowQuery {
  q: string;
  /** Per facet dimension, the keys chosen; a row matches a dimension if it has any of them. */
  filters: Record<string, ReadonlySet<string>>;
  sort?: { key: string; dir: SortDir } | undefined;
  lang: Lang;
}

export interface QueryResult {
  /** Indexes into `rows` of the matching rows, in display order. */
  matches: Int32Array;
  /** Per dimension, how many rows would match if that value were chosen (other filters kept). */
  counts: Record<string, Map<string, number>>;
  total: number;
}

/** Lower case, full-width to half-width (ＮｅｔＥａｓｅ), accents kept apart. */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function buildIndex<R>(rows: readonly R[], spec: IndexSpec<R>): RowIndex<R> {
  const facetKeys: Record<string, (readonly string[])[]> = {};
  for (const [dim, keysOf] of Object.entries(spec.facets)) facetKeys[dim] = rows.map(keysOf);
  return { rows, spec, search: rows.map((r) => normaliseSearch(spec.searchText(r))), facetKeys, orders: new Map() };
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    // Chinese text is ordered by pinyin, as a Chinese reader expects.
    c = new Intl.Collator(langTag(lang), { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

/** The kept order for a column, language and direction: stable, with missing values last. */
export function sortOrder<R>(index: RowIndex<R>, key: string, dir: SortDir, lang: Lang): Int32Array {
  const cacheKey = `${key}|${dir}|${lang}`;
  const cached = index.orders.get(cacheKey);
  if (cached) return cached;
  const valueOf = index.spec.sorts[key];
  const n = index.rows.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (valueOf) {
    const values = index.rows.map((r) => valueOf(r, lang));
    const compare = collator(lang).compare;
    const sign = dir === 'asc' ? 1 : -1;
    // Array.prototype.sort is stable; ties keep the list's own order in both directions.
    const sorted = Array.from(order).sort((a, b) => {
      const va = values[a];
      const vb = values[b];
      if (va === undefined || vb === undefined) return va === vb ? 0 : va === undefined ? 1 : -1;
      if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
      return sign * compare(String(va), String(vb));
    });
    order.set(sorted);
  }
  index.orders.set(cacheKey, order);
  return order;
}

function hasAny(keys: readonly string[] | undefined, chosen: ReadonlySet<string>): boolean {
  if (!keys) return false;
  for (const k of keys) if (chosen.has(k)) return true;
  return false;
}

export function queryIndex<R>(index: RowIndex<R>, query: RowQuery): QueryResult {
  const n = index.rows.length;
  const terms = normaliseSearch(query.q).split(/\s+/u).filter(Boolean);
  const dims = Object.keys(index.facetKeys);
  const active = dims.filter((d) => (query.filters[d]?.size ?? 0) > 0);
  const counts: Record<string, Map<string, number>> = {};
  for (const d of dims) counts[d] = new Map();
  const matched = new Uint8Array(n);
  let total = 0;

  for (let i = 0; i < n; i++) {
    const text = index.search[i] ?? '';
    let ok = true;
    for (const t of terms)
      if (!text.includes(t)) {
        ok = false;
        break;
      }
    if (!ok) continue;
    // Which chosen dimensions this row fails: none → a match; one → it counts for that one only.
    let failed: string | undefined;
    let failures = 0;
    for (const d of active) {
      if (!hasAny(index.facetKeys[d]?.[i], query.filters[d] ?? new Set())) {
        failures++;
        failed = d;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (const d of failures === 1 && failed ? [failed] : dims) {
      const m = counts[d];
      if (!m) continue;
      for (const k of index.facetKeys[d]?.[i] ?? []) m.set(k, (m.get(k) ?? 0) + 1);
    }
    if (failures === 0) {
      matched[i] = 1;
      total++;
    }
  }

  const matches = new Int32Array(total);
  let j = 0;
  if (query.sort) {
    const order = sortOrder(index, query.sort.key, query.sort.dir, query.lang);
    for (let k = 0; k < n; k++) {
      const i = order[k] ?? 0;
      if (matched[i]) matches[j++] = i;
    }
  } else {
    for (let i = 0; i < n; i++) if (matched[i]) matches[j++] = i;
  }
  return { matches, counts, total };
}

/** A facet value: a stable key for the address, and its label in both languages. */
export interface FacetValue {
  key: string;
  label: Bilingual;
}

/**
 * One facet of a filterable table, declared once by the feature: the address and the index
 * use its key, the filter shows its label (`L`: what the interface translates, e.g. an i18n
 * key), and `values` reads a row's values in it.
 */
export interface FacetSpec<R, L = string> {
  key: string;
  label: L;
  values: (row: R) => readonly FacetValue[];
  /** The order of the values in the filter; without it, the order they first appear in the rows. */
  order?: (a: FacetValue, b: FacetValue) => number;
}

/** A filterable table's declaration: what a search looks in, its facets and its sortable columns. */
export interface TableSpec<R, L = string> {
  searchText: IndexSpec<R>['searchText'];
  facets: readonly FacetSpec<R, L>[];
  sorts: IndexSpec<R>['sorts'];
}

/** The index spec of a table declaration: a facet's keys are its values' keys. */
export function indexSpecOf<R, L>(spec: TableSpec<R, L>): IndexSpec<R> {
  return {
    searchText: spec.searchText,
    facets: Object.fromEntries(
      spec.facets.map((f): [string, (row: R) => readonly string[]] => [f.key, (r) => f.values(r).map((v) => v.key)]),
    ),
    sorts: spec.sorts,
  };
}

/** Every value of a facet present in the rows, once each, in the facet's order. */
export function facetValuesOf<R, L>(rows: readonly R[], facet: FacetSpec<R, L>): FacetValue[] {
  const seen = new Map<string, FacetValue>();
  for (const r of rows) for (const v of facet.values(r)) if (!seen.has(v.key)) seen.set(v.key, v);
  const values = [...seen.values()];
  return facet.order ? values.sort(facet.order) : values;
}
