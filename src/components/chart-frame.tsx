import { Fragment, lazy, Suspense, useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ChartSpec } from '../domain/chart-series';
import { chartSubtitle, describeChart, formatPointValue } from '../domain/chart-text';
import { punctuation, yearLabel } from '../domain/punctuation';
import { AppLink } from './app-link';
import type { ChartDatum } from './chart-types';
import {
  colourClass,
  dotChartHeight,
  dotLabelWidth,
  drawingData,
  type ChartHeight,
  type ChartSourceLink,
} from './chart-model';
import { ChartActions } from './chart-actions';
import { ChartLegend } from './chart-legend';
import { DotTooltip } from './chart-dot-tooltip';
import { ChartTable } from './chart-table';
import { useBoxWidth } from './use-box-width';
import { useInView } from './use-in-view';
import { useT } from './use-settings';
import './chart-frame.css';

const ChartDrawing = lazy(() => import('./chart-drawing'));

export type ChartView = 'chart' | 'table';

export interface ChartFrameProps {
  chart: ChartSpec;
  view: ChartView;
  onView?: ((view: ChartView) => void) | undefined;
  /**
   * The address of each view. The tabs are links to it, so a click on the prerendered page
   * before the app has taken over still opens the view asked for.
   */
  viewHref?: ((view: ChartView) => string) | undefined;
  /** The sources behind the chart, named, for its source line and files. */
  sources: readonly ChartSourceLink[];
  /** The overview's compact chart: no tabs, no downloads, a lower drawing. */
  compact?: boolean | undefined;
  /** A fixed drawing width (tests: jsdom has no layout). */
  width?: number | undefined;
  headingLevel?: 2 | 3;
  /** Draw at once, not when scrolled near: a slide that is hidden until shown, or printed. */
  eager?: boolean | undefined;
  /** The drawing's height in pixels (default 340, or 280 compact); chart-frame.css sizes each one. */
  height?: ChartHeight | undefined;
  /** Shown at the end of the card, e.g. a link to more charts. */
  footer?: ReactNode;
}

const HEIGHT = { full: 340, compact: 280 } as const;
export type { ChartHeight };

/**
 * A chart as officials need it: title, unit and period; the drawing or a table of the same
 * numbers (a tab, kept in the address by the page); the chart in words; the formulas of its
 * derived values; its sources; and files to take away.
 */
export function ChartFrame({
  chart,
  view,
  onView,
  viewHref,
  sources,
  compact,
  width,
  headingLevel = 2,
  footer,
  height: heightProp,
  eager,
}: ChartFrameProps) {
  const { t, lang } = useT();
  const uid = useId();
  const ids = {
    title: `${uid}-title`,
    description: `${uid}-description`,
    chartTab: `${uid}-tab-chart`,
    tableTab: `${uid}-tab-table`,
    panel: `${uid}-panel`,
  };
  const title = chart.title[lang];
  const subtitle = chartSubtitle(chart, lang);
  const description = useMemo(() => describeChart(chart, lang), [chart, lang]);
  const drawing = useMemo(() => drawingData(chart, lang), [chart, lang]);
  const derived = chart.series.flatMap((s) => s.points.filter((p) => p.derived).map((p) => ({ s, p })));
  const dots = drawing.kind === 'dots';
  // The drawing (and Recharts with it) loads once its place nears the screen, after the page
  // has painted; prerendered HTML carries the placeholder, so hydration matches.
  const { ref: canvasRef, seen: canvasSeen } = useInView<HTMLDivElement>();
  // A dot chart's row labels take the room its box has, and it is as tall as they need.
  const box = useBoxWidth(canvasRef, dots && width === undefined);
  const labelWidth = dots ? dotLabelWidth(width ?? box) : undefined;
  const height = heightProp ?? (dots ? dotChartHeight(drawing, labelWidth) : compact ? HEIGHT.compact : HEIGHT.full);
  const secondary = dots && chart.series.some((s) => s.points.some((p) => p.label?.secondary));

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { gap, colon, semicolon } = punctuation(lang);

  const dotTooltip = (datum: ChartDatum) => <DotTooltip datum={datum} chart={chart} />;

  const tooltip = (datum: ChartDatum) => (
    <>
      <p className="chart-tooltip__title">{datum.label}</p>
      <dl>
        {drawing.categories.map((c) => {
          const p = datum.points[c.key];
          if (!p) return null;
          return (
            <Fragment key={c.key}>
              <dt>
                <span className={`swatch ${colourClass(c.colour)}`} aria-hidden="true" />
                {drawing.categories.length > 1 || chart.shape.kind === 'line' ? c.label : datum.label}
              </dt>
              <dd>
                {formatPointValue(p, chart, lang)}
                {p.derived && p.figure.formula && (
                  <span className="chart-tooltip__note">
                    {t('figure.formula')}
                    {colon}
                    {p.figure.formula[lang]}
                  </span>
                )}
                {p.converted && <span className="chart-tooltip__note">{t('chart.csvConverted')}</span>}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </>
  );

  const selectView = (next: ChartView) => onView?.(next);
  const tabs = useRef<HTMLDivElement>(null);
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key === ' ') {
      // Space activates a tab, as Enter does; a link alone would scroll the page.
      e.preventDefault();
      selectView((e.currentTarget as HTMLElement).dataset.view === 'table' ? 'table' : 'chart');
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: ChartView =
      e.key === 'Home' ? 'chart' : e.key === 'End' ? 'table' : view === 'chart' ? 'table' : 'chart';
    selectView(next);
    tabs.current?.querySelector<HTMLElement>(`[data-view="${next}"]`)?.focus();
  };

  const showChart = compact || view === 'chart';
  const loading = <p className="chart-canvas__loading">{t('chart.loading')}</p>;
  const legend = <ChartLegend drawing={drawing} derived={derived.length > 0} secondary={secondary} />;

  const body = showChart ? (
    <div className="chart-body">
      {legend}
      {/* The height as an attribute the stylesheet reads: no inline style (Content-Security-Policy). */}
      <div className="chart-canvas" data-height={height} ref={canvasRef}>
        {eager || canvasSeen ? (
          <Suspense fallback={loading}>
            <ChartDrawing
              id={uid.replaceAll(':', '')}
              index="label"
              {...drawing}
              tooltip={dots ? dotTooltip : tooltip}
              // A dot chart is drawn at its measured width, which its labels and ticks are fitted to.
              width={width ?? (dots ? box : undefined)}
              labelWidth={labelWidth}
              height={height}
              title={`${title}, ${subtitle}`}
              describedBy={ids.description}
            />
          </Suspense>
        ) : (
          loading
        )}
      </div>
    </div>
  ) : (
    <ChartTable chart={chart} title={title} />
  );

  return (
    <section
      className={`chart-card${compact ? ' chart-card--compact' : ''}`}
      aria-labelledby={ids.title}
      id={`chart-${chart.id}`}
      tabIndex={-1}
    >
      <header className="chart-card__header">
        <Heading id={ids.title} className="chart-card__title">
          {title}
        </Heading>
        <p className="chart-card__subtitle">{subtitle}</p>
      </header>

      {!compact && (
        <div className="chart-tabs" role="tablist" aria-label={t('chart.viewLabel', { title })} ref={tabs}>
          {(['chart', 'table'] as const).map((v) => (
            <a
              key={v}
              href={viewHref?.(v) ?? `#chart-${chart.id}`}
              role="tab"
              id={v === 'chart' ? ids.chartTab : ids.tableTab}
              data-view={v}
              aria-selected={view === v}
              aria-controls={ids.panel}
              tabIndex={view === v ? 0 : -1}
              onClick={(e) => {
                // A new tab or window keeps the browser's own handling of the link.
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
                e.preventDefault();
                selectView(v);
              }}
              onKeyDown={onTabKey}
              className="chart-tabs__tab"
            >
              {t(`chart.${v}`)}
            </a>
          ))}
        </div>
      )}

      {compact ? (
        body
      ) : (
        <div role="tabpanel" id={ids.panel} aria-labelledby={view === 'chart' ? ids.chartTab : ids.tableTab}>
          {body}
        </div>
      )}

      <p id={ids.description} className="chart-card__description">
        <strong>{t('chart.description')}</strong>
        {colon}
        {description}
      </p>

      {!compact && derived.length > 0 && (
        <details className="chart-card__formulas">
          <summary>{t('chart.formulas')}</summary>
          <ul>
            {derived.map(({ s, p }) => (
              <li key={`${s.key}-${p.year}`}>
                <AppLink to={`/sources#${p.figure.id}`}>
                  {s.label[lang]}
                  {gap}
                  {yearLabel(p.year, lang)}
                </AppLink>
                {colon}
                <span className="formula">{p.figure.formula?.[lang]}</span>
              </li>
            ))}
          </ul>
        </details>
      )}

      <p className="chart-card__source">
        {t('chart.source')}
        {gap}
        {sources.map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 && semicolon}
            <AppLink to={`/sources#source-${s.id}`}>{s.name}</AppLink>
          </Fragment>
        ))}
        {derived.length > 0 && `${semicolon}${t('chart.derivedSource')}`}
      </p>

      {!compact && (
        <ChartActions
          chart={chart}
          drawing={drawing}
          title={title}
          subtitle={subtitle}
          sources={sources}
          hasDerived={derived.length > 0}
          hasSecondary={secondary}
        />
      )}
      {footer}
    </section>
  );
}
