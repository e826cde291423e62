import { toCsv } from '../csv';
import { rowNote, type ExporterRow } from '../exporter-rows';
import type { Lang } from '../format';
import { joinList } from '../punctuation';
import { COLUMN_HEADERS, COLUMN_KEYS, type ColumnKey } from './columns';
import { periodCell } from './period-text';

/*
 * The exporters table as the file the dashboard exports (the same columns an import reads):
 * what the screen shows of each row, its key figure's period and note included.
 */

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
  const cellsOf = (row: ExporterRow): string[] => {
    const kf = row.keyFigure;
    const cells: Record<ColumnKey, string> = {
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
      value: kf ? String(kf.value) : '',
      unit: kf?.unit ?? '',
      qualifier: kf?.qualifier ?? '',
      period: kf?.period ? periodCell(kf.period, lang) : '',
      note: rowNote(row, lang) ?? '',
      source: row.origin === 'official' ? row.sourceIds.map(sourceName).join('; ') : (row.sourceText ?? ''),
      synthetic: row.synthetic ? 'true' : '',
    };
    return keys.map((k) => cells[k]);
  };
  return toCsv({ meta, header: keys.map((k) => COLUMN_HEADERS[k][lang]), rows: rows.map(cellsOf) });
}
