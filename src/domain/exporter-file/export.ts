import { toCsv } from '../csv';
import { rowNote, type ExporterRow } from '../exporter-rows';
import type { Lang } from '../format';
import { joinList } from '../punctuation';
import { COLUMN_HEADERS, COLUMN_KEYS, type ColumnKey } from './columns';
import { periodCell } from './period-text';

/*
 * The exporters table as the files the dashboard exports (the same columns an import reads):
 * what the screen shows of each row, its key figure's period and note included. The CSV and
 * the Excel file are both written from exporterFileTable, so that they cannot differ.
 */

/** A cell of the exported table: the key figure's value is a number, every other cell text. */
export type ExportCell = string | number;

export interface ExportTable {
  /** The dashboard's own columns written, in order; the header then names any kept extra columns. */
  keys: readonly ColumnKey[];
  header: string[];
  rows: ExportCell[][];
}

/**
 * The rows as the exported table, headers and labels in `lang`. A `synthetic` column is added
 * only when a row is synthetic, so that a generated list stays marked after a round trip. A
 * row with no key figure has '' for its value.
 */
export function exporterFileTable(
  rows: readonly ExporterRow[],
  lang: Lang,
  sourceName: (id: string) => string,
): ExportTable {
  const withSynthetic = rows.some((r) => r.synthetic);
  const keys = COLUMN_KEYS.filter((k) => k !== 'synthetic' || withSynthetic);
  // The columns an imported list kept, after the dashboard's own, under the file's headers.
  const extraLabels = [...new Set(rows.flatMap((r) => (r.extra ?? []).map((e) => e.label)))];
  const cellsOf = (row: ExporterRow): ExportCell[] => {
    const kf = row.keyFigure;
    const cells: Record<ColumnKey, ExportCell> = {
      id: row.id,
      name_en: row.name.en,
      name_zh: row.name.zh ?? '',
      city: row.city?.label[lang] ?? '',
      sector: row.sector?.label[lang] ?? '',
      markets: joinList(
        row.markets.map((m) => m.label[lang]),
        lang,
        'semicolon',
      ),
      value: kf ? kf.value : '',
      unit: kf?.unit ?? '',
      qualifier: kf?.qualifier ?? '',
      period: kf?.period ? periodCell(kf.period, lang) : '',
      note: rowNote(row, lang) ?? '',
      source: row.origin === 'official' ? row.sourceIds.map(sourceName).join('; ') : (row.sourceText ?? ''),
      synthetic: row.synthetic ? 'true' : '',
    };
    const extra = new Map((row.extra ?? []).map((e) => [e.label, e.value]));
    return [...keys.map((k) => cells[k]), ...extraLabels.map((label) => extra.get(label) ?? '')];
  };
  return { keys, header: [...keys.map((k) => COLUMN_HEADERS[k][lang]), ...extraLabels], rows: rows.map(cellsOf) };
}

/**
 * The rows as CSV, headers and labels in `lang`. Values stay in base units with no grouping
 * so that a spreadsheet reads them as numbers.
 */
export function exportersToCsv(
  rows: readonly ExporterRow[],
  lang: Lang,
  meta: readonly (readonly [string, string])[],
  sourceName: (id: string) => string,
): string {
  const { header, rows: cells } = exporterFileTable(rows, lang, sourceName);
  return toCsv({ meta, header, rows: cells.map((row) => row.map(String)) });
}
