import { ChartFrame, type ChartView } from '../../components/chart-frame';
import { chartSources } from '../../components/chart-sources';
import { PublishedBreak } from '../../components/published-break';
import { useT } from '../../components/use-settings';
import type { ChartId, ChartSpec } from '../../domain/chart-series';
import type { Catalog } from '../../domain/figures';
import { notFoundText, publishedBreak } from '../../domain/published-break';

interface PublishedSectionProps {
  catalog: Catalog;
  charts: readonly ChartSpec[];
  tables: ReadonlySet<ChartId>;
  setView: (id: ChartId, view: ChartView) => void;
  viewHref: (id: ChartId, view: ChartView) => string;
}

/**
 * Every province-level figure of 2011–2020 as its report published it: the break that explains
 * why the years are not one series, then one dot chart per unit. The four charts above stay on
 * the series of the announcement.
 */
export function PublishedSection({ catalog, charts, tables, setView, viewHref }: PublishedSectionProps) {
  const { t, lang } = useT();
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="published-title" className="section published">
      <h2 id="published-title">{t('growth.publishedTitle')}</h2>
      <p className="section__intro">{t('growth.publishedIntro')}</p>
      <PublishedBreak
        id="published-break-title"
        items={publishedBreak(catalog)}
        notFound={notFoundText(charts, catalog.dataset.asOf)}
        title={t('growth.breakTitle')}
        intro={t('growth.breakIntro')}
      />
      <div className="chart-grid">
        {charts.map((chart) => (
          <ChartFrame
            key={chart.id}
            chart={chart}
            headingLevel={3}
            view={tables.has(chart.id) ? 'table' : 'chart'}
            onView={(view) => setView(chart.id, view)}
            viewHref={(view) => viewHref(chart.id, view)}
            sources={chartSources(catalog, chart, lang)}
          />
        ))}
      </div>
    </section>
  );
}
