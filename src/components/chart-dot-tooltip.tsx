import type { ChartSpec } from '../domain/chart-series';
import { formatPointValue } from '../domain/chart-text';
import { punctuation } from '../domain/punctuation';
import type { ChartDatum } from './chart-types';
import { useT } from './use-settings';

/** A dot chart's tooltip: the figure's row, its value in full, its source and what it covers. */
export function DotTooltip({ datum, chart }: { datum: ChartDatum; chart: ChartSpec }) {
  const { t, lang } = useT();
  const p = Object.values(datum.points)[0];
  if (!p) return null;
  return (
    <>
      <p className="chart-tooltip__title">{datum.label}</p>
      <p className="chart-tooltip__value">{formatPointValue(p, chart, lang)}</p>
      {datum.source && (
        <p className="chart-tooltip__note">
          {t('chart.source')}
          {punctuation(lang).gap}
          {datum.source}
        </p>
      )}
      {p.label?.scope && <p className="chart-tooltip__note">{p.label.scope[lang]}</p>}
    </>
  );
}
