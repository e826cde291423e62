import type { TableDeclaration } from '../../components/table-declaration';
import {
  RECOGNITION_ORDER,
  RECOGNITION_VALUES,
  type ExporterRow,
  type RecognitionKey,
} from '../../domain/exporter-rows';

import { displayName } from '../../domain/figures';
import { indexSpecOf } from '../../domain/row-index';

const NONE_STATED = { key: 'none-stated', label: RECOGNITION_VALUES['none-stated'] };

/**
 * The exporters table: what a search looks in, its facets and its sortable columns. A facet
 * is one entry of `facets` (its key in the address, the i18n key of its legend, a row's
 * values): the filter, the counts, the address and the CSV's filter line follow from it.
 * Search looks in both names, so 网易 and "netease" find the same company.
 */
export const exporterTable: TableDeclaration<ExporterRow> = {
  searchText: (r) => `${r.name.en} ${r.name.zh ?? ''}`,
  facets: [
    { key: 'city', label: 'exporters.city', values: (r) => (r.city ? [r.city] : []) },
    { key: 'sector', label: 'exporters.sector', values: (r) => (r.sector ? [r.sector] : []) },
    { key: 'market', label: 'exporters.market', values: (r) => r.markets },
    {
      key: 'recognition',
      label: 'exporters.recognition',
      // An imported row's lists are not stated either: the file does not say.
      values: (r) => r.recognition ?? [NONE_STATED],
      order: (a, b) =>
        RECOGNITION_ORDER.indexOf(a.key as RecognitionKey) - RECOGNITION_ORDER.indexOf(b.key as RecognitionKey),
    },
  ],
  sorts: {
    name: (r, lang) => displayName(r.name, lang).text,
    city: (r, lang) => r.city?.label[lang],
    sector: (r, lang) => r.sector?.label[lang],
    markets: (r, lang) => r.markets[0]?.label[lang],
    recognition: (r) => RECOGNITION_ORDER.indexOf((r.recognition?.[0]?.key ?? 'none-stated') as RecognitionKey),
    // Values of one unit sort together, by size; the number is zero-padded so text order is numeric order.
    figure: (r) =>
      r.keyFigure ? `${r.keyFigure.unit}|${Math.round(r.keyFigure.value).toString().padStart(20, '0')}` : undefined,
    source: (r) => (r.origin === 'official' ? `0|${r.sourceIds[0] ?? ''}` : `1|${r.sourceText ?? ''}`),
  },
};

/** The same table as the index and the address see it (for the benchmark and the tests). */
export const exporterIndexSpec = indexSpecOf(exporterTable);
export const EXPORTER_DIMS = exporterTable.facets.map((f) => f.key);
export const EXPORTER_SORTS = Object.keys(exporterTable.sorts);
