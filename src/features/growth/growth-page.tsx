import { useMemo } from 'react';
import { useCatalog } from '../../api/catalog';
import { ChartFrame } from '../../components/chart-frame';
import { chartSources } from '../../components/chart-sources';
import { useHashScroll } from '../../components/use-hash-scroll';
import { usePageTitle } from '../../components/use-page-title';
import { useSettings, useT } from '../../components/use-settings';
import { growthCharts } from '../../domain/chart-series';
import { formatValue } from '../../domain/format';
import { figuresOfTier } from '../../domain/figures';
import { publishedCharts } from '../../domain/published-series';
import { ContextFigures } from './context-figures';
import { PublishedSection } from './published-section';
import { useChartViews } from './use-chart-views';
import './growth.css';

export function GrowthPage() {
  const catalog = useCatalog();
  const { currency } = useSettings();
  const { t, lang } = useT();
  usePageTitle(t('growth.title'));
  useHashScroll();
  const charts = useMemo(() => growthCharts(catalog, currency), [catalog, currency]);
  // In their published units whatever the currency chosen: a report's figure is never converted.
  const published = useMemo(() => publishedCharts(catalog), [catalog]);
  const order = useMemo(() => [...charts, ...published].map((c) => c.id), [charts, published]);
  const { tables, setView, viewHref } = useChartViews(order);
  // The figures drawn as published are not listed again among those never drawn.
  const context = useMemo(() => {
    const drawn = new Set(published.flatMap((c) => c.series.flatMap((s) => s.points.map((p) => p.figure.id))));
    return figuresOfTier(catalog, 'C').filter((f) => !drawn.has(f.id));
  }, [catalog, published]);
  const converted = charts.some((c) => c.series.some((s) => s.points.some((p) => p.converted)));

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('growth.title')}</h1>
        <p className="page__intro">{t('growth.intro')}</p>
        {converted && catalog.rate && (
          <p className="page__note">
            {t('growth.usdNote', {
              rate: formatValue(catalog.rate.value, catalog.rate.unit, lang, {
                significant: catalog.rate.significantFigures,
              }),
            })}
          </p>
        )}
      </header>

      <div className="chart-grid">
        {charts.map((chart) => (
          <ChartFrame
            key={chart.id}
            chart={chart}
            view={tables.has(chart.id) ? 'table' : 'chart'}
            onView={(view) => setView(chart.id, view)}
            viewHref={(view) => viewHref(chart.id, view)}
            sources={chartSources(catalog, chart, lang)}
          />
        ))}
      </div>

      <PublishedSection catalog={catalog} charts={published} tables={tables} setView={setView} viewHref={viewHref} />

      <ContextFigures catalog={catalog} figures={context} />
    </div>
  );
}
