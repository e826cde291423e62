import type { ExporterRow } from '../../domain/exporter-rows';
import type { Lang } from '../../domain/format';
import type { IndexSpec } from '../../domain/row-index';

/** Facet dimensions of the exporters table, as they appear in the address. */
export const EXPORTER_DIMS = ['city', 'sector', 'market'] as const;
export type ExporterDim = (typeof EXPORTER_DIMS)[number];

export const EXPORTER_SORTS = ['name', 'city', 'sector', 'markets', 'figure', 'source'] as const;

function nameIn(row: ExporterRow, lang: Lang): string {
  return lang === 'zh' ? (row.name.zh ?? row.name.en) : row.name.en;
}

/** Search looks in both names, so 网易 and "netease" find the same company. */
export const exporterIndexSpec: IndexSpec<ExporterRow> = {
  searchText: (r) => `${r.name.en} ${r.name.zh ?? ''}`,
  facets: {
    city: (r) => (r.city ? [r.city.key] : []),
    sector: (r) => (r.sector ? [r.sector.key] : []),
    market: (r) => r.markets.map((m) => m.key),
  },
  sorts: {
    name: (r, lang) => nameIn(r, lang),
    city: (r, lang) => r.city?.label[lang],
    sector: (r, lang) => r.sector?.label[lang],
    markets: (r, lang) => r.markets[0]?.label[lang],
    // Values of one unit sort together, by size; the number is zero-padded so text order is numeric order.
    figure: (r) =>
      r.keyFigure ? `${r.keyFigure.unit}|${Math.round(r.keyFigure.value).toString().padStart(20, '0')}` : undefined,
    source: (r) => (r.origin === 'official' ? `0|${r.sourceIds[0] ?? ''}` : `1|${r.sourceText ?? ''}`),
  },
};
