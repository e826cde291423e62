import type { Bilingual } from '../../data/schema';
import { unneutralise } from '../csv';

/*
 * The columns of the exporters file, one list for what is exported and what is imported, and
 * the headers they go by in each language.
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
  'note',
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
  note: { en: 'note', zh: '说明' },
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

/** Trimmed before and after: a hand-edited "  '=x " and an exported "'\tx" both come back. */
export function clean(cell: string): string {
  return unneutralise(cell.trim()).trim();
}

/** The column a header names, in either language, as a header cell of the file writes it. */
export function columnOf(header: string): ColumnKey | undefined {
  const h = clean(header);
  return HEADER_ALIASES.get(h.toLowerCase());
}
