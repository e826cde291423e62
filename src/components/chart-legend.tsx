import { colourClass, type DrawingData } from './chart-model';
import { useT } from './use-settings';

/**
 * A chart's key: its columns by colour (when there are several), what a dot chart's marks mean,
 * and how derived values are drawn. Every line and bar is also named in the drawing itself.
 */
export function ChartLegend({
  drawing,
  derived,
  secondary,
}: {
  drawing: DrawingData;
  /** Some value is derived (tier D). */
  derived: boolean;
  /** A dot chart has points only a secondary copy gives. */
  secondary: boolean;
}) {
  const { t } = useT();
  const dots = drawing.kind === 'dots';
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {drawing.categories.length > 1 &&
        !dots &&
        drawing.categories.map((c) => (
          <li key={c.key}>
            <span className={`swatch swatch--${drawing.kind} ${colourClass(c.colour)}`} aria-hidden="true" />
            {c.label}
          </li>
        ))}
      {dots && (
        <li>
          <span className="swatch swatch--dot" aria-hidden="true" />
          {t('chart.dotPrimary')}
        </li>
      )}
      {secondary && (
        <li>
          <span className="swatch swatch--diamond" aria-hidden="true" />
          {t('chart.dotSecondary')}
        </li>
      )}
      {derived && (
        <li>
          <span className={`swatch swatch--derived-${drawing.kind}`} aria-hidden="true" />
          {drawing.kind === 'line' ? t('chart.derivedLine') : t('chart.derivedBar')}
        </li>
      )}
    </ul>
  );
}
