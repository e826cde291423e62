import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type ImportSource, type ReadOutcome } from '../../src/api/import-engine';
import { knownFacets } from '../../src/domain/exporter-file/facets';
import { parseExporterFile, type ImportResult } from '../../src/domain/exporter-file/import';
import { parsePeriodCell } from '../../src/domain/exporter-file/period-read';
import { MAX_ROWS } from '../../src/domain/exporter-file/sheet';
import type { ImportPlan } from '../../src/domain/exporter-file/table-import';
import { MAX_UNZIPPED_BYTES, declaredUnzippedSize } from '../../src/domain/exporter-file/workbook';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { officialExporterRows, type ExporterRow } from '../../src/domain/exporter-rows';
import { exportersToCsv } from '../../src/domain/exporter-file/export';
import { exportersToXlsx } from '../../src/domain/exporter-file/export-xlsx';

/*
 * Workbooks as teams keep them (a title row, Chinese headers, a 万元 column, a total row, a bad
 * row), in each format SheetJS writes, and the hostile ones: each gets its rows or a clear
 * whole-file error, never a throw.
 */

const known = knownFacets(officialExporterRows(validateDataset(dataset)));

type BookType = 'xlsx' | 'xlsm' | 'xls' | 'ods';

function workbook(sheets: Record<string, unknown[][]>, bookType: BookType = 'xlsx'): ArrayBuffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  const out = XLSX.write(book, { type: 'array', bookType: bookType === 'xls' ? 'biff8' : bookType }) as ArrayBuffer;
  return out;
}

const TEAM_SHEET: unknown[][] = [
  ['2023年重点文化出口企业名单'],
  [],
  ['序号', '企业名称', '所在城市', '行业', '2023年出口额（万元）', '备注'],
  [1, '网易', '杭州', '游戏', 8000, '自报数据'],
  [2, '华策影视', '杭州', '影视', '1.2亿', ''],
  [3, '宋城演艺', '杭州', '演艺', '很多', ''],
  [4, '中南卡通', '杭州', '动漫', '3,500万元以上', '含衍生品'],
  ['合计', '', '', '', 20000, ''],
];

async function read(bytes: ArrayBuffer | Uint8Array, fileName = 'list.xlsx') {
  const engine = createEngine();
  const buffer = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes;
  const source: ImportSource = { kind: 'file', bytes: buffer, fileName };
  const outcome: ReadOutcome = await engine.read(source, known, () => undefined);
  return { engine, outcome };
}

async function importFirstGuess(bytes: ArrayBuffer | Uint8Array, fileName?: string): Promise<ImportResult> {
  const { engine, outcome } = await read(bytes, fileName);
  if (outcome.kind === 'done') return outcome.result;
  const chosen = outcome.preview.chosen;
  return engine.run(chosen, planOf(outcome, chosen), known, () => undefined);
}

/** The map guessed for a sheet of a preview. */
function planOf(outcome: ReadOutcome, sheet: number): ImportPlan {
  const plan = outcome.kind === 'preview' ? outcome.preview.sheets[sheet]?.plan : undefined;
  if (!plan) throw new Error(`no preview of sheet ${sheet}`);
  return plan;
}

function expectAddsUp(result: ImportResult): void {
  expect(result.accepted.length + result.rejected.length + result.setApart.length).toBe(result.total);
}

describe('a team’s workbook', () => {
  it('skips the title, guesses the map from Chinese headers, scales 万元, sets the total apart and rejects the bad row', async () => {
    const { outcome } = await read(workbook({ 名单: TEAM_SHEET }));
    if (outcome.kind !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(outcome)}`);
    const sheet = outcome.preview.sheets[0];
    if (!sheet) throw new Error('no sheet in the preview');
    expect(sheet.plan.headerRow).toBe(2);
    expect(sheet.plan.roles).toEqual(['ignore', 'name_zh', 'city', 'sector', 'value', 'note']);
    expect(sheet.rows[0]).toEqual(['2023年重点文化出口企业名单']);

    const result = await importFirstGuess(workbook({ 名单: TEAM_SHEET }));
    expectAddsUp(result);
    expect(result.format).toBe('xlsx');
    expect(result.sheet).toBe('名单');
    expect(
      result.accepted.map((r) => [r.name.zh, r.keyFigure?.value, r.keyFigure?.unit, r.keyFigure?.qualifier]),
    ).toEqual([
      ['网易', 80_000_000, 'CNY', 'exact'],
      ['华策影视', 120_000_000, 'CNY', 'exact'],
      ['中南卡通', 35_000_000, 'CNY', 'atLeast'],
    ]);
    expect(result.accepted[0]?.city?.key).toBe('hangzhou');
    expect(result.accepted[0]?.noteText).toBe('自报数据');
    // Sheet row numbers, as Excel shows them: the header is row 3.
    expect(result.rejected).toEqual([{ line: 6, reason: 'bad-value', column: '2023年出口额（万元）', value: '很多' }]);
    expect(result.setApart).toEqual([{ line: 8, text: '合计 · 20000' }]);
  });

  it('imports the total row too when the user says so', async () => {
    const { engine, outcome } = await read(workbook({ 名单: TEAM_SHEET }));
    if (outcome.kind !== 'preview') throw new Error('expected a preview');
    const plan = { ...planOf(outcome, 0), includeTotals: true };
    const result = engine.run(0, plan, known, () => undefined);
    expectAddsUp(result);
    expect(result.setApart).toEqual([]);
    // 合计 stands in the 序号 column, which is ignored: the row has no name and says so.
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [6, 'bad-value'],
      [8, 'missing-name'],
    ]);
  });

  it('keeps a column the user marks to keep, under its header', async () => {
    const { engine, outcome } = await read(workbook({ 名单: TEAM_SHEET }));
    if (outcome.kind !== 'preview') throw new Error('expected a preview');
    const roles = planOf(outcome, 0).roles.map((r) => (r === 'sector' ? 'keep' : r));
    const result = engine.run(0, { ...planOf(outcome, 0), roles }, known, () => undefined);
    expect(result.warnings).toEqual([{ kind: 'kept-column', column: '行业' }]);
    expect(result.accepted[0]?.extra).toEqual([{ label: '行业', value: '游戏' }]);
    expect(result.accepted[0]?.sector).toBeUndefined();
  });

  it('chooses the first sheet with cells and previews every sheet', async () => {
    const { outcome } = await read(workbook({ 说明: [], 名单: TEAM_SHEET, 其他: [['name_en'], ['A']] }));
    if (outcome.kind !== 'preview') throw new Error('expected a preview');
    expect(outcome.preview.sheets.map((s) => s.name)).toEqual(['说明', '名单', '其他']);
    expect(outcome.preview.chosen).toBe(1);
    expect(outcome.preview.sheets[1]?.rowCount).toBe(TEAM_SHEET.length);
  });

  for (const bookType of ['xlsm', 'xls', 'ods'] as const) {
    it(`reads the same rows from .${bookType}`, async () => {
      const result = await importFirstGuess(workbook({ 名单: TEAM_SHEET }, bookType), `list.${bookType}`);
      expect(result.error).toBeUndefined();
      expect(result.format).toBe(bookType === 'ods' ? 'ods' : bookType === 'xls' ? 'xls' : 'xlsx');
      expect(result.accepted.map((r) => r.keyFigure?.value)).toEqual([80_000_000, 120_000_000, 35_000_000]);
    });
  }

  it('reads a formula cell’s computed value, never the formula', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['name_en', 'value', 'unit'],
      ['A', 0, 'CNY'],
    ]);
    ws.B2 = { t: 'n', v: 42, f: 'SUM(1,41)' };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'S');
    const result = await importFirstGuess(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(result.accepted[0]?.keyFigure?.value).toBe(42);
  });

  it('keeps a month Excel made a date of as the month', async () => {
    const ws = XLSX.utils.aoa_to_sheet(
      [
        ['name_en', 'value', 'unit', 'period'],
        ['A', 1, 'CNY', new Date(Date.UTC(2020, 10, 1))],
      ],
      {
        cellDates: true,
        dateNF: 'yyyy-mm',
      },
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'S');
    const result = await importFirstGuess(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(result.accepted[0]?.keyFigure?.period).toEqual(parsePeriodCell('2020-11'));
    expect(result.accepted[0]?.keyFigure?.period?.kind).toBe('month');
  });
});

describe('hostile workbooks', () => {
  it('refuses a zip whose parts would expand past the limit, unread', async () => {
    const bytes = new Uint8Array(workbook({ S: [['name_en'], ['A']] }));
    const view = new DataView(bytes.buffer);
    // Every central-directory entry now claims 200 MB.
    for (let i = 0; i + 46 <= bytes.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 200 * 2 ** 20, true);
    expect(declaredUnzippedSize(bytes)?.total).toBeGreaterThan(MAX_UNZIPPED_BYTES);
    const result = await importFirstGuess(bytes);
    expect(result.error).toBe('zip-too-large');
    expect(result.limit).toBe(MAX_UNZIPPED_BYTES);
  });

  it('calls a truncated or corrupt zip corrupt', async () => {
    const whole = new Uint8Array(workbook({ S: TEAM_SHEET }));
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 40]) {
      expect((await importFirstGuess(whole.slice(0, cut))).error).toBe('corrupt-workbook');
    }
    const scrambled = whole.slice();
    for (let i = 60; i < scrambled.length - 200; i += 7) scrambled[i] = (scrambled[i] ?? 0) ^ 0x5a;
    const result = await importFirstGuess(scrambled);
    expect(result.error === 'corrupt-workbook' || result.error === 'no-name-column' || result.error === 'empty').toBe(
      true,
    );
  });

  it('says a password-protected workbook is protected', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bytes = XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer;
    expect((await importFirstGuess(bytes)).error).toBe('password');
  });

  it('refuses a sheet that runs to row 1,048,576, naming the limit', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['name_en'], ['A']]);
    ws.A1048576 = { t: 's', v: 'last' };
    ws['!ref'] = 'A1:A1048576';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'S');
    const result = await importFirstGuess(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(result.error).toBe('too-many-rows');
    expect(result.limit).toBe(MAX_ROWS);
  });

  it('reads the longest cell Excel allows, and a cell of 1 MB in a text table, as one cell', async () => {
    const longest = '长'.repeat(32_767);
    const fromBook = await importFirstGuess(
      workbook({
        S: [
          ['name_en', 'note'],
          ['A', longest],
        ],
      }),
    );
    expect(fromBook.accepted[0]?.noteText).toBe(longest);
    const big = '长'.repeat(2 ** 20);
    const csv = new TextEncoder().encode(`name_en,note\r\nA,${big}\r\n`);
    const fromText = await importFirstGuess(csv, 'big-cell.csv');
    expect(fromText.accepted[0]?.noteText).toHaveLength(2 ** 20);
  });

  it('calls a renamed image not a table', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
    ]);
    expect((await importFirstGuess(png, 'list.xlsx')).error).toBe('not-a-table');
  });

  it('never throws on random bytes behind a zip or OLE signature', async () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let run = 0; run < 40; run++) {
      const sig = run % 2 === 0 ? [0x50, 0x4b, 0x03, 0x04] : [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
      const bytes = new Uint8Array(64 + (next() % 4096));
      bytes.set(sig);
      for (let i = sig.length; i < bytes.length; i++) bytes[i] = next() & 0xff;
      const result = await importFirstGuess(bytes);
      expect(result.error).toBeDefined();
      expectAddsUp(result);
    }
  });
});

describe('a list imported here, exported and imported again', () => {
  it('comes back with the same rows and its kept columns, as CSV and as Excel', async () => {
    const { engine, outcome } = await read(workbook({ 名单: TEAM_SHEET }));
    if (outcome.kind !== 'preview') throw new Error('expected a preview');
    const plan = planOf(outcome, 0);
    const roles = plan.roles.map((r) => (r === 'sector' ? 'keep' : r));
    const first = engine.run(0, { ...plan, roles }, known, () => undefined);
    expect(first.accepted[0]?.extra).toEqual([{ label: '行业', value: '游戏' }]);

    const csv = exportersToCsv(first.accepted, 'zh', [], (id) => id);
    const viaCsv = parseExporterFile(new TextEncoder().encode(csv), 'again.csv', known);
    const viaXlsx = await importFirstGuess(
      exportersToXlsx(first.accepted, 'zh', [], (id) => id),
      'again.xlsx',
    );
    for (const again of [viaCsv, viaXlsx]) {
      expect(again.rejected).toEqual([]);
      // The file name and the ids made up from it are the new import's own.
      const strip = (rows: ExporterRow[]) => rows.map((r) => ({ ...r, importedFrom: undefined, id: undefined }));
      expect(strip(again.accepted)).toEqual(strip(first.accepted));
    }
  });
});

describe('workbooks damaged at random', () => {
  it('never throws, and every read either fails whole or adds up, whatever bytes are changed', async () => {
    const good = new Uint8Array(workbook({ 名单: TEAM_SHEET }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.option(fc.nat({ max: good.length }), { nil: undefined }),
        async (changes, cut) => {
          const bytes = good.slice(0, cut ?? good.length);
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          const result = await importFirstGuess(bytes);
          expectAddsUp(result);
          if (result.error) expect(result.accepted).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
