import { tableToXlsx, type XlsxCell } from '../domain/exporter-file/export-xlsx';

/*
 * A chart's data as an Excel workbook: the rows of its CSV, the value a number cell that keeps
 * the decimals the CSV writes. Loaded by ChartActions only when a reader asks for the file.
 */

// As chartCsvRows writes a value: plain digits, no grouping, a point for decimals.
const PLAIN_NUMBER = /^[-−]?\d+(?:\.(\d+))?$/;

/** A CSV value cell as a number cell shown with as many decimals as the CSV has; any other text as it is. */
export function numberCell(text: string): XlsxCell {
  const match = PLAIN_NUMBER.exec(text);
  if (!match) return text;
  const n = Number(text.replace('−', '-'));
  const decimals = match[1]?.length ?? 0;
  return { n, format: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0' };
}

/** The workbook of a chart's CSV table: `valueColumn` holds the numbers, `about` goes on the second sheet. */
export function chartXlsx({
  sheet,
  aboutSheet,
  header,
  rows,
  valueColumn,
  about,
}: {
  sheet: string;
  aboutSheet: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  valueColumn: number;
  about: readonly (readonly [string, string])[];
}): Uint8Array<ArrayBuffer> {
  return tableToXlsx({
    sheet,
    aboutSheet,
    header,
    rows: rows.map((row) => row.map((cell, i) => (i === valueColumn ? numberCell(cell) : cell))),
    about,
  });
}
