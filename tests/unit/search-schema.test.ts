import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { parseChartViews } from '../../src/domain/chart-params';
import { CHART_IDS } from '../../src/domain/chart-series';
import { officialExporterRows } from '../../src/domain/exporter-rows';
import { buildCatalog, CURRENCIES } from '../../src/domain/figures';
import { LANGS } from '../../src/domain/format';
import { parseGlobalParams } from '../../src/domain/params';
import { routeSearches, type RouteSearchContext } from '../../src/domain/route-search';
import {
  boundedInt,
  clip,
  idList,
  joinParsers,
  oneOf,
  parseSearch,
  searchParser,
  text,
  writeSearch,
  type Field,
  type IgnoredParam,
  type SearchParser,
} from '../../src/domain/search-schema';
import { allSlides, parseAuto, parseDeck, VIEW_SEARCH } from '../../src/domain/slides';
import { MAX_QUERY, parseTableParams, writeTableParams, type TableParamSpec } from '../../src/domain/table-params';
import { EXPORTER_DIMS, EXPORTER_SORTS, exporterIndexSpec } from '../../src/features/exporters/exporter-table';

const read = <T>(field: Field<T>, raw: string) => field.read(raw);
const search = (query: string) => new URLSearchParams(query);

describe('clip', () => {
  it('keeps 60 characters and marks the cut', () => {
    expect(clip('x'.repeat(60))).toBe('x'.repeat(60));
    expect(clip('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
    expect(clip('x'.repeat(20_000))).toHaveLength(61);
    expect(clip('')).toBe('');
  });
});

describe('oneOf', () => {
  const lang = oneOf(['en', 'zh'], (s) => s.trim().toLowerCase());
  const dir = oneOf(['asc', 'desc']);

  it('keeps an allowed value, as the allowed list spells it', () => {
    expect(read(lang, ' ZH ')).toEqual({ value: 'zh', dropped: [] });
    expect(read(dir, 'desc')).toEqual({ value: 'desc', dropped: [] });
  });

  it('compares exactly unless told how to normalise', () => {
    expect(read(dir, ' desc')).toEqual({ value: undefined, dropped: [' desc'] });
    expect(read(dir, 'DESC')).toEqual({ value: undefined, dropped: ['DESC'] });
  });

  it('drops anything else and reports it as written', () => {
    expect(read(lang, 'fr')).toEqual({ value: undefined, dropped: ['fr'] });
    expect(read(lang, '')).toEqual({ value: undefined, dropped: [''] });
    for (const s of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(read(lang, s)).toEqual({ value: undefined, dropped: [s] });
  });
});

describe('idList', () => {
  const known = new Map([
    ['trade', 'trade'],
    ['growth', 'growth'],
  ]);
  const ids = idList((id) => known.get(id) ?? known.get(id.toLowerCase()));

  it('keeps known ids in the order of the address, spaces around them ignored', () => {
    expect(read(ids, ' growth , trade')).toEqual({ value: ['growth', 'trade'], dropped: [] });
  });

  it('reports unknown ids and ids that name something already kept, as written', () => {
    expect(read(ids, 'trade,nope,TRADE,growth,trade')).toEqual({
      value: ['trade', 'growth'],
      dropped: ['nope', 'TRADE', 'trade'],
    });
  });

  it('skips empty entries, which name nothing', () => {
    expect(read(ids, ',, ,')).toEqual({ value: [], dropped: [] });
    expect(read(ids, '')).toEqual({ value: [], dropped: [] });
  });

  it('treats object keys as unknown ids', () => {
    expect(read(ids, '__proto__,constructor,toString,trade')).toEqual({
      value: ['trade'],
      dropped: ['__proto__', 'constructor', 'toString'],
    });
  });

  it('reads a list of thousands of ids', () => {
    const r = read(ids, 'trade,'.repeat(4000));
    expect(r.value).toEqual(['trade']);
    expect(r.dropped).toHaveLength(3999);
  });
});

describe('boundedInt', () => {
  const seconds = boundedInt(3, 3600);

  it('keeps whole numbers in range, spaces and leading zeros allowed up to the digits of max', () => {
    for (const [raw, n] of [
      ['3', 3],
      ['3600', 3600],
      [' 20 ', 20],
      ['0020', 20],
      ['\t7\n', 7],
    ] as const)
      expect(read(seconds, raw)).toEqual({ value: n, dropped: [] });
  });

  it('drops every other way of writing a number, and reports it as written', () => {
    for (const raw of [
      '2',
      '3601',
      '0',
      '-1',
      '-0',
      '+5',
      '1.5',
      '20.0',
      '1e3',
      '1e309',
      'NaN',
      'Infinity',
      '0x10',
      '1_0',
      '00020',
      '٣',
      '３',
      '',
      ' ',
      '9'.repeat(400),
    ])
      expect(read(seconds, raw)).toEqual({ value: undefined, dropped: [raw] });
  });

  it('takes the number of digits from max', () => {
    expect(read(boundedInt(1, 999_999), '00001')).toEqual({ value: 1, dropped: [] });
    expect(read(boundedInt(1, 999_999), '0000001')).toEqual({ value: undefined, dropped: ['0000001'] });
  });
});

describe('text', () => {
  const q = text(5);

  it('keeps text up to its length, spaces and all', () => {
    expect(read(q, '')).toEqual({ value: '', dropped: [] });
    expect(read(q, ' ab c')).toEqual({ value: ' ab c', dropped: [] });
  });

  it('keeps the start of longer text and reports the rest', () => {
    expect(read(q, 'netease games')).toEqual({ value: 'netea', dropped: ['se games'] });
  });
});

describe('parseSearch', () => {
  const schema = { lang: oneOf(['en', 'zh']), table: idList((id) => (id === 'trade' ? id : undefined)), q: text(3) };

  it('reads nothing from an address without its keys, and reports nothing', () => {
    const r = parseSearch(search('?currency=usd&LANG=zh'), schema);
    expect({ ...r.values }).toEqual({});
    expect(r.ignored).toEqual([]);
  });

  it('uses the first occurrence of a key and reports every repeat, then what the first could not use', () => {
    const r = parseSearch(search('?table=trade,nope&lang=zh&table=growth&lang=en&lang=fr&table=trade'), schema);
    expect(r.values.lang).toBe('zh');
    expect(r.values.table).toEqual(['trade']);
    expect(r.ignored).toEqual([
      { key: 'lang', value: 'en' },
      { key: 'lang', value: 'fr' },
      { key: 'table', value: 'growth' },
      { key: 'table', value: 'trade' },
      { key: 'table', value: 'nope' },
    ]);
  });

  it('does not fall back to a later value when the first is not understood', () => {
    const r = parseSearch(search('?lang=fr&lang=zh'), schema);
    expect(r.values.lang).toBeUndefined();
    expect(r.ignored).toEqual([
      { key: 'lang', value: 'zh' },
      { key: 'lang', value: 'fr' },
    ]);
  });

  it('clips every report', () => {
    const long = 'y'.repeat(20_000);
    const r = parseSearch(search(`?q=${long}&q=${long}&lang=${long}`), schema);
    expect(r.values.q).toBe('yyy');
    expect(r.ignored.map((i) => i.value)).toEqual([clip(long), clip(long), clip(long)]);
  });

  it('treats object keys like any other key, and gives values no prototype to read from', () => {
    const odd = {
      ['__proto__']: oneOf(['a']),
      constructor: idList((id) => (id === 'a' ? id : undefined)),
      toString: text(10),
    };
    const empty = parseSearch(search(''), odd);
    expect(empty.values.constructor).toBeUndefined();
    expect(empty.values.toString).toBeUndefined();
    expect(Object.getPrototypeOf(empty.values)).toBeNull();

    const r = parseSearch(search('?__proto__=a&constructor=a,b&toString=hi&__proto__=x'), odd);
    expect(Object.getOwnPropertyDescriptor(r.values, '__proto__')?.value).toBe('a');
    expect(r.values.constructor).toEqual(['a']);
    expect(r.values.toString).toBe('hi');
    expect(r.ignored).toEqual([
      { key: '__proto__', value: 'x' },
      { key: 'constructor', value: 'b' },
    ]);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });

  it('leaves keys outside the schema alone, object keys included', () => {
    const r = parseSearch(search('?__proto__=x&constructor=y&prototype=z&toString=1'), schema);
    expect(Object.keys(r.values)).toEqual([]);
    expect(r.ignored).toEqual([]);
  });
});

// The pages, with what exists in the real figures.
const catalog = buildCatalog(validateDataset(structuredClone(dataset)));
const exporterRows = officialExporterRows(catalog.dataset);
const exporters: TableParamSpec = {
  facets: Object.fromEntries(
    EXPORTER_DIMS.map((d) => [d, new Set(exporterRows.flatMap((r) => exporterIndexSpec.facets[d]?.(r) ?? []))]),
  ),
  sorts: EXPORTER_SORTS,
};
const places = catalog.dataset.entities.filter((e) => e.kind === 'base' || e.kind === 'platform');
const bases: TableParamSpec = {
  facets: {
    city: new Set(places.flatMap((e) => (e.cityId ? [e.cityId] : []))),
    kind: new Set(['cooperation-zone', 'culture-export-base', 'industry-cluster', 'arts-trade-zone', 'platform']),
  },
  sorts: ['name', 'city', 'kind', 'rank', 'launched'],
};
const context: RouteSearchContext = { catalog, exporters, bases, charts: CHART_IDS };
const routes = routeSearches(context);

const slideIds = new Set(allSlides(catalog).map((s) => s.id));
const defaultDeckLength = parseDeck(search(''), catalog).slides.length;

// What each route may keep, written from the pages' own terms rather than from the schemas.
type Allowed = (value: unknown, values: Record<string, unknown>) => boolean;
const listOf =
  (known: ReadonlySet<string>): Allowed =>
  (v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && known.has(x)) && new Set(v).size === v.length;
const wholeIn = (min: number, max: number) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const global: Record<string, Allowed> = {
  lang: (v) => (LANGS as readonly unknown[]).includes(v),
  currency: (v) => (CURRENCIES as readonly unknown[]).includes(v),
};
const table = (spec: TableParamSpec): Record<string, Allowed> => ({
  ...global,
  q: (v) => typeof v === 'string' && v.length <= MAX_QUERY,
  ...Object.fromEntries(Object.entries(spec.facets).map(([dim, known]) => [dim, listOf(known)])),
  sort: (v) => typeof v === 'string' && spec.sorts.includes(v),
  dir: (v) => v === 'asc' || v === 'desc',
});
const ALLOWED = new Map<string, Record<string, Allowed>>([
  ['/', global],
  ['/growth', { ...global, table: listOf(new Set(CHART_IDS)) }],
  ['/exporters', table(exporters)],
  ['/exporters/:id', global],
  ['/bases', table(bases)],
  ['/bases/:id', global],
  ['/sources', global],
  [
    '/present',
    {
      ...global,
      slides: (v) =>
        Array.isArray(v) &&
        v.every((s: { id?: unknown }) => typeof s.id === 'string' && slideIds.has(s.id)) &&
        new Set(v.map((s: { id: string }) => s.id)).size === v.length,
      slide: (v, values) => {
        const chosen = values['slides'];
        const length = Array.isArray(chosen) && chosen.length > 0 ? chosen.length : defaultDeckLength;
        return wholeIn(1, length)(v);
      },
      auto: wholeIn(3, 3600),
      view: (v) => v === 'presenter',
    },
  ],
]);

/** What the pages themselves report for an address, through the parsers they call. */
function pageIgnored(path: string, params: URLSearchParams): IgnoredParam[] {
  const own = parseGlobalParams(params).ignored;
  switch (path) {
    case '/growth':
      return [...own, ...parseChartViews(params, context.charts).ignored];
    case '/exporters':
      return [...own, ...parseTableParams(params, exporters).ignored];
    case '/bases':
      return [...own, ...parseTableParams(params, bases).ignored];
    case '/present':
      return [
        ...own,
        ...parseDeck(params, catalog).ignored,
        ...parseAuto(params).ignored,
        ...VIEW_SEARCH.parse(params).ignored,
      ];
    default:
      return own;
  }
}

const keysOf = (parser: SearchParser) => Object.keys(parser.schema);

describe('the list of routes', () => {
  // Every route has its parsers by construction (a record keyed by src/domain/routes.ts).
  it('reads each key of a route with one parser only, and exactly the keys the page allows', () => {
    for (const route of routes) {
      const keys = route.parsers.flatMap(keysOf);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.sort()).toEqual(Object.keys(ALLOWED.get(route.path) ?? {}).sort());
    }
  });
});

describe('every route against hostile addresses', () => {
  const SEED = 20_261_128;
  const OWN_KEYS = [...new Set(routes.flatMap((r) => r.parsers.flatMap(keysOf)))];
  const OBJECT_KEYS = [
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
  ];
  const NUMBERS = [
    '1e309',
    '-1',
    '0',
    'NaN',
    '1.5',
    '00001',
    ' 3 ',
    '3',
    '20',
    '3600',
    '3601',
    '13',
    '14',
    '999999',
    '1000000',
    'Infinity',
    '-0',
    '0x10',
    '٣',
  ];
  const KNOWN = [
    ...LANGS,
    ...CURRENCIES,
    'ZH',
    ' en ',
    'usd',
    'asc',
    'desc',
    'name',
    ...CHART_IDS,
    'Growth',
    ...[...slideIds].slice(0, 6),
    'TITLE',
    'chart-balance',
    ...[...(exporters.facets['city'] ?? [])].slice(0, 3),
    ...[...(bases.facets['kind'] ?? [])].slice(0, 2),
  ];

  const id = fc.oneof(
    fc.constantFrom(...KNOWN, ...OBJECT_KEYS, '', ' '),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  const long = fc.oneof(
    fc
      .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.constantFrom(20_000, 20_001))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
    fc.constantFrom('trade,'.repeat(3334), '9'.repeat(20_000), '__proto__,'.repeat(2000)),
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...KNOWN, ...OBJECT_KEYS, ...NUMBERS, '', ',', ' , ') },
    // Lists that name some ids again, as a hand-edited link does.
    {
      weight: 3,
      arbitrary: fc
        .array(id, { maxLength: 6 })
        .chain((ids) => fc.subarray(ids).map((again) => [...ids, ...again].join(','))),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: long },
  );
  const key = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...OWN_KEYS) },
    { weight: 2, arbitrary: fc.constantFrom(...OBJECT_KEYS, '', 'LANG', 'Slide', 'slides[]') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  );
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 16 });
  // Queries as the address bar holds them; URLSearchParams decodes broken escapes leniently.
  const raw = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '%',
          '%%',
          '%E0%A4%A',
          '%C0%AF',
          '%FF',
          '%00',
          '%2',
          '&',
          '&',
          '=',
          '=',
          '+',
          '?',
          ',',
          '%2C',
          '%26',
        ),
        fc.constantFrom(...'0123456789abcdefABCDEF'),
        fc.constantFrom(...OWN_KEYS, ...OBJECT_KEYS, ...NUMBERS),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
  const address = fc.oneof(
    pairs,
    raw,
    fc.tuple(raw, pairs).map(([r, p]) => `${r}&${new URLSearchParams(p).toString()}`),
  );

  const run = (predicate: (params: URLSearchParams) => void, numRuns: number) =>
    fc.assert(
      fc.property(address, (input) => predicate(new URLSearchParams(input))),
      { numRuns, seed: SEED },
    );

  it('never throws, keeps only what the route allows, and reports only its own keys, clipped', () => {
    run((params) => {
      for (const route of routes) {
        const allowed = ALLOWED.get(route.path) ?? {};
        for (const parser of route.parsers) {
          const keys = keysOf(parser);
          const { values, ignored } = parser.parse(params);
          for (const [k, v] of Object.entries(values)) {
            expect(keys).toContain(k);
            expect(allowed[k]?.(v, values), `${route.path} ${k}`).toBe(true);
          }
          for (const item of ignored) {
            expect(keys).toContain(item.key);
            expect(typeof item.value).toBe('string');
            expect(item.value.length).toBeLessThanOrEqual(61);
          }
        }
      }
    }, 1000);
  });

  it('loses nothing silently: each value of a key of the schema is kept or reported', () => {
    run((params) => {
      for (const route of routes)
        for (const parser of route.parsers) {
          const { values, ignored } = parser.parse(params);
          for (const key of keysOf(parser)) {
            const field = parser.schema[key];
            const reports = ignored.filter((i) => i.key === key).map((i) => i.value);
            const [first, ...repeats] = params.getAll(key);
            const kept: unknown = (values as Record<string, unknown>)[key];
            if (first === undefined) {
              expect(kept).toBeUndefined();
              expect(reports).toEqual([]);
              continue;
            }
            let parts: string[];
            let keptCount: number;
            if (field?.kind === 'idList') {
              parts = first
                .split(',')
                .map((p) => p.trim())
                .filter(Boolean);
              keptCount = (kept as unknown[]).length;
            } else if (field?.kind === 'text') {
              // Text is kept from its start; what is beyond its length is the part reported.
              expect(first.startsWith(kept as string)).toBe(true);
              const rest = first.slice((kept as string).length);
              parts = rest ? [rest] : [];
              keptCount = 0;
            } else {
              parts = [first];
              keptCount = kept === undefined ? 0 : 1;
            }
            expect(keptCount + reports.length, `${route.path} ${key}`).toBe(parts.length + repeats.length);
            const said = new Set([...parts, ...repeats].map(clip));
            for (const r of reports) expect(said.has(r)).toBe(true);
          }
        }
    }, 1000);
  });

  it('leaves Object.prototype as it was', () => {
    const before = Reflect.ownKeys(Object.prototype).map((k) => [
      k,
      Object.getOwnPropertyDescriptor(Object.prototype, k),
    ]);
    const poison: [string, string][] = [
      ['__proto__', 'polluted'],
      ['constructor', 'polluted'],
      ['prototype', 'polluted'],
      ['lang', '__proto__'],
      ['table', '__proto__,constructor,prototype'],
    ];
    run((params) => {
      for (const [k, v] of poison) params.append(k, v);
      for (const route of routes) for (const parser of route.parsers) parser.parse(params);
      const after = Reflect.ownKeys(Object.prototype).map((k) => [
        k,
        Object.getOwnPropertyDescriptor(Object.prototype, k),
      ]);
      expect(after).toEqual(before);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }, 300);
  });

  it('is what the pages run: their parsers report exactly what the list reports', () => {
    run((params) => {
      for (const route of routes) {
        const listed = route.parsers.flatMap((p) => p.parse(params).ignored);
        expect(pageIgnored(route.path, params)).toEqual(listed);
      }
    }, 500);
  });
});

describe('the shared rules, on every parser', () => {
  it('reports a facet value or chart id named twice', () => {
    const spec = { facets: { city: new Set(['hangzhou', 'yiwu']) }, sorts: ['name'] };
    const t = parseTableParams(search('?city=yiwu,hangzhou,yiwu'), spec);
    expect([...(t.state.filters['city'] ?? [])]).toEqual(['yiwu', 'hangzhou']);
    expect(t.ignored).toEqual([{ key: 'city', value: 'yiwu' }]);
    const c = parseChartViews(search('?table=trade,TRADE'), CHART_IDS);
    expect([...c.tables]).toEqual(['trade']);
    expect(c.ignored).toEqual([{ key: 'table', value: 'TRADE' }]);
  });

  it('checks ?slide= against the deck the address asks for, after the fields are read', () => {
    const parser = routes.find((r) => r.path === '/present')?.parsers.find((p) => 'slide' in p.schema);
    const short = parser?.parse(search('?slide=3&slides=title,sources&slide=1'));
    expect(short?.values['slide']).toBeUndefined();
    expect(short?.ignored).toEqual([
      { key: 'slide', value: '1' },
      { key: 'slide', value: '3' },
    ]);
    // Slides that name nothing leave the default deck, which is long enough.
    expect(parser?.parse(search(`?slides=nope&slide=${defaultDeckLength}`)).values['slide']).toBe(defaultDeckLength);
  });

  it('reports a repeated ?auto=, keeping the first', () => {
    expect(parseAuto(search('?auto=20&auto=30'))).toEqual({ seconds: 20, ignored: [{ key: 'auto', value: '30' }] });
  });
});

describe('writeSearch: one spelling for every address', () => {
  const schema = {
    q: text(20),
    city: idList((id) => (['hangzhou', 'yiwu'].includes(id) ? id : undefined)),
    slide: boundedInt(1, 99),
    dir: oneOf(['asc', 'desc'] as const),
  };

  it('grouped: takes the keys out and writes them back in schema order, after every other key', () => {
    const next = writeSearch(
      search('?dir=asc&lang=en&q=old&x=1'),
      schema,
      { dir: 'desc', q: 'net', city: ['yiwu'] },
      'grouped',
    );
    expect(next.toString()).toBe('lang=en&x=1&q=net&city=yiwu&dir=desc');
  });

  it('leaves defaults out: an empty search, an empty list, a value not given', () => {
    const next = writeSearch(search('?q=old&city=yiwu&slide=3&lang=zh'), schema, { q: '', city: [] }, 'grouped');
    expect(next.toString()).toBe('lang=zh');
  });

  it('inPlace: changes only the keys given, each where it stands, and appends new ones', () => {
    const base = search('?slide=2&lang=en&city=Yiwu,,yiwu');
    expect(writeSearch(base, schema, { slide: 3 }, 'inPlace').toString()).toBe('slide=3&lang=en&city=Yiwu%2C%2Cyiwu');
    expect(writeSearch(base, schema, { dir: 'asc' }, 'inPlace').toString()).toBe(
      'slide=2&lang=en&city=Yiwu%2C%2Cyiwu&dir=asc',
    );
    expect(writeSearch(base, schema, { slide: undefined }, 'inPlace').toString()).toBe('lang=en&city=Yiwu%2C%2Cyiwu');
  });

  it('writes a repeated key once', () => {
    expect(writeSearch(search('?slide=2&slide=5'), schema, { slide: 4 }, 'inPlace').toString()).toBe('slide=4');
    expect(writeSearch(search('?q=a&q=b'), schema, { q: 'c' }, 'grouped').toString()).toBe('q=c');
  });

  it('reads back what it wrote, whatever the values', () => {
    const values = fc.record(
      {
        q: fc.string({ maxLength: 20 }),
        city: fc.uniqueArray(fc.constantFrom('hangzhou', 'yiwu')),
        slide: fc.integer({ min: 1, max: 99 }),
        dir: fc.constantFrom('asc' as const, 'desc' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(values, fc.constantFrom('grouped' as const, 'inPlace' as const), (given, placement) => {
        const written = writeSearch(search('?lang=en&other=1'), schema, given, placement);
        const read = parseSearch(written, schema);
        expect(read.ignored).toEqual([]);
        const expected = { ...given };
        if (expected.q === '') delete expected.q;
        if (expected.city?.length === 0) delete expected.city;
        expect({ ...read.values }).toEqual(expected);
        expect(written.get('lang')).toBe('en');
        expect(written.get('other')).toBe('1');
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the addresses tables write: facets in id order, a sort always with its direction', () => {
    const state = {
      q: 'net',
      filters: { city: new Set(['yiwu', 'hangzhou']) },
      sort: { key: 'name', dir: 'asc' as const },
    };
    expect(writeTableParams(state, search('?lang=en'), ['city']).toString()).toBe(
      'lang=en&q=net&city=hangzhou%2Cyiwu&sort=name&dir=asc',
    );
  });
});

describe('joinParsers', () => {
  it("reads both schemas from one address, the first one's problems first", () => {
    const a = searchParser({ slide: boundedInt(1, 9) });
    const b = searchParser({ auto: boundedInt(3, 60) });
    const joined = joinParsers(a, b);
    expect(Object.keys(joined.schema)).toEqual(['slide', 'auto']);
    const { values, ignored } = joined.parse(search('?auto=1&slide=0&auto=5'));
    expect({ ...values }).toEqual({});
    expect(ignored).toEqual([
      { key: 'slide', value: '0' },
      { key: 'auto', value: '5' },
      { key: 'auto', value: '1' },
    ]);
  });
});
