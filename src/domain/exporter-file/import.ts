import { parseCsv } from '../csv';
import type { ExporterRow } from '../exporter-rows';
import { clean, columnOf, type ColumnKey } from './columns';
import { decode, looksBinary } from './decode';
import type { KnownFacets } from './facets';
import { checkRow, clip, rowContext, settleMadeUpIds, type Cells, type RejectedRow } from './rows';

/*
 * What a team imports: its own lists, up to 100,000 rows. An import never throws and never
 * half-fails silently: every data record ends up accepted or rejected with its line and a
 * reason, and a file that is not a table at all gets a whole-file error instead of rows.
 */

export type FileError = 'empty' | 'not-a-table' | 'bad-json' | 'json-not-array' | 'no-name-column';

export interface ImportWarning {
  kind: 'unknown-column';
  column: string;
}

export interface ImportResult {
  fileName: string;
  encoding: 'utf-8' | 'utf-16' | 'gbk' | 'json';
  format: 'csv' | 'tsv' | 'json';
  /** Data records read: non-blank, after the header. Always accepted.length + rejected.length. */
  total: number;
  accepted: ExporterRow[];
  rejected: RejectedRow[];
  warnings: ImportWarning[];
  error?: FileError;
}

function emptyResult(fileName: string, encoding: ImportResult['encoding'], format: ImportResult['format']) {
  const result: ImportResult = { fileName, encoding, format, total: 0, accepted: [], rejected: [], warnings: [] };
  return result;
}

function failed(result: ImportResult, error: FileError): ImportResult {
  return { ...result, total: 0, accepted: [], rejected: [], error };
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

// ── CSV / TSV ─────────────────────────────────────────────────────────────

function importTable(text: string, result: ImportResult, known: KnownFacets, progress: (f: number) => void) {
  const parsed = parseCsv(text, (f) => progress(0.05 + 0.6 * f));
  result.format = parsed.delimiter === '\t' ? 'tsv' : 'csv';
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) return failed(result, 'empty');

  const header = headerRecord.cells;
  const columns = new Map<ColumnKey, number>();
  const warnings: ImportWarning[] = [];
  header.forEach((h, i) => {
    const key = columnOf(h);
    if (key) {
      if (!columns.has(key)) columns.set(key, i);
    } else if (h.trim()) {
      warnings.push({ kind: 'unknown-column', column: h.trim() });
    }
  });
  result.warnings = warnings;
  if (!columns.has('name_en') && !columns.has('name_zh')) {
    // One cell and no delimiter in sight: prose, a JSON-like blob, not a table at all.
    return failed(result, header.length < 2 ? 'not-a-table' : 'no-name-column');
  }

  const width = header.length;
  const indexed = [...columns.entries()];
  const ctx = rowContext(result.fileName, known, (key) => {
    const i = columns.get(key);
    return i === undefined ? key : (header[i] ?? key).trim();
  });
  const idColumn = columns.get('id');
  let total = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    if (!record) continue;
    const raw = record.cells;
    // A spreadsheet writes an empty row as ",,,": blank, like an empty line.
    if (raw.every((c) => !c.trim())) continue;
    total++;
    // Trailing empty cells are padding, not data: only a filled cell past the header counts.
    const extra = raw.slice(width).find((c) => c.trim());
    if (extra !== undefined) {
      const id = idColumn === undefined ? '' : clean(raw[idColumn] ?? '');
      if (id) ctx.seenIds.add(id);
      result.rejected.push({ line: record.line, reason: 'too-many-cells', value: clip(extra.trim()) });
      continue;
    }
    const cells: Cells = {};
    for (const [key, i] of indexed) {
      const cell = raw[i];
      if (cell) cells[key] = clean(cell);
    }
    const checked = checkRow(cells, record.line, ctx);
    if ('row' in checked) result.accepted.push(checked.row);
    else result.rejected.push({ line: record.line, ...checked.reject });
    if (r % 2000 === 0) progress(0.65 + (0.35 * r) / records.length);
  }
  settleMadeUpIds(ctx);
  result.total = total;
  if (total === 0) return failed(result, 'empty');
  return result;
}

/**
 * Reads an exporters file: CSV or TSV in UTF-8, UTF-16 (with its BOM) or GBK, or a JSON
 * array of objects. Never throws. Rows are checked one by one; see ImportResult.
 */
export function parseExporterFile(
  bytes: Uint8Array,
  fileName: string,
  known: KnownFacets,
  onProgress?: (f: number) => void,
): ImportResult {
  const progress = (f: number) => onProgress?.(Math.min(1, Math.max(0, f)));
  const { text, encoding } = decode(bytes);
  progress(0.05);
  let result = emptyResult(fileName, encoding, 'csv');

  // \s covers the BOM, so a file of a BOM and blank lines is empty too.
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) {
    result = failed(result, 'empty');
  } else if (first === '[' || first === '{' || /\.json$/i.test(fileName)) {
    result = importJson(text, { ...result, encoding: 'json', format: 'json' }, known, progress);
  } else if (looksBinary(text)) {
    result = failed(result, 'not-a-table');
  } else {
    result = importTable(text, result, known, progress);
  }
  progress(1);
  return result;
}
