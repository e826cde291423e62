import { CFB, utils, write, type CellObject, type ColInfo, type WorkSheet } from '@e965/xlsx';
import type { ExporterRow } from '../exporter-rows';
import type { Lang } from '../format';
import { exporterFileTable } from './export';

/*
 * Excel workbooks (.xlsx) of a table: the rows on a first sheet, with their header frozen, a
 * filter button on every column and widths that fit the text; where the table came from on a
 * second sheet, as the CSV's `#` lines say it. Loaded only when a reader asks for an Excel file:
 * the spreadsheet library is large, and no page needs it to show.
 */

/** A number shown with a fixed number format, e.g. 13.10 with "0.00". */
export interface FormattedNumber {
  n: number;
  format: string;
}

/** A cell of a workbook table: text stays text (never read as a date or a number), numbers are numbers. */
export type XlsxCell = string | number | FormattedNumber;

export interface XlsxTable {
  /** The first sheet: the header row and the rows. */
  sheet: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  /** The second sheet: what the file is and where it came from, one key and value a row. */
  aboutSheet: string;
  about: readonly (readonly [string, string])[];
}

/** The widest a column is made, in characters: longer text wraps out of sight, not the sheet. */
export const MAX_COLUMN_WIDTH = 60;
/** The filter button sits over the end of a header cell: room for it. */
const FILTER_BUTTON_WIDTH = 2;

// East Asian wide and full-width characters (CJK, kana, hangul, full-width forms) take two columns.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many character widths a text takes in a spreadsheet column: wide characters count twice. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0;
    // Most cells are ASCII: only a character past U+10FF can be wide.
    for (const ch of line) width += (ch.codePointAt(0) ?? 0) >= 0x1100 && WIDE.test(ch) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

function cellText(cell: XlsxCell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return String(cell.n);
}

function cellObject(cell: XlsxCell): CellObject | undefined {
  if (typeof cell === 'string') return cell === '' ? undefined : { t: 's', v: cell };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { t: 'n', v: cell } : { t: 's', v: String(cell) };
  return Number.isFinite(cell.n) ? { t: 'n', v: cell.n, z: cell.format } : { t: 's', v: String(cell.n) };
}

/** A sheet of text and number cells, written cell by cell: no text is ever guessed to be a date. */
function sheetOf(rows: readonly (readonly XlsxCell[])[], headerRow: boolean): WorkSheet {
  let columns = 0;
  const widths: number[] = [];
  // Dense: rows of cells, as the library keeps them when asked. Addressing each cell by its
  // "A1" name cost ten times as long for 100,000 rows (3.3 s against 0.3 s).
  const data = rows.map((row, r) => {
    columns = Math.max(columns, row.length);
    return row.map((cell, c) => {
      const width = textWidth(cellText(cell)) + (headerRow && r === 0 ? FILTER_BUTTON_WIDTH : 0);
      widths[c] = Math.max(widths[c] ?? 0, width);
      return cellObject(cell);
    });
  });
  // An empty sheet still has its first row: the writer reads the cell its range starts at.
  const ws: WorkSheet = { '!data': (data.length > 0 ? data : [[]]) as CellObject[][] };
  const last = { r: Math.max(rows.length - 1, 0), c: Math.max(columns - 1, 0) };
  ws['!ref'] = utils.encode_range({ r: 0, c: 0 }, last);
  ws['!cols'] = Array.from({ length: columns }, (_, c): ColInfo => ({
    wch: Math.min(MAX_COLUMN_WIDTH, Math.max(widths[c] ?? 0, 4)),
  }));
  return ws;
}

/** The XML of a sheet view whose first row stays in place while the rows below it scroll. */
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0">' +
  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
  '</sheetView></sheetViews>';

/** The parts of the library's zip container (typed `any` by the library) this module uses. */
interface ZipEntry {
  content: Uint8Array | number[];
  size: number;
}
interface ZipContainer {
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(container: unknown, path: string): ZipEntry | null;
  write(container: unknown, options: { fileType: 'zip'; type: 'array'; compression: boolean }): ArrayLike<number>;
}
const zip = CFB as ZipContainer;

/**
 * Freezes the first row of the first sheet. The community edition of the library writes no
 * panes, so the written file is opened as the zip it is and the sheet's view is replaced.
 */
export function freezeHeaderRow(file: Uint8Array): Uint8Array<ArrayBuffer> {
  const container = zip.read(file, { type: 'array' });
  const part = zip.find(container, '/xl/worksheets/sheet1.xml');
  if (!part) throw new Error('the workbook has no first sheet');
  const xml = new TextDecoder().decode(Uint8Array.from(part.content));
  const frozen = /<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/.test(xml)
    ? xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, FROZEN_HEADER)
    : // No view written: the view goes where the schema wants it, after the dimension.
      xml.replace(/(<sheetFormatPr|<cols>|<sheetData)/, `${FROZEN_HEADER}$1`);
  if (!frozen.includes('state="frozen"')) throw new Error('the first sheet has no place for a frozen row');
  const content = new TextEncoder().encode(frozen);
  part.content = content;
  part.size = content.length;
  return Uint8Array.from(zip.write(container, { fileType: 'zip', type: 'array', compression: true }));
}

/** The workbook of a table, as the bytes of an .xlsx file. */
export function tableToXlsx(table: XlsxTable): Uint8Array<ArrayBuffer> {
  const wb = utils.book_new();
  const data = sheetOf([table.header, ...table.rows], true);
  data['!autofilter'] = { ref: data['!ref'] ?? 'A1' };
  utils.book_append_sheet(wb, data, table.sheet);
  utils.book_append_sheet(wb, sheetOf(table.about, false), table.aboutSheet);
  const written = write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
  return freezeHeaderRow(new Uint8Array(written));
}

/**
 * The words of the exporters workbook itself, in its language: its sheet names and the line on
 * units. They are part of the file's format, like its headers (COLUMN_HEADERS), so they live
 * with the writer, as the chart workbook's do in chart-xlsx.ts.
 */
const EXPORTERS_WORDS: Record<Lang, { sheet: string; aboutSheet: string; units: readonly [string, string] }> = {
  en: {
    sheet: 'Exporters',
    aboutSheet: 'About',
    units: ['Units', 'Each value is in the unit named in the unit column of its row.'],
  },
  zh: { sheet: '出口企业', aboutSheet: '说明', units: ['单位', '各行数值的单位见该行的“单位”列。'] },
};

/**
 * The rows as an Excel workbook: the same header and cells as exportersToCsv writes (both come
 * from exporterFileTable), the value as a number cell, and `about` (the CSV's meta lines) with
 * the line on units on the second sheet.
 */
export function exportersToXlsx(
  rows: readonly ExporterRow[],
  lang: Lang,
  about: readonly (readonly [string, string])[],
  sourceName: (id: string) => string,
): Uint8Array<ArrayBuffer> {
  const { header, rows: cells } = exporterFileTable(rows, lang, sourceName);
  const words = EXPORTERS_WORDS[lang];
  return tableToXlsx({
    sheet: words.sheet,
    aboutSheet: words.aboutSheet,
    header,
    rows: cells,
    about: [...about, words.units],
  });
}
