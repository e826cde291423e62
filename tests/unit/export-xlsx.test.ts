import { describe, expect, it } from 'vitest';
import { CFB, read, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { parseCsv, unneutralise } from '../../src/domain/csv';
import { officialExporterRows, type ExporterRow } from '../../src/domain/exporter-rows';
import { exportersToCsv } from '../../src/domain/exporter-file/export';
import { exportersToXlsx, MAX_COLUMN_WIDTH, textWidth } from '../../src/domain/exporter-file/export-xlsx';
import { growthCharts } from '../../src/domain/chart-series';
import { chartCsvRows } from '../../src/domain/chart-text';
import { buildCatalog } from '../../src/domain/figures';
import { chartXlsx } from '../../src/components/chart-xlsx';

/*
 * The Excel files the exporters page and the charts download, read back as Excel would read
 * them: sheet by sheet, cell by cell, with the types the cells carry.
 */

const official = officialExporterRows(validateDataset(dataset));
const sourceName = (id: string) => dataset.sources.find((s) => s.id === id)?.publisher.en ?? id;

/** Rows a team might import: an id of digits, a month period, a cell that looks like a formula. */
const imported: ExporterRow[] = [
  {
    id: '0012',
    origin: 'imported',
    name: { en: 'Acme Culture', zh: '艾克美文化' },
    markets: [],
    sourceIds: [],
    sourceText: '=team list',
    keyFigure: { value: 1234.5, unit: 'CNY', qualifier: 'exact', period: { kind: 'month', year: 2020, month: 11 } },
  },
  {
    id: 'no-figure',
    origin: 'imported',
    name: { en: 'Quiet Co' },
    markets: [],
    sourceIds: [],
    noteText: 'x'.repeat(200),
  },
];
const rows = [...official.slice(0, 4), ...imported];

const TEXTS = {
  en: { sheet: 'Exporters', aboutSheet: 'About' },
  zh: { sheet: '出口企业', aboutSheet: '说明' },
} as const;
/** The about sheet: the page's metadata pairs, then the workbook's own line on units. */
const META = {
  en: [
    ['Dashboard', 'Zhejiang Culture Exports'],
    ['Filters', 'none'],
    ['Units', 'Each value is in the unit named in the unit column of its row.'],
  ],
  zh: [
    ['仪表板', '浙江文化出口'],
    ['筛选条件', '无'],
    ['单位', '各行数值的单位见该行的“单位”列。'],
  ],
} as const;

function workbook(lang: 'en' | 'zh', list: readonly ExporterRow[] = rows): { bytes: Uint8Array; wb: WorkBook } {
  const bytes = exportersToXlsx(list, lang, META[lang].slice(0, 2), sourceName);
  return { bytes, wb: read(bytes, { type: 'array', cellStyles: true }) };
}

function sheet(wb: WorkBook, index: number): WorkSheet {
  const ws = wb.Sheets[wb.SheetNames[index] ?? ''];
  if (!ws) throw new Error(`no sheet ${index}`);
  return ws;
}

/** The cells of a sheet as Excel's rows, an empty cell as ''. */
function values(ws: WorkSheet): unknown[][] {
  return utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '', raw: true });
}

/** The cell of a column (by header) in the row of an exporter (by id). */
function cellOf(ws: WorkSheet, id: string, header: string): CellObject | undefined {
  const grid = values(ws);
  const c = grid[0]?.indexOf(header) ?? -1;
  const r = grid.findIndex((row) => row[0] === id);
  if (c < 0 || r < 0) throw new Error(`no cell ${id}/${header}`);
  return ws[utils.encode_cell({ r, c })] as CellObject | undefined;
}

/** The CSV's header and rows (its `#` lines are meta, not records), formula guards undone. */
function csvCells(csv: string): string[][] {
  return parseCsv(csv).records.map((r) => r.cells.map(unneutralise));
}

/** The XML of the first sheet, straight from the file's zip. */
function firstSheetXml(bytes: Uint8Array): string {
  const container: unknown = CFB.read(bytes, { type: 'array' });
  const part = CFB.find(container, '/xl/worksheets/sheet1.xml') as { content: ArrayLike<number> } | null;
  if (!part) throw new Error('no sheet1.xml');
  return new TextDecoder().decode(Uint8Array.from(part.content));
}

describe('exportersToXlsx', () => {
  it.each(['en', 'zh'] as const)('names its two sheets in %s', (lang) => {
    expect(workbook(lang).wb.SheetNames).toEqual([TEXTS[lang].sheet, TEXTS[lang].aboutSheet]);
  });

  it.each(['en', 'zh'] as const)('has the CSV’s header row in %s, then one row per exporter', (lang) => {
    const grid = values(sheet(workbook(lang).wb, 0));
    const csvHeader = csvCells(exportersToCsv(rows, lang, [], sourceName))[0];
    expect(grid[0]).toEqual(csvHeader);
    expect(grid.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
  });

  it('writes the English header the import reads', () => {
    expect(values(sheet(workbook('en').wb, 0))[0]).toEqual([
      'id',
      'name_en',
      'name_zh',
      'city',
      'sector',
      'markets',
      'value',
      'unit',
      'qualifier',
      'period',
      'note',
      'source',
    ]);
  });

  it('writes values as number cells and ids, periods and formula-like text as text cells', () => {
    const ws = sheet(workbook('en').wb, 0);
    expect(cellOf(ws, 'netease', 'value')).toMatchObject({ t: 'n', v: 80_000_000 });
    expect(cellOf(ws, '0012', 'value')).toMatchObject({ t: 'n', v: 1234.5 });
    // A month is not turned into a date, a year or an id of digits into a number.
    expect(cellOf(ws, '0012', 'period')).toMatchObject({ t: 's', v: '2020-11' });
    expect(cellOf(ws, 'netease', 'period')).toMatchObject({ t: 's', v: '2020' });
    expect(cellOf(ws, '0012', 'id')).toMatchObject({ t: 's', v: '0012' });
    // Text, not a formula, and without the CSV's apostrophe guard.
    const source = cellOf(ws, '0012', 'source');
    expect(source).toMatchObject({ t: 's', v: '=team list' });
    expect(source?.f).toBeUndefined();
    // No key figure: no value.
    expect(cellOf(ws, 'no-figure', 'value')).toBeUndefined();
  });

  it('keeps the Chinese names and labels intact', () => {
    const ws = sheet(workbook('zh').wb, 0);
    expect(cellOf(ws, 'netease', '中文名称')?.v).toBe('网易');
    expect(cellOf(ws, 'netease', '城市')?.v).toBe('杭州');
    expect(cellOf(ws, 'netease', '行业')?.v).toBe('网络游戏');
    expect(cellOf(ws, 'zoland', '市场')?.v).toBe('东南亚；欧洲；美洲');
    expect(cellOf(ws, '0012', '时期')?.v).toBe('2020年11月');
    expect(cellOf(ws, '0012', '中文名称')?.v).toBe('艾克美文化');
  });

  it('puts filter buttons over the header and every row, and freezes the header row', () => {
    const { bytes, wb } = workbook('en');
    const ws = sheet(wb, 0);
    // 12 columns (A to L); the header and six rows.
    expect(ws['!autofilter']).toEqual({ ref: `A1:L${rows.length + 1}` });
    const xml = firstSheetXml(bytes);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml.match(/<sheetViews>/g)).toHaveLength(1);
  });

  it('sizes each column to its longest text, wide characters counted twice, up to a cap', () => {
    const { wb } = workbook('zh');
    const ws = sheet(wb, 0);
    const cols = ws['!cols'] ?? [];
    const header = values(ws)[0] as string[];
    expect(cols).toHaveLength(header.length);
    const widthOf = (name: string) => cols[header.indexOf(name)]?.wch;
    // 浙江出版联合集团, the longest Chinese name: eight characters, sixteen widths.
    expect(widthOf('中文名称')).toBe(16);
    // zhejiang-publishing: 19 widths; the header 编号 is 4, plus 2 for its filter button.
    expect(widthOf('编号')).toBe(19);
    // 单位 (4 + 2) is wider than CNY.
    expect(widthOf('单位')).toBe(6);
    // A 200-character note is cut to the cap.
    expect(widthOf('说明')).toBe(MAX_COLUMN_WIDTH);
    expect(textWidth('网易 NetEase')).toBe(12);
  });

  it.each(['en', 'zh'] as const)('writes where the rows came from on the %s about sheet', (lang) => {
    const about = sheet(workbook(lang).wb, 1);
    expect(values(about)).toEqual(META[lang]);
    expect(about['A1']?.t).toBe('s');
  });

  it.each(['en', 'zh'] as const)('holds exactly the cells of the CSV of the same rows (%s)', (lang) => {
    const list = [...official, ...imported];
    const csv = csvCells(exportersToCsv(list, lang, [['source', 'test']], sourceName));
    const grid = values(sheet(workbook(lang, list).wb, 0)).map((row) => row.map(String));
    expect(grid).toEqual(csv);
  });

  it('adds the synthetic column only when a row is synthetic, as the CSV does', () => {
    const synthetic: ExporterRow = {
      id: 's1',
      origin: 'imported',
      synthetic: true,
      name: { en: 'S' },
      markets: [],
      sourceIds: [],
    };
    const grid = values(sheet(workbook('en', [synthetic]).wb, 0));
    expect(grid[0]?.at(-1)).toBe('synthetic');
    expect(grid[1]?.at(-1)).toBe('true');
    expect(values(sheet(workbook('en').wb, 0))[0]).not.toContain('synthetic');
  });
});

describe('chartXlsx', () => {
  const catalog = buildCatalog(validateDataset(structuredClone(dataset)));
  const trade = growthCharts(catalog, 'CNY').find((c) => c.id === 'trade');
  if (!trade) throw new Error('no trade chart');
  const words = { stated: 'stated by the source', derived: 'derived', converted: 'converted at the implied rate' };
  const header = ['Series', 'Year', 'Value', 'Unit', 'Basis', 'Formula', 'Sources'];
  const csvRows = chartCsvRows(trade, 'en', words, (ids) => ids.join('; '));
  const about: [string, string][] = [['Chart', 'Culture-services trade']];
  const bytes = chartXlsx({ lang: 'en', header, rows: csvRows, valueColumn: 2, about });
  const wb = read(bytes, { type: 'array', cellStyles: true });

  it('has the CSV rows, the value a number cell shown with the CSV’s decimals', () => {
    expect(wb.SheetNames).toEqual(['Data', 'About']);
    const ws = sheet(wb, 0);
    expect(values(ws)).toEqual([header, ...csvRows.map((r) => r.map((c, i) => (i === 2 ? Number(c) : c)))]);
    expect(csvRows[3]?.slice(0, 3)).toEqual(['Exports', '2020', '13.16']);
    expect(ws['C5']).toMatchObject({ t: 'n', v: 13.16, w: '13.16' });
    // The year stays text.
    expect(ws['B5']).toMatchObject({ t: 's', v: '2020' });
  });

  it('freezes the header, filters the rows and keeps the metadata on the second sheet', () => {
    expect(firstSheetXml(bytes)).toContain('state="frozen"');
    expect(sheet(wb, 0)['!autofilter']).toEqual({ ref: `A1:G${csvRows.length + 1}` });
    expect(sheet(wb, 0)['!cols']?.map((c) => c.wch)).toHaveLength(7);
    // The chart's metadata, then the file's own line on units.
    expect(values(sheet(wb, 1))).toEqual([
      ...about,
      ['Units', 'Each value is in the unit named in the Unit column of its row.'],
    ]);
  });

  it('writes Chinese rows intact', () => {
    const zhRows = chartCsvRows(trade, 'zh', words, (ids) => ids.join('；'));
    const zh = read(chartXlsx({ lang: 'zh', header, rows: zhRows, valueColumn: 2, about }), {
      type: 'array',
    });
    expect(zh.SheetNames).toEqual(['数据', '说明']);
    expect(values(sheet(zh, 1)).at(-1)).toEqual(['单位', '各行数值的单位见该行的“单位”列。']);
    expect(values(sheet(zh, 0))[4]?.slice(0, 4)).toEqual(['出口', '2020', 131.6, '亿元']);
  });
});
