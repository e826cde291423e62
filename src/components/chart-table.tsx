import { chartGrid, type ChartSpec } from '../domain/chart-series';
import { chartScale, formatPointValue } from '../domain/chart-text';
import { parenthesised, yearLabel } from '../domain/punctuation';
import { AppLink } from './app-link';
import { useT } from './use-settings';
import './data-table.css';
import './chart-table.css';

/**
 * A chart's numbers as a table, in full with their units: one row per series and one column
 * per year; for a dot chart, one row per point with its source and what it covers.
 */
export function ChartTable({ chart, title }: { chart: ChartSpec; title: string }) {
  const { t, lang } = useT();
  const unit = chartScale(chart, lang).unit;
  if (chart.shape.kind === 'dots') return <DotTable chart={chart} title={title} />;
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

/** The rows of a dot chart as drawn: each figure with its value, its source and its scope. */
function DotTable({ chart, title }: { chart: ChartSpec; title: string }) {
  const { t, lang } = useT();
  const unit = chartScale(chart, lang).unit;
  const rows = chartGrid(chart).rows.flatMap((r) => {
    const point = Object.values(r.cells)[0];
    return point ? [{ row: r, point }] : [];
  });
  return (
    <div className="table-wrap">
      <table className="data-table data-table--stack chart-table chart-table--dots">
        <caption>{parenthesised(title, unit, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.figureHeader')}</th>
            <th scope="col" className="num">
              {t('chart.valueHeader')}
            </th>
            <th scope="col">{t('chart.sourceHeader')}</th>
            <th scope="col">{t('chart.scopeHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, point }) => (
            <tr key={row.key}>
              <th scope="row">
                <AppLink to={`/sources#${point.figure.id}`}>{row.label[lang]}</AppLink>
              </th>
              <td className="num">{formatPointValue(point, chart, lang)}</td>
              <td>{point.label?.source[lang]}</td>
              <td>{point.label?.scope?.[lang] ?? <span className="muted">{t('chart.notStated')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
