import * as XLSX from '@e965/xlsx';
import { MAX_ROWS, workbookKind, type Sheet, type TableFormat } from './sheet';

/*
 * Excel, WPS and LibreOffice workbooks (.xlsx, .xlsm, .xls, .ods) as sheets of text cells, read
 * by SheetJS. Only cell values are read: a formula gives the value its program last computed
 * (never run here), macros are never read, styles and comments are skipped. Loaded only in the
 * import worker and only for a workbook, so no page and no CSV import carries it.
 */

export type WorkbookError = 'zip-too-large' | 'corrupt-workbook' | 'password' | 'too-many-rows';

export type WorkbookRead = { sheets: Sheet[]; format: TableFormat } | { error: WorkbookError; limit?: number };

/** What a workbook's parts may expand to, all together: past it, a zip bomb is refused unread. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;

/**
 * The sizes a zip's central directory declares for its entries, added up, before anything is
 * inflated. Undefined when there is no readable directory (a truncated file): the reader then
 * fails on its own, as corrupt.
 */
export function declaredUnzippedSize(bytes: Uint8Array): { total: number; entries: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  // The end-of-directory record is in the last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > n || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: a zip64 size, 4 GB or more as declared. No spreadsheet of a team's list is.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { total, entries };
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(d: Date, format: string | undefined): string {
  // Dates as the dataset writes them. A month Excel made a date of ("2020-11") keeps no day.
  const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  const withDay = format === undefined || /d/i.test(format.replace(/"[^"]*"/g, ''));
  return withDay ? `${ymd}-${pad(d.getUTCDate())}` : ymd;
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const v = cell.v;
  if (v instanceof Date) return dateText(v, typeof cell.z === 'string' ? cell.z : undefined);
  if (typeof v === 'number') {
    if (cell.t === 'n' && typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
      const parsed = XLSX.SSF.parse_date_code(v);
      return dateText(new Date(Date.UTC(parsed.y, parsed.m - 1, parsed.d)), cell.z);
    }
    // 0.1 + 0.2 as a spreadsheet stores it reads 0.3, as the spreadsheet shows it.
    return String(Number(v.toPrecision(15)));
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function sheetOf(name: string, ws: XLSX.WorkSheet): Sheet {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: string[][] = [];
  const lines: number[] = [];
  // Rows past the last one with a value are formatting, not data (a sheet's stated range may
  // run to row 1,048,576 for a style applied to whole columns).
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const cells: string[] = [];
    if (row) {
      for (let c = 0; c < row.length; c++) cells.push(cellText(row[c]));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    }
    rows.push(cells);
    lines.push(r + 1);
    // The library's cell objects weigh more than the text taken from them: let each row go
    // once read, so that the workbook and its text are not both held whole (100,000 rows:
    // about 140 MB of cells against 60 MB of text).
    data[r] = undefined;
  }
  return { name, rows, lines };
}

function formatOf(book: XLSX.WorkBook, kind: 'zip' | 'ole'): TableFormat {
  if (kind === 'ole') return 'xls';
  const type = (book as { bookType?: string }).bookType;
  return type === 'ods' ? 'ods' : 'xlsx';
}

/** Reads every sheet of a workbook, or says why it cannot. Never throws. */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  const kind = workbookKind(bytes);
  if (!kind) return { error: 'corrupt-workbook' };
  if (kind === 'zip') {
    const declared = declaredUnzippedSize(bytes);
    if (!declared) return { error: 'corrupt-workbook' };
    if (declared.total > MAX_UNZIPPED_BYTES || declared.entries > MAX_ZIP_ENTRIES)
      return { error: 'zip-too-large', limit: MAX_UNZIPPED_BYTES };
  }
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      // One row past the limit, to know that there are more.
      sheetRows: MAX_ROWS + 1,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: /password|encrypt/i.test(message) ? 'password' : 'corrupt-workbook' };
  }
  const sheets: Sheet[] = [];
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (!ws) continue;
    // The range the sheet states (before sheetRows cut it) or a row read past the limit: rows
    // beyond it would not be read, and a list cut short without a word loses rows.
    const stated = ws['!fullref'] ?? ws['!ref'];
    const statedRows = stated ? XLSX.utils.decode_range(stated).e.r + 1 : 0;
    if (statedRows > MAX_ROWS || (ws['!data']?.length ?? 0) > MAX_ROWS)
      return { error: 'too-many-rows', limit: MAX_ROWS };
    sheets.push(sheetOf(name, ws));
  }
  if (sheets.length === 0) return { error: 'corrupt-workbook' };
  return { sheets, format: formatOf(book, kind) };
}
