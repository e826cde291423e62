import { tableToXlsx, type XlsxCell } from '../domain/exporter-file/export-xlsx';
import type { Lang } from '../domain/format';

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

/**
 * The words of the file itself, in its language: its sheet names and the line on units. They
 * are part of the file's format, like the exporters file's headers, and load with this module
 * rather than with every page's strings.
 */
const FILE_WORDS: Record<Lang, { sheet: string; aboutSheet: string; units: readonly [string, string] }> = {
  en: {
    sheet: 'Data',
    aboutSheet: 'About',
    units: ['Units', 'Each value is in the unit named in the Unit column of its row.'],
  },
  zh: { sheet: '数据', aboutSheet: '说明', units: ['单位', '各行数值的单位见该行的“单位”列。'] },
};

/** The workbook of a chart's CSV table: `valueColumn` holds the numbers, `about` goes on the second sheet. */
export function chartXlsx({
  lang,
  header,
  rows,
  valueColumn,
  about,
}: {
  lang: Lang;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  valueColumn: number;
  about: readonly (readonly [string, string])[];
}): Uint8Array<ArrayBuffer> {
  const words = FILE_WORDS[lang];
  return tableToXlsx({
    sheet: words.sheet,
    aboutSheet: words.aboutSheet,
    header,
    rows: rows.map((row) => row.map((cell, i) => (i === valueColumn ? numberCell(cell) : cell))),
    about: [...about, words.units],
  });
}
