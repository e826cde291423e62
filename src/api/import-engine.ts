import type { KnownFacets } from '../domain/exporter-file/facets';
import {
  emptyResult,
  failed,
  readTextFile,
  sheetResult,
  textSheet,
  type ImportResult,
} from '../domain/exporter-file/import';
import {
  firstFilledSheet,
  PREVIEW_ROWS,
  workbookKind,
  type Sheet,
  type TableFormat,
} from '../domain/exporter-file/sheet';
import { autoPlan, type ImportPlan } from '../domain/exporter-file/table-import';

/*
 * The two steps of an import, wherever they run (the import worker, or the page where there
 * is no Worker): read a file or pasted cells far enough to preview them with a guessed column
 * map, then read the chosen sheet through the map the user settled on. The sheets stay here
 * between the two steps: only the preview's rows cross to the page.
 */

/** Rows of each sheet the page gets: the preview's, and enough below them to guess a map again. */
export const SAMPLE_ROWS = PREVIEW_ROWS + 50;

export type ImportSource =
  { kind: 'file'; bytes: ArrayBuffer; fileName: string } | { kind: 'paste'; text: string; name: string };

export interface SheetPreview {
  name: string;
  /** The first SAMPLE_ROWS rows, as the file has them. */
  rows: string[][];
  lines: number[];
  /** Rows in the sheet, blank ones included. */
  rowCount: number;
  /** The map guessed for this sheet. */
  plan: ImportPlan;
}

export interface TablePreview {
  fileName: string;
  format: TableFormat;
  encoding: ImportResult['encoding'];
  sheets: SheetPreview[];
  /** The sheet shown first: the first one with a filled cell. */
  chosen: number;
}

export type ReadOutcome = { kind: 'preview'; preview: TablePreview } | { kind: 'done'; result: ImportResult };

function preview(sheet: Sheet): SheetPreview {
  return {
    name: sheet.name,
    rows: sheet.rows.slice(0, SAMPLE_ROWS),
    lines: sheet.lines.slice(0, SAMPLE_ROWS),
    rowCount: sheet.rows.length,
    plan: autoPlan(sheet),
  };
}

export interface ImportEngine {
  read(source: ImportSource, known: KnownFacets, progress: (f: number) => void): Promise<ReadOutcome>;
  run(sheet: number, plan: ImportPlan, known: KnownFacets, progress: (f: number) => void): ImportResult;
}

export function createEngine(): ImportEngine {
  let sheets: Sheet[] = [];
  let base: ImportResult | undefined;

  return {
    async read(source, known, progress) {
      sheets = [];
      base = undefined;
      if (source.kind === 'paste') {
        const { sheet } = textSheet(source.text, source.name, progress);
        sheets = [sheet];
        base = emptyResult(source.name, 'utf-8', 'paste');
      } else {
        const bytes = new Uint8Array(source.bytes);
        if (workbookKind(bytes)) {
          // SheetJS loads here and only here: for a workbook, in the worker.
          const { readWorkbook } = await import('../domain/exporter-file/workbook');
          progress(0.1);
          const book = readWorkbook(bytes);
          const start = emptyResult(source.fileName, 'binary', 'xlsx');
          if ('error' in book) return { kind: 'done', result: failed(start, book.error, book.limit) };
          sheets = book.sheets;
          base = { ...start, format: book.format };
        } else {
          const read = readTextFile(bytes, source.fileName, known, progress);
          if (read.kind !== 'table') return { kind: 'done', result: read.result };
          sheets = [read.sheet];
          base = read.base;
        }
      }
      progress(1);
      return {
        kind: 'preview',
        preview: {
          fileName: base.fileName,
          format: base.format === 'json' ? 'csv' : base.format,
          encoding: base.encoding,
          sheets: sheets.map(preview),
          chosen: firstFilledSheet(sheets),
        },
      };
    },

    run(index, plan, known, progress) {
      const sheet = sheets[index];
      if (!base || !sheet) throw new Error('Nothing has been read to import.');
      const withSheet: ImportResult =
        sheets.length > 1 || base.format === 'xlsx' || base.format === 'xls' || base.format === 'ods'
          ? { ...base, sheet: sheet.name }
          : base;
      return sheetResult(withSheet, sheet, plan, known, progress);
    },
  };
}
