import { lazy, Suspense, useMemo } from 'react';
import { useCatalog } from '../../api/catalog';
import { KpiCard } from '../../components/kpi-card';
import { AppLink } from '../../components/app-link';
import { useInView } from '../../components/use-in-view';
import { usePageTitle } from '../../components/use-page-title';
import { useSettings, useT } from '../../components/use-settings';
import { formatPeriod } from '../../domain/format';
import { displayValue, overviewCards } from '../../components/headline-cards';
import '../../components/chart-frame.css';
import '../../components/data-table.css';
import { SinceArticle } from './since-article';
import './overview.css';

// Charting code stays out of the first view: the chart loads once its place nears the screen.
const HeadlineChart = lazy(() => import('./headline-chart'));

function HeadlineChartSlot() {
  const { t } = useT();
  const { ref, seen } = useInView<HTMLDivElement>();
  const pending = (
    <section className="chart-card chart-card--compact chart-card--pending" aria-labelledby="headline-chart-title">
      <h2 id="headline-chart-title" className="chart-card__title">
        {t('growth.headlineTitle')}
      </h2>
      <p className="chart-canvas__loading">{t('growth.headlineLoading')}</p>
    </section>
  );
  return (
    <div ref={ref} className="section headline-chart">
      {seen ? <Suspense fallback={pending}>{<HeadlineChart />}</Suspense> : pending}
    </div>
  );
}

export function OverviewPage() {
  const catalog = useCatalog();
  const { currency } = useSettings();
  const { t, lang } = useT();
  usePageTitle(t('nav.overview'));
  const cards = useMemo(() => overviewCards(catalog, lang, currency, t), [catalog, lang, currency, t]);

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('overview.title')}</h1>
        <p className="page__intro">{t('overview.intro')}</p>
      </header>

      <section aria-labelledby="headline-title">
        <h2 id="headline-title">{t('overview.headline')}</h2>
        <div className="kpi-grid">
          {cards.map((card) => (
            <KpiCard key={card.id} {...card} />
          ))}
        </div>
      </section>

      <SinceArticle catalog={catalog} />

      <HeadlineChartSlot />

      <section aria-labelledby="derived-title" className="section">
        <h2 id="derived-title">{t('overview.derivedTitle')}</h2>
        <p className="section__intro">{t('overview.derivedIntro')}</p>
        <div className="table-wrap">
          <table className="data-table data-table--stack">
            <thead>
              <tr>
                <th scope="col">{t('overview.figure')}</th>
                <th scope="col">{t('figure.period')}</th>
                <th scope="col" className="num">
                  {t('overview.value')}
                </th>
                <th scope="col">{t('figure.formula')}</th>
              </tr>
            </thead>
            <tbody>
              {catalog.derived.map((f) => {
                const shown = displayValue(f, currency, catalog, lang, t);
                return (
                  <tr key={f.id}>
                    <th scope="row">
                      <AppLink to={`/sources#${f.id}`}>{f.label[lang]}</AppLink>
                    </th>
                    <td>{formatPeriod(f.period, lang)}</td>
                    <td className="num">
                      {shown.value}
                      {shown.detail && <span className="cell-note">{t('figure.convertedShort')}</span>}
                    </td>
                    <td className="formula">{f.formula[lang]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
