import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { officialExporterRows, type ExporterRow } from '../../src/domain/exporter-rows';
import {
  buildIndex,
  facetValuesOf,
  indexSpecOf,
  nextSort,
  queryIndex,
  sortOrder,
  type RowQuery,
} from '../../src/domain/row-index';
import { parseTableParams, writeTableParams } from '../../src/domain/table-params';
import { exporterIndexSpec } from '../../src/features/exporters/exporter-table';

const official = officialExporterRows(validateDataset(dataset));
const index = buildIndex(official, exporterIndexSpec);

function names(rows: readonly ExporterRow[], matches: Int32Array): string[] {
  return Array.from(matches, (i) => rows[i]?.name.en ?? '?');
}
function query(q: Partial<RowQuery>): RowQuery {
  return { q: '', filters: {}, lang: 'en', ...q };
}

describe('search', () => {
  it('finds NetEase by its English name in any case, and by its Chinese name', () => {
    expect(names(official, queryIndex(index, query({ q: 'netease' })).matches)).toEqual(['NetEase']);
    expect(names(official, queryIndex(index, query({ q: 'NETEASE' })).matches)).toEqual(['NetEase']);
    expect(names(official, queryIndex(index, query({ q: '网易' })).matches)).toEqual(['NetEase']);
  });

  it('matches full-width Latin letters typed with a Chinese input method', () => {
    expect(names(official, queryIndex(index, query({ q: 'ＮｅｔＥａｓｅ' })).matches)).toEqual(['NetEase']);
  });

  it('requires every word of the query', () => {
    expect(names(official, queryIndex(index, query({ q: 'zhejiang group' })).matches)).toEqual([
      'Zhejiang Publishing United Group',
    ]);
    expect(queryIndex(index, query({ q: 'zhejiang netease' })).total).toBe(0);
  });
});

describe('facets', () => {
  it('filters by city and counts each value under the other filters', () => {
    const r = queryIndex(index, query({ filters: { city: new Set(['hangzhou']) } }));
    expect(names(official, r.matches).sort()).toEqual([
      'Hangzhou Jiuyang Culture Media',
      'Huace Film & TV',
      'NetEase',
      'Zhejiang Fubo Media Technology',
      'Zhejiang Ruohong Culture',
      'Zhejiang University Press',
      'Zoland Cartoon Co',
    ]);
    // City counts ignore the city filter itself (so other cities can still be added)…
    expect(r.counts.city?.get('yiwu')).toBe(1);
    expect(r.counts.city?.get('ningbo')).toBe(1);
    expect(r.counts.city?.get('jinhua')).toBe(5);
    expect(r.counts.city?.get('hangzhou')).toBe(7);
    // …while sector counts respect it: Huace and Jiuyang are Hangzhou's film companies, the
    // five Hengdian ones are in Jinhua.
    expect(r.counts.sector?.get('video-games')).toBe(1);
    expect(r.counts.sector?.get('film-and-tv')).toBe(2);
    expect(r.counts.sector?.get('publishing')).toBeUndefined();
  });

  it('treats several values of one facet as "any of"', () => {
    const r = queryIndex(index, query({ filters: { city: new Set(['hangzhou', 'yiwu']) } }));
    expect(r.total).toBe(8);
  });

  it('counts the key-exporter lists as the sources place each company, "none stated" for the rest', () => {
    const r = queryIndex(index, query({}));
    expect(Object.fromEntries(r.counts.recognition ?? [])).toEqual({
      'list-2021-2022': 1,
      'list-2025-2026': 4,
      'named-2025-2026': 2,
      'none-stated': 8,
    });
    const listed = queryIndex(index, query({ filters: { recognition: new Set(['list-2025-2026']) } }));
    expect(names(official, listed.matches)).toEqual([
      'Zhejiang Publishing United Group',
      'Zhejiang University Press',
      'Zhejiang Fubo Media Technology',
      'Zhejiang Ruohong Culture',
    ]);
    // Named in the report is not the same as selected: Huace and Jiuyang stay apart.
    const named = queryIndex(index, query({ filters: { recognition: new Set(['named-2025-2026']) } }));
    expect(names(official, named.matches)).toEqual(['Huace Film & TV', 'Hangzhou Jiuyang Culture Media']);
    const earlier = queryIndex(index, query({ filters: { recognition: new Set(['list-2021-2022']) } }));
    expect(names(official, earlier.matches)).toEqual(['Dafeng Industrial Co Ltd']);
  });
});

describe('sort', () => {
  it('sorts English names ascending and descending', () => {
    const asc = queryIndex(index, query({ sort: { key: 'name', dir: 'asc' } }));
    expect(names(official, asc.matches)).toEqual([
      'Dafeng Industrial Co Ltd',
      'Daylight',
      'Hangzhou Jiuyang Culture Media',
      'Huace Film & TV',
      'Huahong Group',
      'Huanyu',
      'Huayi Brothers',
      'NetEase',
      'Qiancheng',
      'Tangde',
      'Zhejiang Fubo Media Technology',
      'Zhejiang Publishing United Group',
      'Zhejiang Ruohong Culture',
      'Zhejiang University Press',
      'Zoland Cartoon Co',
    ]);
    const desc = queryIndex(index, query({ sort: { key: 'name', dir: 'desc' } }));
    expect(names(official, desc.matches)).toEqual([...names(official, asc.matches)].reverse());
  });

  it('sorts Chinese names by pinyin with Intl.Collator("zh")', () => {
    const zh = queryIndex(index, query({ sort: { key: 'name', dir: 'asc' }, lang: 'zh' }));
    const shown = Array.from(zh.matches, (i) => official[i]?.name.zh);
    const expected = official.map((r) => r.name.zh ?? r.name.en).sort(new Intl.Collator('zh').compare);
    expect(shown).toEqual(expected);
    // 杭州中南卡通 (hang) comes before 网易 (wang) and 浙江 (zhe).
    expect(shown.indexOf('杭州中南卡通')).toBeLessThan(shown.indexOf('网易'));
  });

  it('puts rows without a value last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const r = queryIndex(index, query({ sort: { key: 'city', dir } }));
      expect(names(official, r.matches).at(-1)).toBe('Zhejiang Publishing United Group');
    }
  });

  it('is stable: equal values keep the list order', () => {
    const rows = ['b', 'a', 'c', 'd'].map((id, i) => ({ id, group: i % 2 === 0 ? 'x' : 'y' }));
    const idx = buildIndex(rows, { searchText: (r) => r.id, facets: {}, sorts: { group: (r) => r.group } });
    expect(Array.from(sortOrder(idx, 'group', 'asc', 'en'), (i) => rows[i]?.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(Array.from(sortOrder(idx, 'group', 'desc', 'en'), (i) => rows[i]?.id)).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('against a plain loop', () => {
  it('returns exactly the rows a naive filter and sort would, for any query and facets', () => {
    const rowArb = fc.record({
      id: fc.uuid(),
      name: fc.string({ maxLength: 12 }),
      city: fc.constantFrom('a', 'b', 'c', undefined),
      tags: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.string({ maxLength: 3 }),
        fc.subarray(['a', 'b', 'c']),
        fc.subarray(['x', 'y', 'z']),
        (rows, q, cities, tags) => {
          const idx = buildIndex(rows, {
            searchText: (r) => r.name,
            facets: { city: (r) => (r.city ? [r.city] : []), tag: (r) => r.tags },
            sorts: {},
          });
          const filters = {
            ...(cities.length ? { city: new Set(cities) } : {}),
            ...(tags.length ? { tag: new Set(tags) } : {}),
          };
          const got = queryIndex(idx, { q, filters, lang: 'en' });
          const terms = q.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
          const expected = rows
            .map((r, i) => ({ r, i }))
            .filter(({ r }) => terms.every((t) => r.name.normalize('NFKC').toLowerCase().includes(t)))
            .filter(({ r }) => cities.length === 0 || (r.city !== undefined && cities.includes(r.city)))
            .filter(({ r }) => tags.length === 0 || r.tags.some((t) => tags.includes(t)))
            .map(({ i }) => i);
          expect(Array.from(got.matches)).toEqual(expected);
          expect(got.total).toBe(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('table state in the address', () => {
  const spec = { facets: { city: new Set(['hangzhou', 'yiwu']) }, sorts: ['name', 'city'] };

  it('reads search, facets and sort, and writes them back the same', () => {
    const { state, ignored } = parseTableParams(
      new URLSearchParams('q=net&city=yiwu,hangzhou&sort=name&dir=desc&lang=zh'),
      spec,
    );
    expect(ignored).toEqual([]);
    expect(state.q).toBe('net');
    expect([...(state.filters.city ?? [])].sort()).toEqual(['hangzhou', 'yiwu']);
    expect(state.sort).toEqual({ key: 'name', dir: 'desc' });
    const written = writeTableParams(state, new URLSearchParams('lang=zh'), ['city']);
    expect(written.get('lang')).toBe('zh');
    expect(written.get('city')).toBe('hangzhou,yiwu');
    expect(parseTableParams(written, spec).state).toEqual(state);
  });

  it('drops what matches nothing known, and says what it dropped', () => {
    const { state, ignored } = parseTableParams(
      new URLSearchParams('city=hangzhou,atlantis&sort=color&dir=sideways'),
      spec,
    );
    expect([...(state.filters.city ?? [])]).toEqual(['hangzhou']);
    expect(state.sort).toBeUndefined();
    expect(ignored).toEqual([
      { key: 'city', value: 'atlantis' },
      { key: 'sort', value: 'color' },
      { key: 'dir', value: 'sideways' },
    ]);
  });

  it('never throws on arbitrary parameters', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { state } = parseTableParams(params, spec);
        expect(state.q.length).toBeLessThanOrEqual(200);
        for (const key of state.filters.city ?? []) expect(spec.facets.city.has(key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a table declaration', () => {
  const declaration = {
    searchText: (r: ExporterRow) => r.name.en,
    facets: [
      { key: 'city', label: 'City', values: (r: ExporterRow) => (r.city ? [r.city] : []) },
      {
        key: 'market',
        label: 'Markets',
        values: (r: ExporterRow) => r.markets,
        order: (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key),
      },
    ],
    sorts: { name: (r: ExporterRow) => r.name.en },
  };

  it('gives the index a facet per entry, keyed by its values’ keys', () => {
    const spec = indexSpecOf(declaration);
    expect(Object.keys(spec.facets)).toEqual(['city', 'market']);
    const r = queryIndex(buildIndex(official, spec), query({ filters: { city: new Set(['hangzhou']) } }));
    // In the rows' order.
    expect(names(official, r.matches)).toEqual([
      'NetEase',
      'Zoland Cartoon Co',
      'Zhejiang University Press',
      'Zhejiang Fubo Media Technology',
      'Zhejiang Ruohong Culture',
      'Huace Film & TV',
      'Hangzhou Jiuyang Culture Media',
    ]);
  });

  it('lists each value once, in the rows’ order or the facet’s own', () => {
    const [city, market] = declaration.facets;
    if (!city || !market) throw new Error('two facets declared');
    // NetEase (Hangzhou), Huahong (Yiwu), Dafeng (Ningbo), then the Hengdian companies (Jinhua).
    expect(facetValuesOf(official, city).map((v) => v.key)).toEqual(['hangzhou', 'yiwu', 'ningbo', 'jinhua']);
    const markets = facetValuesOf(official, market).map((v) => v.key);
    expect(markets).toEqual([...markets].sort());
    expect(new Set(markets).size).toBe(markets.length);
  });

  it('sorts a column ascending first, then flips it', () => {
    expect(nextSort(undefined, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'city')).toEqual({ key: 'city', dir: 'asc' });
  });
});
