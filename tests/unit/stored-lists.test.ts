import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateExporters } from '../../scripts/synthetic.mjs';
import { dataset } from '../../src/data/dataset';
import { nameSchema, periodSchema, qualifierSchema, unitSchema, validateDataset } from '../../src/data/schema';
import { knownFacets } from '../../src/domain/exporter-file/facets';
import { parseExporterFile } from '../../src/domain/exporter-file/import';
import { officialExporterRows } from '../../src/domain/exporter-rows';
import { LIST_FORMAT, checkStoredList, type StoredListReason } from '../../src/domain/stored-lists';

const known = knownFacets(officialExporterRows(validateDataset(dataset)));

function row(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'imported-team-2',
    origin: 'imported',
    name: { en: 'Acme Culture', zh: '艾克美文化', zhOrigin: 'source' },
    city: { key: 'hangzhou', label: { en: 'Hangzhou', zh: '杭州' } },
    markets: [{ key: 'europe', label: { en: 'Europe', zh: '欧洲' } }],
    keyFigure: { value: 100, unit: 'CNY', qualifier: 'exact', period: { kind: 'year', year: 2024 } },
    sourceIds: [],
    importedFrom: 'team.csv',
    ...extra,
  };
}

function list(rows: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'list-1', fileName: 'team.csv', importedAt: '2026-11-28T10:00:00.000Z', rows, ...extra };
}

function reasonOf(value: unknown): StoredListReason | undefined {
  const checked = checkStoredList(value);
  return checked.ok ? undefined : checked.reason;
}

describe('checkStoredList: what this build can show', () => {
  it('accepts every row the importer makes, a synthetic list of 2,000 included', () => {
    const bytes = new TextEncoder().encode(generateExporters({ rows: 2000, seed: 5 }));
    const { accepted } = parseExporterFile(bytes, 'synthetic.csv', known);
    expect(accepted).toHaveLength(2000);
    // As IndexedDB hands it back: a structured clone, with its undefined fields kept.
    const stored = structuredClone(list(accepted, { format: LIST_FORMAT }));
    const checked = checkStoredList(stored);
    expect(checked.ok).toBe(true);
    // Checked in place: the very record, not a copy of 2,000 rows.
    expect(checked.ok && checked.list).toBe(stored);
  });

  it('accepts a list stored before records carried a format, and an empty list', () => {
    expect(reasonOf(list([row()]))).toBeUndefined();
    expect(reasonOf(list([]))).toBeUndefined();
  });

  it('accepts the optional fields absent or explicitly undefined', () => {
    const bare = { id: 'x', origin: 'imported', name: { en: 'Bare' }, markets: [], sourceIds: [] };
    expect(reasonOf(list([bare]))).toBeUndefined();
    expect(reasonOf(list([row({ city: undefined, keyFigure: undefined, sourceText: undefined })]))).toBeUndefined();
    expect(reasonOf(list([row({ synthetic: true, sourceText: 'team survey' })]))).toBeUndefined();
    expect(reasonOf(list([row({ noteText: 'covers 2019 and 2020' })]))).toBeUndefined();
  });
});

describe('checkStoredList: records that are not lists of this build', () => {
  it.each([null, undefined, 42, 'a list', true, [], [row()], { id: 'list-1' }, { id: 'x', data: [] }])(
    '%j is not a list saved by this dashboard',
    (value) => {
      expect(reasonOf(value)).toEqual({ problem: 'not-a-list' });
    },
  );

  it('says a record of a later format was saved by a newer version', () => {
    expect(reasonOf({ id: 'list-9', format: LIST_FORMAT + 1, fileName: 'f.csv', chunks: [] })).toEqual({
      problem: 'newer-format',
    });
  });

  it('does not take a format that is no version number for a newer one', () => {
    expect(reasonOf(list([], { format: 'v2' }))).toEqual({ problem: 'unknown-value', field: 'format' });
    expect(reasonOf(list([], { format: 0 }))).toEqual({ problem: 'unknown-value', field: 'format' });
  });

  it('names a list field that is missing or of the wrong type', () => {
    expect(reasonOf({ id: 'list-1', fileName: 'a.csv', importedAt: '2026-01-01' })).toEqual({
      problem: 'missing',
      field: 'rows',
    });
    expect(reasonOf(list('oops'))).toEqual({ problem: 'wrong-type', field: 'rows' });
    expect(reasonOf(list({ 0: row() }))).toEqual({ problem: 'wrong-type', field: 'rows' });
    expect(reasonOf(list([], { fileName: 7 }))).toEqual({ problem: 'wrong-type', field: 'fileName' });
    expect(reasonOf(list([], { importedAt: undefined }))).toEqual({ problem: 'missing', field: 'importedAt' });
    expect(reasonOf(list([], { id: '' }))).toEqual({ problem: 'wrong-type', field: 'id' });
  });
});

describe('checkStoredList: rows, down to the last nested field', () => {
  const cases: [string, unknown, Omit<StoredListReason, 'row'>][] = [
    ['a row that is not an object', 'Acme', { problem: 'not-a-row' }],
    ['a row that is null', null, { problem: 'not-a-row' }],
    ['a row that is an array', [row()], { problem: 'not-a-row' }],
    ['no id', row({ id: undefined }), { problem: 'missing', field: 'id' }],
    ['a numeric id', row({ id: 7 }), { problem: 'wrong-type', field: 'id' }],
    ['a row marked official', row({ origin: 'official' }), { problem: 'claims-official', field: 'origin' }],
    ['no origin', row({ origin: undefined }), { problem: 'unknown-value', field: 'origin' }],
    ['no name', row({ name: undefined }), { problem: 'missing-name', field: 'name' }],
    ['a name without English', row({ name: { zh: '艾克美' } }), { problem: 'missing-name', field: 'name.en' }],
    ['an empty name', row({ name: { en: '' } }), { problem: 'missing-name', field: 'name.en' }],
    ['a name that is a string', row({ name: 'Acme' }), { problem: 'wrong-type', field: 'name' }],
    ['a name that is a number', row({ name: { en: 12 } }), { problem: 'wrong-type', field: 'name.en' }],
    ['an empty Chinese name', row({ name: { en: 'A', zh: '' } }), { problem: 'wrong-type', field: 'name.zh' }],
    [
      'an unknown zhOrigin',
      row({ name: { en: 'A', zh: '甲', zhOrigin: 'guess' } }),
      { problem: 'unknown-value', field: 'name.zhOrigin' },
    ],
    ['a city that is a string', row({ city: 'Hangzhou' }), { problem: 'wrong-type', field: 'city' }],
    ['a city that is null', row({ city: null }), { problem: 'wrong-type', field: 'city' }],
    [
      'a sector without a key',
      row({ sector: { label: { en: 'Games', zh: '游戏' } } }),
      { problem: 'missing', field: 'sector.key' },
    ],
    [
      'a city label without Chinese',
      row({ city: { key: 'hangzhou', label: { en: 'Hangzhou' } } }),
      { problem: 'missing', field: 'city.label.zh' },
    ],
    ['no markets', row({ markets: undefined }), { problem: 'missing', field: 'markets' }],
    ['markets as one string', row({ markets: 'Europe' }), { problem: 'wrong-type', field: 'markets' }],
    [
      'a market whose label is a number deep inside',
      row({
        markets: [
          { key: 'europe', label: { en: 'Europe', zh: '欧洲' } },
          { key: 'asia', label: { en: 'Asia', zh: 42 } },
        ],
      }),
      { problem: 'wrong-type', field: 'markets[1].label.zh' },
    ],
    [
      'a value that is a string',
      row({ keyFigure: { value: '100', unit: 'CNY', qualifier: 'exact' } }),
      { problem: 'wrong-type', field: 'keyFigure.value' },
    ],
    [
      'a value that is not finite',
      row({ keyFigure: { value: Number.NaN, unit: 'CNY', qualifier: 'exact' } }),
      { problem: 'wrong-type', field: 'keyFigure.value' },
    ],
    [
      'an unknown unit',
      row({ keyFigure: { value: 1, unit: 'EUR', qualifier: 'exact' } }),
      { problem: 'unknown-value', field: 'keyFigure.unit' },
    ],
    [
      'no qualifier',
      row({ keyFigure: { value: 1, unit: 'USD' } }),
      { problem: 'missing', field: 'keyFigure.qualifier' },
    ],
    [
      'a period of an unknown kind',
      row({ keyFigure: { value: 1, unit: 'USD', qualifier: 'exact', period: { kind: 'decade' } } }),
      { problem: 'unknown-value', field: 'keyFigure.period.kind' },
    ],
    [
      'a year that is a string',
      row({ keyFigure: { value: 1, unit: 'USD', qualifier: 'exact', period: { kind: 'year', year: '2024' } } }),
      { problem: 'wrong-type', field: 'keyFigure.period.year' },
    ],
    [
      'a range without its end',
      row({ keyFigure: { value: 1, unit: 'USD', qualifier: 'exact', period: { kind: 'range', from: 2020 } } }),
      { problem: 'wrong-type', field: 'keyFigure.period.to' },
    ],
    [
      'a month 13',
      row({
        keyFigure: { value: 1, unit: 'USD', qualifier: 'exact', period: { kind: 'month', year: 2024, month: 13 } },
      }),
      { problem: 'wrong-type', field: 'keyFigure.period.month' },
    ],
    ['a key figure that is a number', row({ keyFigure: 100 }), { problem: 'wrong-type', field: 'keyFigure' }],
    ['source ids that are not a list', row({ sourceIds: 'src' }), { problem: 'wrong-type', field: 'sourceIds' }],
    ['a source id that is a number', row({ sourceIds: [1] }), { problem: 'wrong-type', field: 'sourceIds' }],
    ['synthetic as text', row({ synthetic: 'true' }), { problem: 'wrong-type', field: 'synthetic' }],
    ['a source that is an object', row({ sourceText: {} }), { problem: 'wrong-type', field: 'sourceText' }],
    ['a note that is a list', row({ noteText: ['x'] }), { problem: 'wrong-type', field: 'noteText' }],
  ];

  it.each(cases)('reports %s, with its row number', (_what, bad, reason) => {
    const rows = [row(), row({ id: 'b' }), bad, row({ id: 'd' })];
    expect(reasonOf(list(rows))).toEqual({ ...reason, row: 3 });
  });

  it('counts rows from 1: the 17th row is "row 17"', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row({ id: `r${i}` }));
    rows[16] = row({ name: undefined });
    expect(reasonOf(list(rows))).toEqual({ problem: 'missing-name', field: 'name', row: 17 });
  });

  it('reports a hole in the rows, and does not loop on a record that refers to itself', () => {
    const holey: unknown[] = [row()];
    holey[2] = row({ id: 'c' });
    expect(reasonOf(list(holey))).toEqual({ problem: 'not-a-row', row: 2 });
    const looped = row();
    looped.name = looped;
    looped.markets = [looped];
    expect(reasonOf(list([looped]))).toEqual({ problem: 'missing-name', field: 'name.en', row: 1 });
  });
});

/*
 * The check of stored rows is written by hand (zod stays out of the app's bundle), beside the
 * dataset's zod schemas for the same kinds of value. Where they share a kind, they must agree:
 * generated values, mostly sound ones with one thing off, and anything at all.
 */
describe('checkStoredList agrees with the dataset schema where they share a kind of value', () => {
  const RUNS = { seed: 20261129, numRuns: 1500 };
  const accepts = (part: Record<string, unknown>) => checkStoredList(list([row(part)])).ok;
  const figure = (extra: Record<string, unknown>) => ({
    keyFigure: { value: 100, unit: 'CNY', qualifier: 'exact', ...extra },
  });

  const year = fc.oneof(
    fc.integer({ min: 1940, max: 2110 }),
    fc.double(),
    fc.constantFrom('2020', undefined, null, 2020.5),
  );
  const period = fc.oneof(
    fc.record({ kind: fc.constantFrom('year', 'announced'), year }),
    fc.record({ kind: fc.constant('range'), from: year, to: year }),
    fc.record({ kind: fc.constant('month'), year, month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double()) }),
    fc.record({ kind: fc.constant('annual') }),
    fc.record({
      kind: fc.constant('cumulative'),
      until: fc.oneof(fc.constantFrom('2018', '2018-05', '2018-05-31', 'May 2018', '2018-5', '', 2018), fc.string()),
    }),
    fc.record({ kind: fc.oneof(fc.string(), fc.constantFrom('Year', 'decade')), year }),
    fc.anything(),
  );
  const textish = fc.oneof(
    fc.constantFrom('Acme', '艾克美', '', ' '),
    fc.string(),
    fc.integer(),
    fc.constantFrom(null),
  );
  const name = fc.oneof(
    fc.record(
      {
        en: textish,
        zh: textish,
        zhOrigin: fc.oneof(fc.constantFrom('source', 'place', 'translation', 'guess', null), fc.anything()),
      },
      { requiredKeys: ['en'] },
    ),
    fc.anything(),
  );
  const oneOfOr = (values: string[]) => fc.oneof(fc.constantFrom(...values, '', 'x'), fc.anything());

  it('on names', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(accepts({ name: n })).toBe(nameSchema.safeParse(n).success);
      }),
      RUNS,
    );
  });

  it('on periods', () => {
    fc.assert(
      fc.property(
        period.filter((p) => p !== undefined),
        (p) => {
          expect(accepts(figure({ period: p }))).toBe(periodSchema.safeParse(p).success);
        },
      ),
      RUNS,
    );
  });

  it('on units and qualifiers', () => {
    fc.assert(
      fc.property(oneOfOr([...unitSchema.options, 'cny', 'EUR']), (unit) => {
        expect(accepts(figure({ unit }))).toBe(unitSchema.safeParse(unit).success);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(oneOfOr([...qualifierSchema.options, 'about']), (qualifier) => {
        expect(accepts(figure({ qualifier }))).toBe(qualifierSchema.safeParse(qualifier).success);
      }),
      RUNS,
    );
  });
});
