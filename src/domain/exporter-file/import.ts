import { parseCsv } from '../csv';
import type { ExporterRow } from '../exporter-rows';
import { clean, columnOf, type ColumnKey } from './columns';
import { decode, looksBinary } from './decode';
import type { KnownFacets } from './facets';
import { checkRow, clip, rowContext, settleMadeUpIds, type Cells, type RejectedRow } from './rows';
import { blankRow, type Sheet, type TableFormat } from './sheet';
import { autoPlan, importSheet, type ImportPlan, type SetApartRow } from './table-import';
import type { WorkbookError } from './workbook';

/*
 * What a team imports: its own lists, up to 100,000 rows. An import never throws and never
 * half-fails silently: every data record ends up accepted or rejected with its line and a
 * reason, and a file that is not a table at all gets a whole-file error instead of rows.
 */

export type FileError = 'empty' | 'not-a-table' | 'bad-json' | 'json-not-array' | 'no-name-column' | WorkbookError;

export interface ImportWarning {
  /** JSON: a key no column goes by, left out. A table: a column kept as an extra column. */
  kind: 'unknown-column' | 'kept-column';
  column: string;
}

export interface ImportResult {
  fileName: string;
  encoding: 'utf-8' | 'utf-16' | 'gbk' | 'json' | 'binary';
  format: TableFormat | 'json';
  /** The sheet of a workbook the rows come from. */
  sheet?: string;
  /** Data records read: non-blank, after the header. Always accepted + rejected + setApart. */
  total: number;
  accepted: ExporterRow[];
  rejected: RejectedRow[];
  /** Rows that read as totals (合计, Total), not imported. */
  setApart: SetApartRow[];
  warnings: ImportWarning[];
  error?: FileError;
  /** The limit a file went past (rows, or bytes unzipped), for its message. */
  limit?: number;
}

export function emptyResult(fileName: string, encoding: ImportResult['encoding'], format: ImportResult['format']) {
  const result: ImportResult = {
    fileName,
    encoding,
    format,
    total: 0,
    accepted: [],
    rejected: [],
    setApart: [],
    warnings: [],
  };
  return result;
}

export function failed(result: ImportResult, error: FileError, limit?: number): ImportResult {
  const out: ImportResult = { ...result, total: 0, accepted: [], rejected: [], setApart: [], error };
  if (limit !== undefined) out.limit = limit;
  return out;
}

// ── JSON ──────────────────────────────────────────────────────────────────

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A JSON value as a cell: a list of markets is an array; anything deeper is kept as its JSON text. */
function jsonCell(value: unknown): string {
  const s = scalar(value);
  if (s !== undefined) return s;
  if (Array.isArray(value)) return value.map((v: unknown) => scalar(v) ?? jsonText(v)).join(';');
  return jsonText(value);
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Nested too deep for the stack: no column of ours holds such a value anyway.
    return '';
  }
}

function importJson(text: string, result: ImportResult, known: KnownFacets, progress: (f: number) => void) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failed(result, 'bad-json');
  }
  if (!Array.isArray(data)) return failed(result, 'json-not-array');
  if (data.length === 0) return failed(result, 'empty');
  progress(0.5);

  const labels = new Map<ColumnKey, string>();
  const unknown = new Set<string>();
  const ctx = rowContext(result.fileName, known, (key) => labels.get(key) ?? key);
  const items: unknown[] = data;
  items.forEach((item, i) => {
    const line = i + 1;
    const cells: Cells = {};
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      for (const [k, v] of Object.entries(item)) {
        const key = columnOf(k);
        if (!key) {
          unknown.add(k);
          continue;
        }
        if (cells[key] !== undefined) continue;
        if (!labels.has(key)) labels.set(key, k);
        cells[key] = clean(jsonCell(v));
      }
    } else {
      // Not an object, so no name can be read from it.
      result.rejected.push({ line, reason: 'missing-name', value: clip(jsonCell(item)) });
      return;
    }
    const checked = checkRow(cells, line, ctx);
    if ('row' in checked) result.accepted.push(checked.row);
    else result.rejected.push({ line, ...checked.reject });
    if (i % 2000 === 0) progress(0.5 + (0.5 * i) / items.length);
  });
  settleMadeUpIds(ctx);
  result.total = items.length;
  result.warnings = [...unknown].map((column) => ({ kind: 'unknown-column', column }));
  return result;
}

// ── CSV / TSV / pasted cells ─────────────────────────────────────────────

/** CSV or TSV text (or cells pasted from a spreadsheet) as one sheet, under its line numbers. */
export function textSheet(text: string, name: string, progress: (f: number) => void = () => {}) {
  const parsed = parseCsv(text, progress);
  const sheet: Sheet = {
    name,
    rows: parsed.records.map((r) => r.cells),
    lines: parsed.records.map((r) => r.line),
  };
  return { sheet, delimiter: parsed.delimiter };
}

/** The outcome of one sheet through its map, as the report and the store take it. */
export function sheetResult(
  base: ImportResult,
  sheet: Sheet,
  plan: ImportPlan,
  known: KnownFacets,
  progress: (f: number) => void = () => {},
): ImportResult {
  const header = sheet.rows[plan.headerRow];
  if (!header || sheet.rows.every(blankRow)) return failed(base, 'empty');
  const outcome = importSheet(sheet, plan, base.fileName, known, progress);
  if (outcome.noName) {
    // One cell and no delimiter in sight: prose, a JSON-like blob, not a table at all.
    return failed(base, header.length < 2 ? 'not-a-table' : 'no-name-column');
  }
  const result: ImportResult = {
    ...base,
    total: outcome.total,
    accepted: outcome.accepted,
    rejected: outcome.rejected,
    setApart: outcome.setApart,
    warnings: outcome.kept.map((column) => ({ kind: 'kept-column', column })),
  };
  if (outcome.total === 0) return failed(result, 'empty');
  return result;
}

/** A file's text and how it was read, or the whole-file error it gets. */
export type TextRead =
  | { kind: 'json'; result: ImportResult }
  | { kind: 'table'; base: ImportResult; sheet: Sheet }
  | { kind: 'failed'; result: ImportResult };

/**
 * Reads a text file (CSV, TSV, JSON; UTF-8, UTF-16 or GBK) far enough to show it: JSON is read
 * whole (its keys are its map), a table becomes one sheet for the column map.
 */
export function readTextFile(
  bytes: Uint8Array,
  fileName: string,
  known: KnownFacets,
  progress: (f: number) => void = () => {},
): TextRead {
  const { text, encoding } = decode(bytes);
  progress(0.05);
  const base = emptyResult(fileName, encoding, 'csv');
  // \s covers the BOM, so a file of a BOM and blank lines is empty too.
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return { kind: 'failed', result: failed(base, 'empty') };
  if (first === '[' || first === '{' || /\.json$/i.test(fileName))
    return { kind: 'json', result: importJson(text, { ...base, encoding: 'json', format: 'json' }, known, progress) };
  if (looksBinary(text)) return { kind: 'failed', result: failed(base, 'not-a-table') };
  const { sheet, delimiter } = textSheet(text, fileName, (f) => progress(0.05 + 0.6 * f));
  return { kind: 'table', base: { ...base, format: delimiter === '\t' ? 'tsv' : 'csv' }, sheet };
}

/**
 * Reads an exporters file in one go, with the column map guessed: CSV or TSV in UTF-8, UTF-16
 * or GBK, or a JSON array of objects. Never throws. Rows are checked one by one; see ImportResult.
 */
export function parseExporterFile(
  bytes: Uint8Array,
  fileName: string,
  known: KnownFacets,
  onProgress?: (f: number) => void,
): ImportResult {
  const progress = (f: number) => onProgress?.(Math.min(1, Math.max(0, f)));
  const read = readTextFile(bytes, fileName, known, progress);
  let result: ImportResult;
  if (read.kind === 'table') {
    result = sheetResult(read.base, read.sheet, autoPlan(read.sheet), known, (f) => progress(0.65 + 0.35 * f));
  } else {
    result = read.result;
  }
  progress(1);
  return result;
}
