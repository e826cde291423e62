import type { ChartSpec } from '../domain/chart-series';
import { chartScale, formatPointValue } from '../domain/chart-text';
import { parenthesised, yearLabel } from '../domain/punctuation';
import { useT } from './use-settings';
import './data-table.css';
import './chart-table.css';

/** A chart's numbers as a table: one row per series, one column per year, in full with their units. */
export function ChartTable({ chart, title }: { chart: ChartSpec; title: string }) {
  const { t, lang } = useT();
  const unit = chartScale(chart, lang).unit;
  return (
    <div className="table-wrap">
      <table className="data-table chart-table">
        <caption>{parenthesised(title, unit, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.rowHeader')}</th>
            {chart.years.map((y) => (
              <th key={y} scope="col" className="num">
                {yearLabel(y, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label[lang]}</th>
              {chart.years.map((y) => {
                const p = s.points.find((q) => q.year === y);
                return (
                  <td key={y} className="num">
                    {p ? formatPointValue(p, chart, lang) : <span className="muted">{t('chart.notStated')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
