import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset, type Period } from '../../src/data/schema';
import { toCsv } from '../../src/domain/csv';
import { officialExporterRows, rowNote, type ExporterRow, type KeyFigure } from '../../src/domain/exporter-rows';
import { exportersToCsv } from '../../src/domain/exporter-file/export';
import { parsePeriodCell } from '../../src/domain/exporter-file/period-read';
import { periodCell } from '../../src/domain/exporter-file/period-text';
import { knownFacets } from '../../src/domain/exporter-file/facets';
import { parseExporterFile, type ImportResult } from '../../src/domain/exporter-file/import';
import type { RejectReason } from '../../src/domain/exporter-file/rows';
import { fileSource, openImport } from '../../src/api/import-file';
import { gbkEncoder } from './gbk';

const official = officialExporterRows(validateDataset(dataset));
const known = knownFacets(official);
const utf8 = (text: string) => new TextEncoder().encode(text);
const sourceName = (id: string) => dataset.sources.find((s) => s.id === id)?.publisher.en ?? id;

function importText(text: string, fileName = 'team.csv'): ImportResult {
  return parseExporterFile(utf8(text), fileName, known);
}

function expectInvariant(result: ImportResult): void {
  expect(result.accepted.length + result.rejected.length + result.setApart.length).toBe(result.total);
  if (result.error) expect(result.total).toBe(0);
}

/** What a file carries of a key figure: all of it but the id of the dataset figure it comes from. */
function fileFigure(kf: KeyFigure | undefined) {
  if (!kf) return undefined;
  return { value: kf.value, unit: kf.unit, qualifier: kf.qualifier, period: kf.period };
}

/**
 * A row as the table shows it in `lang`. The file carries a name's words and where its Chinese
 * comes from, not the dataset's mark of an English name it translated (enOrigin).
 */
function comparable(row: ExporterRow, lang: 'en' | 'zh') {
  return {
    name: { en: row.name.en, zh: row.name.zh, zhOrigin: row.name.zhOrigin },
    city: row.city?.key,
    sector: row.sector?.key,
    markets: row.markets.map((m) => m.key),
    keyFigure: fileFigure(row.keyFigure),
    note: rowNote(row, lang),
  };
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endian === 'le') bytes.push(c & 0xff, c >> 8);
    else bytes.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(bytes);
}

describe('exportersToCsv', () => {
  it('writes the English headers, labels and plain numbers', () => {
    const csv = exportersToCsv(official, 'en', [['source', 'Zhejiang culture exports']], sourceName);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('# source: Zhejiang culture exports');
    expect(lines[1]).toBe('id,name_en,name_zh,city,sector,markets,value,unit,qualifier,period,note,source');
    const netease = lines.find((l) => l.startsWith('netease,'));
    expect(netease).toContain('netease,NetEase,网易,Hangzhou,Video games,,80000000,CNY,atLeast,2020,');
    const zoland = lines.find((l) => l.startsWith('zoland,'));
    expect(zoland).toContain('Southeast Asia; Europe; The Americas');
  });

  it('writes the Chinese headers and labels', () => {
    const csv = exportersToCsv(official, 'zh', [], sourceName);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('编号,英文名称,中文名称,城市,行业,市场,数值,单位,限定,时期,说明,来源');
    expect(lines.find((l) => l.startsWith('netease,'))).toContain('网易,杭州,网络游戏,,80000000,CNY,atLeast,2020');
    expect(lines.find((l) => l.startsWith('zoland,'))).toContain('东南亚；欧洲；美洲');
  });

  it('writes the source names of official rows and the source text of imported ones', () => {
    const imported: ExporterRow = {
      id: 'x',
      origin: 'imported',
      name: { en: 'X' },
      markets: [],
      sourceIds: [],
      sourceText: '=team list',
      keyFigure: { value: 5, unit: 'count', qualifier: 'exact', period: { kind: 'range', from: 2019, to: 2020 } },
    };
    const csv = exportersToCsv([official[0] as ExporterRow, imported], 'en', [], (id) => `S:${id}`);
    // Quoted: a semicolon is one of the delimiters the reader detects.
    expect(csv).toContain(',"S:article; S:zjgrrb"\r\n');
    expect(csv).toContain("x,X,,,,,5,count,exact,2019-2020,,'=team list\r\n");
  });

  it('adds a synthetic column only when a row is synthetic, and it survives the round trip', () => {
    const synthetic: ExporterRow = {
      id: 's1',
      origin: 'imported',
      synthetic: true,
      name: { en: 'S' },
      markets: [],
      sourceIds: [],
    };
    expect(exportersToCsv(official, 'en', [], sourceName)).not.toContain('synthetic');
    const csv = exportersToCsv([synthetic], 'en', [], sourceName);
    expect(csv.split('\r\n')[0]).toMatch(/,synthetic$/);
    expect(importText(csv).accepted[0]?.synthetic).toBe(true);
  });
});

describe('export → import round trip of the official exporters', () => {
  it.each(['en', 'zh'] as const)('gives back the same rows in %s', (lang) => {
    const csv = exportersToCsv(official, lang, [['source', 'test']], sourceName);
    const result = importText(csv, `exporters-${lang}.csv`);
    expect(result.error).toBeUndefined();
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.format).toBe('csv');
    expect(result.total).toBe(official.length);
    expect(result.accepted.map((r) => comparable(r, lang))).toEqual(official.map((r) => comparable(r, lang)));
    expect(result.accepted.map((r) => r.id)).toEqual(official.map((r) => r.id));
    for (const row of result.accepted) {
      expect(row.origin).toBe('imported');
      expect(row.importedFrom).toBe(`exporters-${lang}.csv`);
      expect(row.sourceIds).toEqual([]);
      expect(row.sourceText).toBeTruthy();
    }
  });

  it('keeps a key figure with a year, a range and an "at least" qualifier', () => {
    const result = importText(exportersToCsv(official, 'en', [], sourceName));
    const netease = result.accepted.find((r) => r.id === 'netease');
    expect(netease?.keyFigure).toEqual({
      value: 80_000_000,
      unit: 'CNY',
      qualifier: 'atLeast',
      period: { kind: 'year', year: 2020 },
    });
  });
});

describe('what the screen shows beside a key figure: its period and note', () => {
  const csvLine = (lang: 'en' | 'zh', id: string) =>
    exportersToCsv(official, lang, [], sourceName)
      .split('\r\n')
      .find((l) => l.startsWith(`${id},`));

  it('writes Zoland’s cumulative period and its caveat, in English and in Chinese', () => {
    expect(csvLine('en', 'zoland')).toContain(
      ',8000,hours,atLeast,cumulative to 2018-05,"Cumulative up to May 2018, not annual.",',
    );
    expect(csvLine('zh', 'zoland')).toContain(
      ',8000,hours,atLeast,截至2018-05累计,截至2018年5月的累计值，并非年度数据。,',
    );
  });

  it('writes what the Chinese reports say of NetEase’s period, in the language of the file', () => {
    expect(csvLine('en', 'netease')).toContain(
      ',80000000,CNY,atLeast,2020,"The Chinese reports say this covers 2019–2020 combined, not 2020 alone.",',
    );
    expect(csvLine('zh', 'netease')).toContain(
      ',80000000,CNY,atLeast,2020,中文报道称该金额为2019~2020年合计，并非仅2020年。,',
    );
  });

  it('takes the Chinese reports’ words from the discrepancy when the clarified figure has no note of its own', () => {
    const data = structuredClone(validateDataset(dataset));
    const games = data.figures.find((f) => f.id === 'netease-games');
    if (!games) throw new Error('no netease-games');
    delete games.note;
    const row = officialExporterRows(data).find((r) => r.id === 'netease');
    expect(row?.note).toEqual({
      en: 'The Chinese reports: Over 80 million yuan for 2019 and 2020 combined.',
      zh: '中文报道：“2019~2020年出口额达8000万元以上”。',
    });
  });

  it('imports them back onto the row: the period as the dataset has it, the note as the file words it', () => {
    for (const lang of ['en', 'zh'] as const) {
      const back = importText(exportersToCsv(official, lang, [], sourceName)).accepted;
      const zoland = back.find((r) => r.id === 'zoland');
      expect(zoland?.keyFigure?.period).toEqual({ kind: 'cumulative', until: '2018-05' });
      expect(rowNote(zoland as ExporterRow, lang)).toBe(
        lang === 'en' ? 'Cumulative up to May 2018, not annual.' : '截至2018年5月的累计值，并非年度数据。',
      );
      const netease = back.find((r) => r.id === 'netease');
      expect(netease?.noteText).toBe(
        lang === 'en'
          ? 'The Chinese reports say this covers 2019–2020 combined, not 2020 alone.'
          : '中文报道称该金额为2019~2020年合计，并非仅2020年。',
      );
    }
  });
});

const EVERY_PERIOD: readonly [Period, string, string][] = [
  [{ kind: 'year', year: 2020 }, '2020', '2020'],
  [{ kind: 'range', from: 2019, to: 2020 }, '2019-2020', '2019-2020'],
  [{ kind: 'month', year: 2020, month: 11 }, '2020-11', '2020年11月'],
  [{ kind: 'month', year: 2021, month: 1 }, '2021-01', '2021年1月'],
  [{ kind: 'months', year: 2011, from: 1, to: 10 }, '2011-01 to 2011-10', '2011年1—10月'],
  [{ kind: 'annual' }, 'annual', '每年'],
  [{ kind: 'cumulative', until: '2018' }, 'cumulative to 2018', '截至2018累计'],
  [{ kind: 'cumulative', until: '2018-05' }, 'cumulative to 2018-05', '截至2018-05累计'],
  [{ kind: 'cumulative', until: '2021-02-25' }, 'cumulative to 2021-02-25', '截至2021-02-25累计'],
  [{ kind: 'announced', year: 2021 }, 'announced 2021', '2021年公布'],
];

describe('periods of every kind', () => {
  const rowWith = (period: Period, i: number): ExporterRow => ({
    id: `p${i}`,
    origin: 'imported',
    name: { en: `P${i}` },
    markets: [],
    sourceIds: [],
    keyFigure: { value: 1_000 + i, unit: 'count', qualifier: i % 2 ? 'atLeast' : 'exact', period },
    noteText: `Note ${i}, with "quotes"\nand a second line`,
  });
  const rows = EVERY_PERIOD.map(([period], i) => rowWith(period, i));

  it.each(['en', 'zh'] as const)('writes each in the %s form', (lang) => {
    const expected = EVERY_PERIOD.map(([, en, zh]) => (lang === 'en' ? en : zh));
    expect(EVERY_PERIOD.map(([period]) => periodCell(period, lang))).toEqual(expected);
    const lines = exportersToCsv(rows, lang, [], sourceName).split('\r\n');
    expected.forEach((cell, i) => expect(lines.find((l) => l.startsWith(`p${i},`))).toContain(`,${cell},`));
  });

  it.each(['en', 'zh'] as const)('export → import in %s gives back the same rows', (lang) => {
    const result = importText(exportersToCsv(rows, lang, [], sourceName));
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((r) => comparable(r, lang))).toEqual(rows.map((r) => comparable(r, lang)));
    expect(result.accepted.map((r) => r.noteText)).toEqual(rows.map((r) => r.noteText));
  });

  it('reads every form of either language under either set of headers', () => {
    for (const header of ['name_en,value,unit,period', '英文名称,数值,单位,时期']) {
      const lines = EVERY_PERIOD.flatMap(([, en, zh], i) => [`E${i},5,count,${en}`, `Z${i},5,count,${zh}`]);
      const result = importText([header, ...lines].join('\r\n'));
      expect(result.rejected).toEqual([]);
      expect(result.accepted.map((r) => r.keyFigure?.period)).toEqual(EVERY_PERIOD.flatMap(([p]) => [p, p]));
    }
  });

  it('reads the words the screen uses and Chinese dates too', () => {
    const cells = [
      ['per year', { kind: 'annual' }],
      ['Cumulative to 2018-05', { kind: 'cumulative', until: '2018-05' }],
      ['截至2018年5月累计', { kind: 'cumulative', until: '2018-05' }],
      ['截至2021年2月25日累计', { kind: 'cumulative', until: '2021-02-25' }],
      ['announced in 2021', { kind: 'announced', year: 2021 }],
      ['2021 年公布', { kind: 'announced', year: 2021 }],
      ['2020年', { kind: 'year', year: 2020 }],
      ['2019~2020年', { kind: 'range', from: 2019, to: 2020 }],
    ] as const;
    for (const [cell, period] of cells) expect(parsePeriodCell(cell)).toEqual(period);
  });

  it('reads the forms teams write in their own spreadsheets', () => {
    const year = (y: number): Period => ({ kind: 'year', year: y });
    const range = (from: number, to: number): Period => ({ kind: 'range', from, to });
    const month = (y: number, m: number): Period => ({ kind: 'month', year: y, month: m });
    const months = (y: number, from: number, to: number): Period => ({ kind: 'months', year: y, from, to });
    const cells: [string, Period][] = [
      ['2023年', year(2023)],
      ['2023 年', year(2023)],
      ['2023年度', year(2023)],
      ['２０２３年', year(2023)],
      ['2019~2020', range(2019, 2020)],
      ['2019～2020', range(2019, 2020)],
      ['2019—2020', range(2019, 2020)],
      ['2019–2020', range(2019, 2020)],
      ['2019至2020', range(2019, 2020)],
      ['2019-2020年', range(2019, 2020)],
      ['2019年-2020年', range(2019, 2020)],
      ['2019 - 2020', range(2019, 2020)],
      ['2019-2020年度', range(2019, 2020)],
      ['2023年1-6月', months(2023, 1, 6)],
      ['2023年1—6月', months(2023, 1, 6)],
      ['2023年1～6月', months(2023, 1, 6)],
      ['2023年1月-6月', months(2023, 1, 6)],
      ['2023年1月至6月', months(2023, 1, 6)],
      ['2023年1-6月份', months(2023, 1, 6)],
      ['2023.1-6', months(2023, 1, 6)],
      ['2023.01-06', months(2023, 1, 6)],
      ['2023/1-6', months(2023, 1, 6)],
      ['2023.1-2023.6', months(2023, 1, 6)],
      ['2023年1月-2023年6月', months(2023, 1, 6)],
      ['2023-01-2023-06', months(2023, 1, 6)],
      ['2023年上半年', months(2023, 1, 6)],
      ['2023下半年', months(2023, 7, 12)],
      ['2023 H1', months(2023, 1, 6)],
      ['H2 2023', months(2023, 7, 12)],
      ['2023年一季度', months(2023, 1, 3)],
      ['2023年第二季度', months(2023, 4, 6)],
      ['2023年第4季度', months(2023, 10, 12)],
      ['2023年前三季度', months(2023, 1, 9)],
      ['2023年1-3季度', months(2023, 1, 9)],
      ['2023Q3', months(2023, 7, 9)],
      ['2023 q4', months(2023, 10, 12)],
      ['Q1 2023', months(2023, 1, 3)],
      ['2023年6月', month(2023, 6)],
      ['2023年6月份', month(2023, 6)],
      ['2023/06', month(2023, 6)],
      ['2023.06', month(2023, 6)],
      ['2023.6', month(2023, 6)],
      ['２０２３／０６', month(2023, 6)],
    ];
    for (const [cell, period] of cells) expect(parsePeriodCell(cell), cell).toEqual(period);
    for (const cell of [
      '2023-1-6',
      '2023.6-1',
      '2023年6-1月',
      '2022年7月-2023年6月',
      '2022.7-2023.6',
      '2023年第五季度',
      '2023 Q5',
      '2023 H3',
      '2023年1-13月',
      '1-6月',
      '上半年',
    ]) {
      expect(parsePeriodCell(cell), cell).toBeUndefined();
    }
  });

  it('round-trips any period of the kinds the dataset has, in both languages', () => {
    const year = fc.integer({ min: 1949, max: 2100 });
    const month = fc.integer({ min: 1, max: 12 });
    const until = fc.oneof(
      year.map(String),
      fc.tuple(year, month).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(year, month, fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const period: fc.Arbitrary<Period> = fc.oneof(
      year.map((y): Period => ({ kind: 'year', year: y })),
      fc.tuple(year, year).map(([a, b]): Period => ({ kind: 'range', from: Math.min(a, b), to: Math.max(a, b) })),
      fc.tuple(year, month).map(([y, m]): Period => ({ kind: 'month', year: y, month: m })),
      fc
        .tuple(year, month, month)
        .map(([y, a, b]): Period => ({ kind: 'months', year: y, from: Math.min(a, b), to: Math.max(a, b) })),
      fc.constant<Period>({ kind: 'annual' }),
      until.map((u): Period => ({ kind: 'cumulative', until: u })),
      year.map((y): Period => ({ kind: 'announced', year: y })),
    );
    fc.assert(
      fc.property(period, fc.constantFrom('en', 'zh' as const), (p, lang) => {
        expect(parsePeriodCell(periodCell(p, lang))).toEqual(p);
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });

  it.each([
    ['cumulative to 2018-13'],
    ['cumulative to 2021-02-30'],
    ['cumulative to soon'],
    ['cumulative'],
    ['截至累计'],
    ['截至2018年13月累计'],
    ['announced soon'],
    ['announced 1800'],
    ['2020-13'],
    ['2020-00'],
    ['2020年13月'],
    ['2020-2019'],
    ['2011-10 to 2011-01'],
    ['2011-01 to 2012-03'],
    ['2011年10—1月'],
    ['2023-1-6'],
    ['2022年7月-2023年6月'],
    ['2023年第五季度'],
    ['every year or so'],
    ['1800'],
  ])('rejects %j as a bad period, naming the column as the file does', (cell) => {
    expect(importText(`name_en,value,unit,period\r\nA,5,count,${cell}\r\n`).rejected).toEqual([
      { line: 2, reason: 'bad-period', column: 'period', value: cell },
    ]);
    expect(importText(`中文名称,数值,单位,时期\r\n甲,5,count,${cell}\r\n`).rejected).toEqual([
      { line: 2, reason: 'bad-period', column: '时期', value: cell },
    ]);
  });
});

describe('the note column', () => {
  it('keeps the note of an imported row, under either header, in CSV and JSON', () => {
    expect(importText('name_en,note\r\nA,"Covers 2019, 2020"\r\n').accepted[0]?.noteText).toBe('Covers 2019, 2020');
    expect(importText('中文名称,说明\r\n甲,为两年合计。\r\n').accepted[0]?.noteText).toBe('为两年合计。');
    expect(importText(JSON.stringify([{ name_en: 'A', 说明: 'x' }]), 'a.json').accepted[0]?.noteText).toBe('x');
    expect(importText('name_en,note\r\nA,\r\n').accepted[0]).not.toHaveProperty('noteText');
  });

  it('writes a formula-like note guarded and reads it back as written', () => {
    const row: ExporterRow = {
      id: 'f',
      origin: 'imported',
      name: { en: 'F' },
      markets: [],
      sourceIds: [],
      noteText: '=1+1',
    };
    const csv = exportersToCsv([row], 'en', [], sourceName);
    expect(csv).toContain(",'=1+1,");
    expect(importText(csv).accepted[0]?.noteText).toBe('=1+1');
  });
});

describe('decoding', () => {
  const table = 'name_zh,city\r\n网易,杭州\r\n';
  const expectNetEase = (result: ImportResult) => {
    expect(result.accepted).toHaveLength(1);
    expect(result.accepted[0]?.name).toEqual({ en: '网易', zh: '网易', zhOrigin: 'source' });
    expect(result.accepted[0]?.city?.key).toBe('hangzhou');
  };

  it('reads GBK, as Excel saves CSV on a Chinese Windows', () => {
    const gbk = new Uint8Array([
      ...utf8('name_zh,city\r\n'),
      ...[0xcd, 0xf8, 0xd2, 0xd7], // 网易
      ...utf8(','),
      ...[0xba, 0xbc, 0xd6, 0xdd], // 杭州
      ...utf8('\r\n'),
    ]);
    expect(new TextDecoder('gbk').decode(gbk)).toBe(table);
    const result = parseExporterFile(gbk, 'gbk.csv', known);
    expect(result.encoding).toBe('gbk');
    expectNetEase(result);
  });

  it('reads a whole Chinese file in GBK, headers included', () => {
    const encode = gbkEncoder();
    const text = exportersToCsv(official, 'zh', [['来源', '浙江文化出口']], sourceName).slice(1);
    const bytes = encode(text);
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
    const result = parseExporterFile(bytes, '出口企业.csv', known);
    expect(result.encoding).toBe('gbk');
    expect(result.accepted.map((r) => comparable(r, 'zh'))).toEqual(official.map((r) => comparable(r, 'zh')));
  });

  it('reads UTF-8 with and without a BOM', () => {
    const withBom = parseExporterFile(utf8('\uFEFF' + table), 'a.csv', known);
    const without = parseExporterFile(utf8(table), 'a.csv', known);
    expect(withBom.encoding).toBe('utf-8');
    expect(without.encoding).toBe('utf-8');
    expectNetEase(withBom);
    expectNetEase(without);
  });

  it('reads UTF-16 LE and BE with their BOM (Excel "Unicode text" is UTF-16 TSV)', () => {
    for (const endian of ['le', 'be'] as const) {
      const result = parseExporterFile(utf16('name_zh\tcity\r\n网易\t杭州\r\n', endian), 'a.txt', known);
      expect(result.encoding).toBe('utf-16');
      expect(result.format).toBe('tsv');
      expectNetEase(result);
    }
  });

  it('reads LF and CR line endings as well as CRLF', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const result = importText(['name_en,value,unit', 'A,1,CNY', 'B,2,USD', ''].join(eol));
      expect(result.accepted.map((r) => r.keyFigure?.value)).toEqual([1, 2]);
    }
  });
});

describe('rows', () => {
  it('numbers rows after quoted line breaks by their physical line', () => {
    const text = [
      '# source: team', // 1
      'name_en,markets,value,unit', // 2
      '"Multi', // 3
      'line, name",Europe,1,CNY', // 4
      '', // 5
      'Next,"Asia;', // 6
      'Africa",oops,CNY', // 7
      'Last,,,', // 8
      '',
    ].join('\r\n');
    const result = importText(text);
    expect(result.total).toBe(3);
    expect(result.accepted.map((r) => r.name.en)).toEqual(['Multi\r\nline, name', 'Last']);
    expect(result.accepted[1]?.id).toBe('imported-team-csv-8');
    expect(result.rejected).toEqual([{ line: 6, reason: 'bad-value', column: 'value', value: 'oops' }]);
  });

  it('rejects bad rows with their line, reason, column and value', () => {
    const text = [
      'id,name_en,name_zh,value,unit,qualifier,period', // 1
      'a,Good,好,100,元,以上,2019~2020', // 2
      'b,,,5,count,,', // 3 missing-name
      'c,C,,12x,CNY,,', // 4 bad-value
      'd,D,,-5,USD,,', // 5 bad-value (negative money)
      'e,E,,5,furlongs,,', // 6 bad-unit
      'f,F,,5,,,', // 7 value-without-unit
      'g,G,,5,CNY,maybe,', // 8 bad-qualifier
      'h,H,,5,CNY,,2020-13', // 9 bad-period (no such month)
      'i,I,,5,CNY,,2021-2019', // 10 bad-period (backwards)
      'j,J,,5,CNY,,,extra', // 11 too-many-cells
      'a,Again,,,,,', // 12 duplicate-id
      'k,K,,-3.5,percent,exact,2020', // 13 fine: a negative percentage
      `l,${'x'.repeat(100)},,${'9'.repeat(100)}z,CNY,,`, // 14 bad-value, clipped
    ].join('\n');
    const result = importText(text);
    expect(result.total).toBe(13);
    expect(result.accepted.map((r) => r.id)).toEqual(['a', 'k']);
    expect(result.accepted[0]?.keyFigure).toEqual({
      value: 100,
      unit: 'CNY',
      qualifier: 'atLeast',
      period: { kind: 'range', from: 2019, to: 2020 },
    });
    expect(result.rejected).toEqual([
      { line: 3, reason: 'missing-name' },
      { line: 4, reason: 'bad-value', column: 'value', value: '12x' },
      { line: 5, reason: 'bad-value', column: 'value', value: '-5' },
      { line: 6, reason: 'bad-unit', column: 'unit', value: 'furlongs' },
      { line: 7, reason: 'value-without-unit', column: 'value', value: '5' },
      { line: 8, reason: 'bad-qualifier', column: 'qualifier', value: 'maybe' },
      { line: 9, reason: 'bad-period', column: 'period', value: '2020-13' },
      { line: 10, reason: 'bad-period', column: 'period', value: '2021-2019' },
      { line: 11, reason: 'too-many-cells', value: 'extra' },
      { line: 12, reason: 'duplicate-id', column: 'id', value: 'a' },
      { line: 14, reason: 'bad-value', column: 'value', value: `${'9'.repeat(80)}` },
    ]);
  });

  it('names the column as the file does, in Chinese too', () => {
    const result = importText('中文名称,数值,单位\r\n网易,很多,元\r\n');
    expect(result.rejected).toEqual([{ line: 2, reason: 'bad-value', column: '数值', value: '很多' }]);
  });

  it('matches headers whatever their case and spaces, and keeps unknown columns as extra columns', () => {
    const result = importText(' Name_EN , CITY,Contact,,Sector \r\nNetEase,杭州,x,,Video games\r\n');
    expect(result.warnings).toEqual([{ kind: 'kept-column', column: 'Contact' }]);
    expect(result.accepted[0]?.extra).toEqual([{ label: 'Contact', value: 'x' }]);
    expect(result.accepted[0]?.city?.key).toBe('hangzhou');
    expect(result.accepted[0]?.sector?.key).toBe('video-games');
  });

  it('maps known labels in either language to the dataset facet, and makes new ones for others', () => {
    const result = importText('name_en,city,markets\r\nA,Hangzhou,北美；Mars、north america; Europe\r\nB,温州,\r\n');
    const [a, b] = result.accepted;
    expect(a?.city).toEqual(known.cities.find((c) => c.key === 'hangzhou'));
    expect(a?.markets.map((m) => m.key)).toEqual(['north-america', 'mars', 'europe']);
    expect(b?.city).toEqual({ key: '温州', label: { en: '温州', zh: '温州' } });
  });

  it('gives labels that differ only in spelling one facet', () => {
    const result = importText('name_en,city\r\nA,Ning-bo\r\nB,ning bo\r\nC,NING BO\r\n');
    const cities = result.accepted.map((r) => r.city);
    expect(cities.map((c) => c?.key)).toEqual(['ning-bo', 'ning-bo', 'ning-bo']);
    expect(new Set(cities).size).toBe(1);
  });

  it('reports a duplicate id even when the first row with it was rejected', () => {
    const result = importText('id,name_en,value\r\nx,,\r\nx,B,\r\ny,C,1,extra\r\ny,D,\r\n');
    expect(result.rejected).toEqual([
      { line: 2, reason: 'missing-name' },
      { line: 3, reason: 'duplicate-id', column: 'id', value: 'x' },
      { line: 4, reason: 'too-many-cells', value: 'extra' },
      { line: 5, reason: 'duplicate-id', column: 'id', value: 'y' },
    ]);
  });

  it('undoes the formula guard and trims cells', () => {
    const result = importText("name_en,source\r\n  '=Exporter  ,'+86 report\r\n");
    expect(result.accepted[0]?.name).toEqual({ en: '=Exporter' });
    expect(result.accepted[0]?.sourceText).toBe('+86 report');
  });

  it('reads the names: Chinese only gives the Chinese as the English too', () => {
    const result = importText('name_en,name_zh\r\n,网易\r\nNetEase,\r\n');
    expect(result.accepted.map((r) => r.name)).toEqual([
      { en: '网易', zh: '网易', zhOrigin: 'source' },
      { en: 'NetEase' },
    ]);
  });

  it('skips blank lines and rows of empty cells, which do not count', () => {
    const result = importText('name_en,value\r\n\r\n,,\r\nA,\r\n   ,  \r\n');
    expect(result.total).toBe(1);
    expect(result.accepted).toHaveLength(1);
  });

  it('reads thousands separators and exponents, but not words', () => {
    const result = importText(
      'name_en,value,unit\r\nA,"80,000,000",CNY\r\nB,1.5e9,USD\r\nC,Infinity,CNY\r\nD,0x10,CNY\r\n',
    );
    expect(result.accepted.map((r) => r.keyFigure?.value)).toEqual([80_000_000, 1.5e9]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['bad-value', 'bad-value']);
  });
});

describe('JSON', () => {
  it('accepts an array of objects keyed by column keys or headers; line is the position', () => {
    const json = JSON.stringify([
      { name_en: 'A', value: 5, unit: 'CNY', markets: ['Europe', '北美'], period: 2020 },
      { 中文名称: '网易', 城市: '杭州', 备注: 'x' },
      { value: 'x' },
      42,
      { Name_En: 'B', value: 'many', unit: 'USD' },
    ]);
    const result = importText(`  ${json}`, 'team.json');
    expect(result.format).toBe('json');
    expect(result.encoding).toBe('json');
    expect(result.total).toBe(5);
    expect(result.accepted.map((r) => r.name.en)).toEqual(['A', '网易']);
    expect(result.accepted[0]?.keyFigure).toEqual({
      value: 5,
      unit: 'CNY',
      qualifier: 'exact',
      period: { kind: 'year', year: 2020 },
    });
    expect(result.accepted[0]?.markets.map((m) => m.key)).toEqual(['europe', 'north-america']);
    expect(result.accepted[1]?.city?.key).toBe('hangzhou');
    expect(result.rejected).toEqual([
      { line: 3, reason: 'missing-name' },
      { line: 4, reason: 'missing-name', value: '42' },
      { line: 5, reason: 'bad-value', column: 'value', value: 'many' },
    ]);
    expect(result.warnings).toEqual([{ kind: 'unknown-column', column: '备注' }]);
  });

  it('does not throw on values nested deeper than the stack', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const result = importText(`[{"name_en":"A","source":${deep}}, ${deep}]`, 'deep.json');
    expectInvariant(result);
  });

  it.each([
    ['an object', '{"name_en":"A"}', 'a.json', 'json-not-array'],
    ['a number', '42', 'a.json', 'json-not-array'],
    ['a string', '"exporters"', 'a.json', 'json-not-array'],
    ['invalid JSON', '[{"name_en": "A",', 'a.csv', 'bad-json'],
    ['an empty array', '[]', 'a.json', 'empty'],
  ])('rejects %s as a whole file', (_what, text, fileName, error) => {
    const result = importText(text, fileName);
    expect(result.error).toBe(error);
    expect(result.accepted).toEqual([]);
    expectInvariant(result);
  });
});

describe('whole-file errors', () => {
  it.each([
    ['no bytes', '', 'empty'],
    ['only blank lines', '\r\n  \r\n', 'empty'],
    ['only meta', '# source: x\r\n', 'empty'],
    ['a header and no rows', 'name_en,value\r\n', 'empty'],
    ['prose', 'Dear team, please find the list attached.\nThanks', 'no-name-column'],
    ['one unnamed column', 'hello\nworld\n', 'not-a-table'],
    ['a table without a name column', 'id,value\r\n1,2\r\n', 'no-name-column'],
  ])('gives an error for %s', (_what, text, error) => {
    const result = importText(text);
    expect(result.error).toBe(error);
    expectInvariant(result);
  });

  it('calls binary junk not a table', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(parseExporterFile(png, 'photo.csv', known).error).toBe('not-a-table');
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
    expect(parseExporterFile(xlsx, 'list.xlsx', known).error).toBe('not-a-table');
  });
});

describe('properties', () => {
  const bytes = fc.uint8Array({ maxLength: 600 });

  it('never throws on random bytes and keeps accepted + rejected = total', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.csv', 'a.json', 'a.txt'), (data, name) => {
        expectInvariant(parseExporterFile(data, name, known));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes after a valid header', () => {
    const header = utf8('id,name_en,name_zh,value,unit,qualifier,period,markets\r\n');
    fc.assert(
      fc.property(bytes, (data) => {
        const result = parseExporterFile(new Uint8Array([...header, ...data]), 'a.csv', known);
        expectInvariant(result);
      }),
      { numRuns: 500 },
    );
  });

  type Kind = 'good' | 'good-zh' | 'blank' | RejectReason;
  const kinds: Kind[] = [
    'good',
    'good-zh',
    'blank',
    'missing-name',
    'bad-value',
    'bad-unit',
    'bad-qualifier',
    'bad-period',
    'value-without-unit',
    'too-many-cells',
    'duplicate-id',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom('\r\n', '\n', '\r', ',', '"', '=', ' ', '；', '中'), fc.string({ maxLength: 3 })), {
      maxLength: 5,
    })
    .map((parts) => parts.join(''));
  const spec = fc.record({ kind: fc.constantFrom(...kinds), name: text, withId: fc.boolean() });

  // header: id, name_en, name_zh, value, unit, qualifier, period, markets
  function cellsFor(kind: Kind, name: string, id: string): string[] {
    const row = [id, `N${name}`, '', '100', 'CNY', 'atLeast', '2019-2020', `Europe；${name}`];
    const set = (i: number, v: string) => {
      row[i] = v;
    };
    switch (kind) {
      case 'good':
        break;
      case 'good-zh':
        [1, 3, 4, 5, 6].forEach((i) => set(i, ''));
        set(2, `中${name}`);
        break;
      case 'blank':
        return row.map(() => '');
      case 'missing-name':
        set(1, '');
        break;
      case 'bad-value':
        set(3, `x${name}`);
        break;
      case 'bad-unit':
        set(4, 'furlongs');
        break;
      case 'bad-qualifier':
        set(5, 'roughly');
        break;
      case 'bad-period':
        set(6, '20x0');
        break;
      case 'value-without-unit':
        set(4, '');
        break;
      case 'too-many-cells':
        return [...row, 'extra'];
      case 'duplicate-id':
        set(0, 'first');
        break;
    }
    return row;
  }

  it('accepts the good rows and rejects each bad one at its own line with its reason', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
        const meta: [string, string][] = [['source', 'property test']];
        const header = ['id', 'name_en', 'name_zh', 'value', 'unit', 'qualifier', 'period', 'markets'];
        const rows = [
          cellsFor('good', 'first', 'first'),
          ...specs.map((s, i) => cellsFor(s.kind, s.name, s.withId ? `r${i}` : '')),
        ];
        const kindsOfRows: Kind[] = ['good', ...specs.map((s) => s.kind)];
        const result = importText(toCsv({ meta, header, rows }));

        const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
        let line = 1 + meta.length + 1;
        const expectedRejects = new Map<number, Kind>();
        let expectedTotal = 0;
        rows.forEach((cells, i) => {
          const kind = kindsOfRows[i] ?? 'good';
          if (kind !== 'blank') expectedTotal++;
          if (kind !== 'good' && kind !== 'good-zh' && kind !== 'blank') expectedRejects.set(line, kind);
          line += 1 + cells.reduce((n, c) => n + breaks(c), 0);
        });

        expect(result.error).toBeUndefined();
        expect(result.total).toBe(expectedTotal);
        expect(result.accepted.length + result.rejected.length).toBe(result.total);
        expect(new Map(result.rejected.map((r) => [r.line, r.reason]))).toEqual(expectedRejects);
        expect(result.accepted.every((r) => r.markets.some((m) => m.key === 'europe') || r.markets.length === 0)).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('openImport', () => {
  it('reads on the main thread where there is no Worker, previews with a guessed map, and reports progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const file = new File([exportersToCsv(official, 'en', [], sourceName)], 'exporters.csv', { type: 'text/csv' });
    const fractions: number[] = [];
    const session = openImport(await fileSource(file), known, (f) => fractions.push(f));
    const opened = await session.opened;
    if (opened.kind !== 'preview') throw new Error('expected a preview');
    const plan = opened.preview.sheets[0]?.plan;
    if (!plan) throw new Error('no sheet in the preview');
    expect(plan.headerRow).toBe(0);
    expect(plan.roles.slice(0, 3)).toEqual(['id', 'name_en', 'name_zh']);
    const result = await session.run(0, plan);
    expect(result.accepted).toHaveLength(official.length);
    expect(fractions.at(-1)).toBe(1);
  });

  it('gives a JSON file its result at once, with no map to confirm', async () => {
    const file = new File(['[{"name_en":"A"}]'], 'a.json');
    const opened = await openImport(await fileSource(file), known, () => undefined).opened;
    expect(opened.kind === 'done' && opened.result.accepted.map((r) => r.name.en)).toEqual(['A']);
  });

  it('can be cancelled before it starts', async () => {
    const file = new File(['name_en\r\nA\r\n'], 'a.csv');
    const controller = new AbortController();
    controller.abort();
    await expect(fileSource(file, controller.signal)).rejects.toThrow(/cancelled/);
  });
});

describe('knownFacets', () => {
  it('collects the official cities, sectors and markets once each', () => {
    const cities = new Set(official.flatMap((r) => (r.city ? [r.city.key] : [])));
    expect(known.cities.map((c) => c.key).sort()).toEqual([...cities].sort());
    expect(cities).toContain('hangzhou');
    expect(known.sectors.map((s) => s.key)).toContain('video-games');
    expect(known.markets.map((m) => m.key)).toContain('north-america');
    expect(new Set(known.markets.map((m) => m.key)).size).toBe(known.markets.length);
    const imported: ExporterRow = {
      id: 'i',
      origin: 'imported',
      name: { en: 'I' },
      city: { key: 'mars', label: { en: 'Mars', zh: 'Mars' } },
      markets: [],
      sourceIds: [],
    };
    expect(knownFacets([imported]).cities).toEqual([]);
  });
});
