import type { Bilingual, Period, Qualifier, Unit } from '../data/schema';
import { parseCsv, toCsv, unneutralise } from './csv';
import { facetOf, slug, type ExporterRow, type FacetValue, type KeyFigure } from './exporter-rows';
import type { Lang } from './format';

/*
 * The exporters table as a file: what the dashboard exports, and what a team imports (its
 * own lists, up to 100,000 rows). An import never throws and never half-fails silently: every
 * data record ends up accepted or rejected with its line and a reason, and a file that is not
 * a table at all gets a whole-file error instead of rows.
 */

export const COLUMN_KEYS = [
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
  'source',
  'synthetic',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The header of each column in each language. */
export const COLUMN_HEADERS: Record<ColumnKey, Bilingual> = {
  id: { en: 'id', zh: '编号' },
  name_en: { en: 'name_en', zh: '英文名称' },
  name_zh: { en: 'name_zh', zh: '中文名称' },
  city: { en: 'city', zh: '城市' },
  sector: { en: 'sector', zh: '行业' },
  markets: { en: 'markets', zh: '市场' },
  value: { en: 'value', zh: '数值' },
  unit: { en: 'unit', zh: '单位' },
  qualifier: { en: 'qualifier', zh: '限定' },
  period: { en: 'period', zh: '时期' },
  source: { en: 'source', zh: '来源' },
  synthetic: { en: 'synthetic', zh: '合成数据' },
};

const HEADER_ALIASES = new Map<string, ColumnKey>([
  ...COLUMN_KEYS.flatMap((k): [string, ColumnKey][] => [
    [k, k],
    [COLUMN_HEADERS[k].zh, k],
  ]),
  ['合成', 'synthetic'],
]);

export type RejectReason =
  | 'missing-name'
  | 'bad-value'
  | 'bad-unit'
  | 'bad-qualifier'
  | 'bad-period'
  | 'value-without-unit'
  | 'too-many-cells'
  | 'duplicate-id';

export type FileError = 'empty' | 'not-a-table' | 'bad-json' | 'json-not-array' | 'no-name-column';

export interface RejectedRow {
  /** CSV/TSV: the physical line the record starts on. JSON: the item's 1-based position in the array. */
  line: number;
  reason: RejectReason;
  /** The column as the file names it. */
  column?: string;
  /** The offending value, clipped to 80 characters. */
  value?: string;
}

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

/** The dataset's own facet values, so that "杭州" and "Hangzhou" both map to "hangzhou". */
export interface KnownFacets {
  cities: FacetValue[];
  sectors: FacetValue[];
  markets: FacetValue[];
}

export function knownFacets(rows: readonly ExporterRow[]): KnownFacets {
  const cities = new Map<string, FacetValue>();
  const sectors = new Map<string, FacetValue>();
  const markets = new Map<string, FacetValue>();
  for (const row of rows) {
    if (row.origin !== 'official') continue;
    if (row.city && !cities.has(row.city.key)) cities.set(row.city.key, row.city);
    if (row.sector && !sectors.has(row.sector.key)) sectors.set(row.sector.key, row.sector);
    for (const m of row.markets) if (!markets.has(m.key)) markets.set(m.key, m);
  }
  return { cities: [...cities.values()], sectors: [...sectors.values()], markets: [...markets.values()] };
}

// ── Export ────────────────────────────────────────────────────────────────

function periodText(period: Period | undefined): string {
  if (period?.kind === 'year') return String(period.year);
  if (period?.kind === 'range') return `${period.from}-${period.to}`;
  return '';
}

/**
 * The rows as CSV, headers and labels in `lang`. Values stay in base units with no grouping
 * so that a spreadsheet reads them as numbers. A `synthetic` column is added only when a row
 * is synthetic, so that a generated list stays marked after a round trip.
 */
export function exportersToCsv(
  rows: readonly ExporterRow[],
  lang: Lang,
  meta: readonly (readonly [string, string])[],
  sourceName: (id: string) => string,
): string {
  const withSynthetic = rows.some((r) => r.synthetic);
  const keys = COLUMN_KEYS.filter((k) => k !== 'synthetic' || withSynthetic);
  const marketSeparator = lang === 'zh' ? '；' : '; ';
  const cellsOf = (row: ExporterRow): string[] => {
    const kf = row.keyFigure;
    const cells: Record<ColumnKey, string> = {
      id: row.id,
      name_en: row.name.en,
      name_zh: row.name.zh ?? '',
      city: row.city?.label[lang] ?? '',
      sector: row.sector?.label[lang] ?? '',
      markets: row.markets.map((m) => m.label[lang]).join(marketSeparator),
      value: kf ? String(kf.value) : '',
      unit: kf?.unit ?? '',
      qualifier: kf?.qualifier ?? '',
      period: periodText(kf?.period),
      source: row.origin === 'official' ? row.sourceIds.map(sourceName).join('; ') : (row.sourceText ?? ''),
      synthetic: row.synthetic ? 'true' : '',
    };
    return keys.map((k) => cells[k]);
  };
  return toCsv({ meta, header: keys.map((k) => COLUMN_HEADERS[k][lang]), rows: rows.map(cellsOf) });
}

// ── Import: decoding ──────────────────────────────────────────────────────

type Decoded = { text: string; encoding: 'utf-8' | 'utf-16' | 'gbk' };

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 with a flaw: one stray byte, or a file
 * cut short in the middle of a character. Read as GBK, such a file would come out garbled from
 * the first row to the last (and its Chinese headers unrecognised) for one bad byte. GBK text
 * forms a valid UTF-8 sequence only now and then, so it has far more stray bytes than bytes in
 * sequences; UTF-8 with a flaw has the opposite.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let inSequences = 0;
  let stray = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    let k = 1;
    while (k < size && i + k < n && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++;
    // A character the end of the file cut short says nothing about the encoding.
    if (k < size && i + k === n) break;
    if (size > 1 && k === size) inSequences += size;
    else stray += k;
    i += k;
  }
  return stray === 0 || inSequences > stray;
}

function decode(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: most likely a CSV saved by Excel on a Chinese Windows, which writes GBK.
  }
  if (mostlyUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  } catch {
    // A runtime without the GBK decoder (Node built with small-icu): read what UTF-8 can.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}

/** NULs, stray control characters or many undecodable bytes: a binary file, not a table. */
function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 1 << 16);
  let bad = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad > sample * 0.02;
}

// ── Import: rows ──────────────────────────────────────────────────────────

const UNIT_ALIASES = new Map<string, Unit>([
  ['cny', 'CNY'],
  ['usd', 'USD'],
  ['percent', 'percent'],
  ['rank', 'rank'],
  ['minutes', 'minutes'],
  ['hours', 'hours'],
  ['count', 'count'],
  ['countries-regions', 'countries-regions'],
  ['cny-per-usd', 'CNY-per-USD'],
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
]);

const QUALIFIER_ALIASES = new Map<string, Qualifier>([
  ['exact', 'exact'],
  ['atleast', 'atLeast'],
  ['精确', 'exact'],
  ['以上', 'atLeast'],
]);

const MONEY: ReadonlySet<Unit> = new Set<Unit>(['CNY', 'USD']);
const TRUE_WORDS = new Set(['true', '1', 'yes', '是']);

// Plain decimals, optionally grouped by thousands with commas as Excel may write them.
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const YEAR = /^(\d{4})\s*年?$/;
const RANGE = /^(\d{4})\s*年?\s*[-~–—～至]\s*(\d{4})\s*年?$/;
const MARKET_SEPARATORS = /[;；、]/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  const n = Number(text.replaceAll(',', ''));
  return Number.isFinite(n) ? n : undefined;
}

function isYear(y: number): boolean {
  return y >= 1949 && y <= 2100;
}

function parsePeriod(text: string): Period | undefined {
  const year = YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    return isYear(y) ? { kind: 'year', year: y } : undefined;
  }
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return isYear(from) && isYear(to) && from <= to ? { kind: 'range', from, to } : undefined;
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 80 ? text.slice(0, 80) : text;
}

/** Trimmed before and after: a hand-edited "  '=x " and an exported "'\tx" both come back. */
function clean(cell: string): string {
  return unneutralise(cell.trim()).trim();
}

function normal(label: string): string {
  return label.trim().toLowerCase();
}

/** Maps labels in either language (or the key) to the dataset's facet; others get a new one. */
class FacetIndex {
  private readonly byLabel = new Map<string, FacetValue>();
  // Labels that differ only in spelling ("North-America", "north america") share a key; the
  // first one seen gives the label, so one key never shows under two names.
  private readonly byKey = new Map<string, FacetValue>();

  constructor(values: readonly FacetValue[]) {
    for (const v of values) {
      if (!this.byKey.has(v.key)) this.byKey.set(v.key, v);
      for (const label of [v.key, v.label.en, v.label.zh]) {
        const k = normal(label);
        if (!this.byLabel.has(k)) this.byLabel.set(k, v);
      }
    }
  }

  get(label: string): FacetValue {
    const k = normal(label);
    let v = this.byLabel.get(k);
    if (!v) {
      const fresh = facetOf({ en: label, zh: label });
      v = this.byKey.get(fresh.key) ?? fresh;
      this.byKey.set(v.key, v);
      this.byLabel.set(k, v);
    }
    return v;
  }
}

type Cells = Partial<Record<ColumnKey, string>>;

interface RowContext {
  fileName: string;
  fileSlug: string;
  cities: FacetIndex;
  sectors: FacetIndex;
  markets: FacetIndex;
  seenIds: Set<string>;
  /** Accepted rows whose id this importer made up from their line. */
  madeUpIds: ExporterRow[];
  /** The column as the file names it, for messages. */
  label: (key: ColumnKey) => string;
}

type Checked = { row: ExporterRow } | { reject: Omit<RejectedRow, 'line'> };

function checkRow(cells: Cells, line: number, ctx: RowContext): Checked {
  const get = (key: ColumnKey): string => cells[key] ?? '';
  const reject = (reason: RejectReason, key?: ColumnKey): Checked => ({
    reject: key ? { reason, column: ctx.label(key), value: clip(get(key)) } : { reason },
  });

  // Every row's id counts as seen, rejected or not, so that both rows of a pair are reported at once.
  const givenId = get('id');
  const duplicate = givenId !== '' && ctx.seenIds.has(givenId);
  if (givenId) ctx.seenIds.add(givenId);

  const nameEn = get('name_en');
  const nameZh = get('name_zh');
  if (!nameEn && !nameZh) return reject('missing-name');
  if (duplicate) return reject('duplicate-id', 'id');

  const unitText = get('unit');
  const unit = unitText ? UNIT_ALIASES.get(unitText.toLowerCase()) : undefined;
  const valueText = get('value');
  let value: number | undefined;
  if (valueText) {
    value = parseNumber(valueText);
    if (value === undefined || (unit && MONEY.has(unit) && value < 0)) return reject('bad-value', 'value');
  }
  if (unitText && !unit) return reject('bad-unit', 'unit');
  if (valueText && !unit) return reject('value-without-unit', 'value');

  const qualifierText = get('qualifier');
  const qualifier = qualifierText ? QUALIFIER_ALIASES.get(qualifierText.toLowerCase()) : 'exact';
  if (!qualifier) return reject('bad-qualifier', 'qualifier');

  const periodTextIn = get('period');
  const period = periodTextIn ? parsePeriod(periodTextIn) : undefined;
  if (periodTextIn && !period) return reject('bad-period', 'period');

  let keyFigure: KeyFigure | undefined;
  if (value !== undefined && unit) {
    keyFigure = { value, unit, qualifier };
    if (period) keyFigure.period = period;
  }

  const city = get('city');
  const sector = get('sector');
  const markets = new Map<string, FacetValue>();
  for (const part of get('markets').split(MARKET_SEPARATORS)) {
    const label = part.trim();
    if (!label) continue;
    const facet = ctx.markets.get(label);
    if (!markets.has(facet.key)) markets.set(facet.key, facet);
  }
  const source = get('source');

  const row: ExporterRow = {
    id: givenId || `imported-${ctx.fileSlug}-${line}`,
    origin: 'imported',
    name: nameZh ? { en: nameEn || nameZh, zh: nameZh, zhOrigin: 'source' } : { en: nameEn },
    city: city ? ctx.cities.get(city) : undefined,
    sector: sector ? ctx.sectors.get(sector) : undefined,
    markets: [...markets.values()],
    keyFigure,
    sourceIds: [],
    sourceText: source || undefined,
    importedFrom: ctx.fileName,
  };
  if (TRUE_WORDS.has(get('synthetic').toLowerCase())) row.synthetic = true;
  if (!givenId) ctx.madeUpIds.push(row);
  return { row };
}

function emptyResult(fileName: string, encoding: ImportResult['encoding'], format: ImportResult['format']) {
  const result: ImportResult = { fileName, encoding, format, total: 0, accepted: [], rejected: [], warnings: [] };
  return result;
}

function failed(result: ImportResult, error: FileError): ImportResult {
  return { ...result, total: 0, accepted: [], rejected: [], error };
}

function context(fileName: string, known: KnownFacets, label: (key: ColumnKey) => string): RowContext {
  return {
    fileName,
    fileSlug: slug(fileName),
    cities: new FacetIndex(known.cities),
    sectors: new FacetIndex(known.sectors),
    markets: new FacetIndex(known.markets),
    seenIds: new Set(),
    madeUpIds: [],
    label,
  };
}

/**
 * A made-up id can be one that another row gives: a list exported from the table carries the
 * ids made up when it was imported, and a row added to it lands on such a line. Two rows with
 * one id would share a key in the table, so the made-up one moves aside. Only once every row
 * is read are all given ids known.
 */
function settleMadeUpIds(ctx: RowContext): void {
  if (!ctx.madeUpIds.some((row) => ctx.seenIds.has(row.id))) return;
  const taken = new Set([...ctx.seenIds, ...ctx.madeUpIds.map((row) => row.id)]);
  for (const row of ctx.madeUpIds) {
    if (!ctx.seenIds.has(row.id)) continue;
    let n = 2;
    while (taken.has(`${row.id}-${n}`)) n++;
    row.id = `${row.id}-${n}`;
    taken.add(row.id);
  }
}

function columnOf(header: string): ColumnKey | undefined {
  const h = clean(header);
  return HEADER_ALIASES.get(h.toLowerCase());
}

// ── Import: JSON ──────────────────────────────────────────────────────────

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
  const ctx = context(result.fileName, known, (key) => labels.get(key) ?? key);
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

// ── Import: CSV / TSV ─────────────────────────────────────────────────────

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
  const ctx = context(result.fileName, known, (key) => {
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
