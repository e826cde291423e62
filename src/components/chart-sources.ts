import type { ChartSpec } from '../domain/chart-series';
import { sourceTitle, type Catalog } from '../domain/figures';
import type { Lang } from '../domain/format';
import type { ChartSourceLink } from './chart-model';

/** The sources behind a chart, named for its source line. */
export function chartSources(catalog: Catalog, chart: ChartSpec, lang: Lang): ChartSourceLink[] {
  return chart.sourceIds.map((id) => {
    const s = catalog.sources.get(id);
    return { id, name: s ? sourceTitle(s, lang) : id };
  });
}
