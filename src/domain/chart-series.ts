import type { Bilingual, Figure, Unit } from '../data/schema';
import { METRIC } from './derive';
import { inCurrency, type Catalog, type Currency } from './figures';

/*
 * Chart series from the figures. Charts never reshape data: this module decides which
 * figures a chart shows, in which currency, and which points are derived, and the chart
 * component only draws what it gets. Every chart runs over all the years the figures cover,
 * so a new year in the dataset extends every chart, table and description with it.
 */

/** The four charts of the headline series. */
export type GrowthChartId = 'trade' | 'growth' | 'share' | 'balance';
export const CHART_IDS: readonly GrowthChartId[] = ['trade', 'growth', 'share', 'balance'];
/** The charts of every figure as each report published it (published-series.ts). */
export type PublishedChartId = 'published-cny' | 'published-usd' | 'published-growth';
export type ChartId = GrowthChartId | PublishedChartId;

/**
 * How a chart is drawn: lines over the years, horizontal bars with one row per `rowsBy`, or
 * dots with one row per point, joined only where published-series.ts says they may be.
 */
export type ChartKind = { kind: 'line' } | { kind: 'bar'; rowsBy: 'series' | 'year' } | { kind: 'dots' };

/** What a point of a dot chart says about itself, in both languages, for its row and its table. */
export interface PointLabel {
  /** What it measures, short: "Services trade". */
  measure: Bilingual;
  /** The period it covers: "2017", "January–October 2011". */
  period: Bilingual;
  /** Its sources by their short names, a repost with the words "secondary copy". */
  source: Bilingual;
  /** True when every source it cites is a repost: drawn apart, as a secondary copy. */
  secondary: boolean;
  /** What it covers, where that is not what the headline series covers. */
  scope?: Bilingual | undefined;
}

export interface ChartPoint {
  year: number;
  /** In the chart's unit, converted to the chosen currency where the chart is in money. */
  value: number;
  /** The figure the value comes from, stored or derived. */
  figure: Figure;
  /** Computed from other figures (tier D), not stated by a source. */
  derived: boolean;
  /** Converted here from yuan at the article's implied rate. */
  converted: boolean;
  /**
   * The significant figures the value carries (significance.ts), to which a derived or converted
   * one is shown; absent, those of its figure.
   */
  significantFigures?: number | undefined;
  /** Dot charts: the point's own row label, source and scope. */
  label?: PointLabel | undefined;
}

export interface ChartSeries {
  key: string;
  label: Bilingual;
  /** Dot charts: what the series measures, shared by the series of one measure. */
  group?: { key: string; label: Bilingual } | undefined;
  /** Ordered by year; a year no figure covers has no point. */
  points: ChartPoint[];
}

export type ChartUnit = Extract<Unit, 'CNY' | 'USD' | 'percent'>;

export interface ChartSpec {
  id: ChartId;
  title: Bilingual;
  unit: ChartUnit;
  shape: ChartKind;
  years: number[];
  series: ChartSeries[];
  /** Every source behind every point, in order of first use. */
  sourceIds: string[];
  /** The value axis starts at zero; percent shares also end at 100. */
  domain: 'zero' | 'share';
  /** 'change': the values are growth rates, written with their sign and read year by year. */
  measure: 'level' | 'change';
}

const SERIES_LABELS = {
  trade: { en: 'Trade', zh: '进出口' },
  exports: { en: 'Exports', zh: '出口' },
  imports: { en: 'Imports', zh: '进口' },
  share: { en: 'Export share', zh: '出口占比' },
  balance: { en: 'Balance', zh: '差额' },
} satisfies Record<string, Bilingual>;

export const CHART_TITLES: Record<GrowthChartId, Bilingual> = {
  trade: { en: 'Culture-services trade, exports and imports', zh: '文化服务贸易进出口、出口与进口' },
  growth: { en: 'Growth on the year before', zh: '同比增速' },
  share: { en: 'Exports as a share of trade', zh: '出口占进出口比重' },
  balance: { en: 'Trade balance: exports minus imports', zh: '贸易差额：出口减进口' },
};

const HEADLINE_TIERS = new Set(['A', 'B', 'D']);

/**
 * The figure for a metric and year: a stored headline (tier A before B) wins over a derived
 * one. Context figures (tier C) are of other scopes and never enter a chart series.
 */
function figureFor(all: readonly Figure[], metric: string, unit: Unit, year: number): Figure | undefined {
  const order = { A: 0, B: 1, D: 2, C: 3 } as const;
  let best: Figure | undefined;
  for (const f of all) {
    if (f.metric !== metric || f.unit !== unit || !HEADLINE_TIERS.has(f.tier)) continue;
    if (f.period.kind !== 'year' || f.period.year !== year) continue;
    if (!best || order[f.tier] < order[best.tier]) best = f;
  }
  return best;
}

function yearsOf(all: readonly Figure[], metrics: readonly string[], unit: Unit): number[] {
  const years = new Set<number>();
  for (const f of all)
    if (metrics.includes(f.metric) && f.unit === unit && HEADLINE_TIERS.has(f.tier) && f.period.kind === 'year')
      years.add(f.period.year);
  return [...years].sort((a, b) => a - b);
}

function point(figure: Figure, currency: Currency, catalog: Catalog): ChartPoint {
  const shown = inCurrency(figure, currency, catalog);
  const year = figure.period.kind === 'year' ? figure.period.year : Number.NaN;
  return {
    year,
    value: shown.value,
    figure,
    derived: figure.tier === 'D',
    converted: shown.converted,
    significantFigures: shown.significantFigures,
  };
}

function series(
  key: keyof typeof SERIES_LABELS,
  metric: string,
  unit: Unit,
  years: readonly number[],
  all: readonly Figure[],
  currency: Currency,
  catalog: Catalog,
): ChartSeries {
  const points: ChartPoint[] = [];
  for (const y of years) {
    const f = figureFor(all, metric, unit, y);
    if (f) points.push(point(f, currency, catalog));
  }
  return { key, label: SERIES_LABELS[key], points };
}

function spec(
  id: GrowthChartId,
  unit: ChartUnit,
  shape: ChartKind,
  list: ChartSeries[],
  domain: ChartSpec['domain'] = 'zero',
  measure: ChartSpec['measure'] = 'level',
): ChartSpec {
  const kept = list.filter((s) => s.points.length > 0);
  const years = [...new Set(kept.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const sourceIds = [...new Set(kept.flatMap((s) => s.points.flatMap((p) => p.figure.sourceIds)))];
  return { id, title: CHART_TITLES[id], unit, shape, years, series: kept, sourceIds, domain, measure };
}

/** The unit a money chart is drawn in: yuan, or US dollars when the reader chose them and a rate is known. */
export function moneyUnit(currency: Currency, catalog: Catalog): 'CNY' | 'USD' {
  return currency === 'USD' && catalog.rate ? 'USD' : 'CNY';
}

/** The charts of the growth page, in reading order; a chart with no figures is left out. */
export function growthCharts(catalog: Catalog, currency: Currency): ChartSpec[] {
  const all: Figure[] = [...catalog.dataset.figures, ...catalog.derived];
  const money = moneyUnit(currency, catalog);
  const moneyYears = yearsOf(all, [METRIC.trade, METRIC.exports, METRIC.imports], 'CNY');
  const growthYears = yearsOf(all, [METRIC.tradeYoy, METRIC.exportsYoy, METRIC.importsYoy], 'percent');
  const shareYears = yearsOf(all, [METRIC.exportShare], 'percent');
  const balanceYears = yearsOf(all, [METRIC.balance], 'CNY');
  const s = (key: keyof typeof SERIES_LABELS, metric: string, unit: Unit, years: readonly number[]) =>
    series(key, metric, unit, years, all, currency, catalog);

  return [
    spec('trade', money, { kind: 'line' }, [
      s('trade', METRIC.trade, 'CNY', moneyYears),
      s('exports', METRIC.exports, 'CNY', moneyYears),
      s('imports', METRIC.imports, 'CNY', moneyYears),
    ]),
    spec(
      'growth',
      'percent',
      { kind: 'bar', rowsBy: 'series' },
      [
        s('trade', METRIC.tradeYoy, 'percent', growthYears),
        s('exports', METRIC.exportsYoy, 'percent', growthYears),
        s('imports', METRIC.importsYoy, 'percent', growthYears),
      ],
      'zero',
      'change',
    ),
    spec('share', 'percent', { kind: 'line' }, [s('share', METRIC.exportShare, 'percent', shareYears)], 'share'),
    spec('balance', money, { kind: 'bar', rowsBy: 'year' }, [s('balance', METRIC.balance, 'CNY', balanceYears)]),
  ].filter((c) => c.series.length > 0);
}

/** One row of a chart as drawn: a year (lines, bars by year) or a series (bars by series). */
export interface ChartRow {
  key: string;
  label: Bilingual;
  /** By column key: the point in this row, if any. */
  cells: Record<string, ChartPoint | undefined>;
}

export interface ChartColumn {
  key: string;
  label: Bilingual;
}

function seriesColumns(chart: ChartSpec): ChartColumn[] {
  return chart.series.map((s) => ({ key: s.key, label: s.label }));
}

/** Where a point falls in time, for ordering: its year, then the first month it covers. */
function periodOrder(p: ChartPoint): number {
  const period = p.figure.period;
  const month = period.kind === 'months' ? period.from : period.kind === 'month' ? period.month : 0;
  return p.year * 100 + month;
}

/**
 * The rows of a dot chart: one per point, grouped by what the series measure (in their order),
 * in time order within a group. Each row holds its one point, so no row joins two series.
 */
function dotRows(chart: ChartSpec): ChartRow[] {
  const groups = [...new Set(chart.series.map((s) => s.group?.key ?? s.key))];
  const entries = chart.series.flatMap((s) =>
    s.points.map((p) => ({ s, p, group: groups.indexOf(s.group?.key ?? s.key) })),
  );
  entries.sort((a, b) => a.group - b.group || periodOrder(a.p) - periodOrder(b.p));
  return entries.map(({ s, p }) => ({
    key: p.figure.id,
    label: p.label ? dotRowLabel(p.label) : { en: String(p.year), zh: `${p.year}年` },
    cells: { [s.key]: p },
  }));
}

/** "Services trade, 2017" / "服务进出口，2017年": what a dot chart's row shows, before its source. */
function dotRowLabel(label: PointLabel): Bilingual {
  return { en: `${label.measure.en}, ${label.period.en}`, zh: `${label.measure.zh}，${label.period.zh}` };
}

/**
 * A chart as rows and columns: the shape both the drawing (one datum per row, one line or
 * bar per column) and anything tabular need.
 */
export function chartGrid(chart: ChartSpec): { rows: ChartRow[]; columns: ChartColumn[] } {
  const yearLabel = (y: number): Bilingual => ({ en: String(y), zh: `${y}年` });
  if (chart.shape.kind === 'dots') return { columns: seriesColumns(chart), rows: dotRows(chart) };
  const byYear = chart.shape.kind === 'line' || chart.shape.rowsBy === 'year';
  if (byYear) {
    return {
      columns: seriesColumns(chart),
      rows: chart.years.map((y) => ({
        key: String(y),
        label: yearLabel(y),
        cells: Object.fromEntries(chart.series.map((s) => [s.key, s.points.find((p) => p.year === y)])),
      })),
    };
  }
  return {
    columns: chart.years.map((y) => ({ key: String(y), label: yearLabel(y) })),
    rows: chart.series.map((s) => ({
      key: s.key,
      label: s.label,
      cells: Object.fromEntries(chart.years.map((y) => [String(y), s.points.find((p) => p.year === y)])),
    })),
  };
}

/** Every derived point of a chart, in reading order, for the list of formulas under it. */
export function derivedPoints(chart: ChartSpec): { series: ChartSeries; point: ChartPoint }[] {
  return chart.series.flatMap((s) => s.points.filter((p) => p.derived).map((p) => ({ series: s, point: p })));
}
