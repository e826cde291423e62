import type { Bilingual, Figure, Unit } from '../data/schema';
import { METRIC } from './derive';
import { inCurrency, type Catalog, type Currency } from './figures';

/*
 * Chart series from the figures. Charts never reshape data: this module decides which
 * figures a chart shows, in which currency, and which points are derived, and the chart
 * component only draws what it gets. Every chart runs over all the years the figures cover,
 * so a new year in the dataset extends every chart, table and description with it.
 */

export type ChartId = 'trade' | 'growth' | 'share' | 'balance';
export const CHART_IDS: readonly ChartId[] = ['trade', 'growth', 'share', 'balance'];

/** How a chart is drawn: lines over the years, or horizontal bars with one row per `rowsBy`. */
export type ChartKind = { kind: 'line' } | { kind: 'bar'; rowsBy: 'series' | 'year' };

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
}

export interface ChartSeries {
  key: string;
  label: Bilingual;
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

export const CHART_TITLES: Record<ChartId, Bilingual> = {
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
  id: ChartId,
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

/**
 * A chart as rows and columns: the shape both the drawing (one datum per row, one line or
 * bar per column) and anything tabular need.
 */
export function chartGrid(chart: ChartSpec): { rows: ChartRow[]; columns: ChartColumn[] } {
  const byYear = chart.shape.kind === 'line' || chart.shape.rowsBy === 'year';
  const yearLabel = (y: number): Bilingual => ({ en: String(y), zh: `${y}年` });
  if (byYear) {
    return {
      columns: chart.series.map((s) => ({ key: s.key, label: s.label })),
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
