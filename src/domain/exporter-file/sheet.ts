/*
 * A table as a team's file holds it, before anything is made of it: one or more sheets of
 * text cells, each row under its own row number. CSV, TSV, pasted cells and every sheet of a
 * workbook become this, and one importer (table-import.ts) reads them all.
 */

export interface Sheet {
  name: string;
  /** Rows in file order, cells as text; a blank row is an empty array. */
  rows: string[][];
  /** The row number the file gives each row (1-based): the line of a CSV, the row of a sheet. */
  lines: number[];
}

export type TableFormat = 'csv' | 'tsv' | 'paste' | 'xlsx' | 'xls' | 'ods';

/** Rows the preview shows of each sheet, "as the file has them". */
export const PREVIEW_ROWS = 20;

/** The most rows one import reads: a sheet with more is refused whole, with this number. */
export const MAX_ROWS = 200_000;

/** Whether a row has no filled cell. */
export function blankRow(cells: readonly string[]): boolean {
  return cells.every((c) => !c.trim());
}

/**
 * The sheet an import starts on: the first that holds a table (a row of two filled cells or
 * more), so that a notes sheet in front of the list (填表说明) is passed over; else the first
 * with any filled cell; else the first.
 */
export function firstFilledSheet(sheets: readonly Sheet[]): number {
  const filled = (r: readonly string[]) => r.filter((c) => c.trim()).length;
  const table = sheets.findIndex((s) => s.rows.some((r) => filled(r) >= 2));
  if (table >= 0) return table;
  const any = sheets.findIndex((s) => s.rows.some((r) => filled(r) > 0));
  return any < 0 ? 0 : any;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * A zip (xlsx, xlsm, ods) or an OLE compound file (xls, or an encrypted xlsx): bytes for the
 * workbook reader, which only these load.
 */
export function workbookKind(bytes: Uint8Array): 'zip' | 'ole' | undefined {
  const starts = (sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(ZIP)) return 'zip';
  if (starts(OLE)) return 'ole';
  return undefined;
}
