/*
 * CSV as spreadsheets read and write it (RFC 4180), with two additions of our own: a leading
 * block of `# key: value` lines that records where a table came from, and neutralised formula
 * cells. A cell that starts with =, +, -, @, tab or CR would run as a formula when the file is
 * opened in Excel or LibreOffice, so the writer prefixes it with an apostrophe and the reader
 * (through unneutralise) takes it off again.
 */

export interface CsvTable {
  /** Key/value pairs written as `# key: value` lines before the header. */
  meta: readonly (readonly [string, string])[];
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface CsvRecord {
  /** The 1-based physical line on which the record starts. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  meta: Map<string, string>;
  /** The delimiter the reader settled on. */
  delimiter: Delimiter;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Comma; semicolon, as Excel saves "CSV" where the decimal mark is a comma; tab; pipe. */
export type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const QUOTE = 0x22;
const COMMA = 0x2c;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;

/*
 * Runs of apostrophes are escaped too ("'=x" is written "''=x"), so that reading back is
 * exact even for a cell that already looked neutralised.
 */
const NEEDS_NEUTRALISING = /^'*[=+\-@\t\r]/;
const IS_NEUTRALISED = /^'+[=+\-@\t\r]/;
// Every delimiter the reader may detect is quoted (tab, semicolon, pipe), not only the comma:
// a one-column file of cells with semicolons would otherwise read as a semicolon file.
const NEEDS_QUOTING = /[",;|\r\n\t]|^\s|\s$/;

function neutralise(cell: string): string {
  return NEEDS_NEUTRALISING.test(cell) ? `'${cell}` : cell;
}

/** Undoes the writer's formula guard: "'=SUM(A1)" → "=SUM(A1)". Other cells are returned as they are. */
export function unneutralise(cell: string): string {
  return IS_NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return NEEDS_QUOTING.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function line(cells: readonly string[]): string {
  // A lone empty cell would make a blank line, which readers skip.
  if (cells.length === 1 && cells[0] === '') return '""';
  return cells.map((c) => quote(neutralise(c))).join(',');
}

/**
 * A CSV text: BOM (so that Excel reads it as UTF-8), the meta block, the header, the rows,
 * CRLF line endings. The header's first cell must not start with "#", or readers take it for
 * a meta line.
 */
export function toCsv({ meta, header, rows }: CsvTable): string {
  const lines: string[] = [];
  for (const [key, value] of meta) lines.push(quote(`# ${key}: ${neutralise(value)}`));
  lines.push(line(header));
  for (const row of rows) lines.push(line(row));
  return BOM + lines.join(CRLF) + CRLF;
}

function parseMeta(cell: string, meta: Map<string, string>): void {
  let body = cell.slice(1);
  if (body.startsWith(' ')) body = body.slice(1);
  const colon = body.indexOf(':');
  if (colon < 0) {
    meta.set(body.trim(), '');
    return;
  }
  let value = body.slice(colon + 1);
  if (value.startsWith(' ')) value = value.slice(1);
  meta.set(body.slice(0, colon).trim(), unneutralise(value));
}

/**
 * Reads a CSV or TSV text in one pass. Blank lines are skipped; `#` lines before the header
 * fill `meta`; the delimiter (comma, semicolon, tab or pipe) is the one that splits the first
 * lines alike (see detectDelimiter). Never throws: a quote left open runs to the end of the text.
 * Cells come back as written; pass them through `unneutralise` to undo the formula guard.
 */
export function parseCsv(text: string, onProgress?: (fraction: number) => void): ParsedCsv {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 1;
  let delim = COMMA;

  /** Reads one quoted field from the opening quote at `pos`; leaves `pos` after its closing quote. */
  const readQuoted = (): string => {
    pos++;
    let value = '';
    let start = pos;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === QUOTE) {
        if (text.charCodeAt(pos + 1) === QUOTE) {
          value += text.slice(start, pos + 1);
          pos += 2;
          start = pos;
          continue;
        }
        value += text.slice(start, pos);
        pos++;
        return value;
      }
      if (c === LF || (c === CR && text.charCodeAt(pos + 1) !== LF)) lineNo++;
      pos++;
    }
    return value + text.slice(start, n);
  };

  /** Reads up to the next delimiter or line end. */
  const readBare = (): string => {
    const start = pos;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === delim || c === LF || c === CR) break;
      pos++;
    }
    return text.slice(start, pos);
  };

  /** Steps over the line break at `pos`, if any. */
  const endLine = (): void => {
    const c = text.charCodeAt(pos);
    if (c === CR) pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
    else if (c === LF) pos++;
    else return;
    lineNo++;
  };

  const readRecord = (): string[] => {
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        value = readQuoted();
        // Text after a closing quote is kept rather than lost: `"a"b` reads as `ab`.
        if (pos < n) {
          const c = text.charCodeAt(pos);
          if (c !== delim && c !== LF && c !== CR) value += readBare();
        }
      } else {
        value = readBare();
      }
      cells.push(value);
      if (pos < n && text.charCodeAt(pos) === delim) {
        pos++;
        continue;
      }
      endLine();
      return cells;
    }
  };

  // The meta block and any blank lines before the header.
  const meta = new Map<string, string>();
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === LF || c === CR) {
      endLine();
    } else if (c === HASH) {
      // Written by hand or by another tool: the whole line, less the padding a spreadsheet adds.
      const start = pos;
      while (pos < n && text.charCodeAt(pos) !== LF && text.charCodeAt(pos) !== CR) pos++;
      parseMeta(text.slice(start, pos).replace(/[,\t]+$/, ''), meta);
      endLine();
    } else if (c === QUOTE && text.charCodeAt(pos + 1) === HASH) {
      // Written by toCsv, quoted because the value has a comma, a quote or a line break.
      const cell = readQuoted();
      readBare();
      while (pos < n && text.charCodeAt(pos) !== LF && text.charCodeAt(pos) !== CR) pos++;
      endLine();
      parseMeta(cell, meta);
    } else {
      break;
    }
  }

  delim = detectDelimiter(text, pos);

  const records: CsvRecord[] = [];
  const step = Math.max(1 << 16, Math.ceil(n / 100));
  let nextReport = pos + step;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === LF || c === CR) {
      endLine();
      continue;
    }
    const start = lineNo;
    records.push({ line: start, cells: readRecord() });
    if (onProgress && pos >= nextReport) {
      onProgress(pos / n);
      nextReport = pos + step;
    }
  }
  onProgress?.(1);
  return { records, meta, delimiter: String.fromCharCode(delim) as Delimiter };
}

/** Tab when the first record has tabs outside quotes and no commas; else comma. */
function detectDelimiter(text: string, from: number): number {
  // Per line, outside quotes, for the first lines of the table: a title row above the header
  // has no delimiter, and a comma inside a Chinese name is no reason to split on it.
  const lines: Map<number, number>[] = [];
  let counts = new Map<number, number>();
  let quoted = false;
  const codes = new Set(DELIMITERS.map((d) => d.charCodeAt(0)));
  for (let i = from; i < text.length && lines.length < 20; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) {
      if (counts.size > 0) lines.push(counts);
      counts = new Map();
    } else if (codes.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (counts.size > 0) lines.push(counts);
  const first = lines[0];
  // The file the dashboard writes, and any plain one-line-header TSV: as before.
  if (first && (first.get(TAB) ?? 0) > 0 && !first.has(COMMA)) return TAB;
  // A header names its columns with the delimiter: one it lacks cannot be the table's. A first
  // line with none at all is a title above the header; then every line has its say.
  const inFirst = DELIMITERS.map((d) => d.charCodeAt(0)).filter((code) => first?.has(code));
  const candidates = inFirst.length > 0 ? inFirst : DELIMITERS.map((d) => d.charCodeAt(0));
  let best = COMMA;
  let bestScore = 0;
  for (const code of candidates) {
    // The delimiter splits most lines into the same number of cells.
    const tally = new Map<number, number>();
    for (const line of lines) {
      const k = line.get(code) ?? 0;
      if (k > 0) tally.set(k, (tally.get(k) ?? 0) + 1);
    }
    let score = 0;
    for (const [k, times] of tally) score = Math.max(score, times * 1000 + k);
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}
