import { useMemo } from 'react';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { ChartFrame } from '../../components/chart-frame';
import { chartSources } from '../../components/chart-sources';
import { useSettings, useT } from '../../components/use-settings';
import { growthCharts } from '../../domain/chart-series';

/** The overview's compact chart: trade, exports and imports over the years, with a way to all charts. */
export default function HeadlineChart() {
  const catalog = useCatalog();
  const { currency } = useSettings();
  const { t, lang } = useT();
  const chart = useMemo(() => growthCharts(catalog, currency).find((c) => c.id === 'trade'), [catalog, currency]);
  if (!chart) return null;
  return (
    <ChartFrame
      chart={chart}
      view="chart"
      compact
      sources={chartSources(catalog, chart, lang)}
      footer={
        <AppLink to="/growth#chart-trade" className="chart-card__more">
          {t('growth.headlineLink')}
        </AppLink>
      }
    />
  );
}
