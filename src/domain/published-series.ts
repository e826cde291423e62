import type { Bilingual, Figure, Period, Source, Unit } from '../data/schema';
import type { ChartPoint, ChartSeries, ChartSpec, PointLabel, PublishedChartId } from './chart-series';
import { secondaryCopyText, type Catalog } from './figures';
import { formatPeriod, type Lang } from './format';
import { joinList, punctuation } from './punctuation';

/*
 * Every province-level culture-trade figure of 2011–2020 as its report published it (section E1
 * of the sources dossier, with the headline 2020 figures), each its own point. The reports
 * differ in scope and unit and their values contradict one another, so:
 * - a chart holds one unit only (yuan, US dollars, or growth rates), never two;
 * - a series is one measure, one scope, one unit and one set of sources: two points are joined
 *   only within a series, never across a change of source or scope;
 * - nothing is summed, compared or converted across series, except in the formulas of
 *   published-break.ts, which show why the years do not make one series;
 * - a year no source gives is left empty.
 * The figures are found here, by id, and nowhere else.
 */

export type MeasureId =
  | 'services-trade'
  | 'services-exports'
  | 'services-imports'
  | 'products-trade'
  | 'products-services-exports'
  | 'products-exports';

interface Measure {
  id: MeasureId;
  /** In full, for series names: "Culture-services trade". */
  label: Bilingual;
  /** Short, for a row of a chart: "Services trade". */
  short: Bilingual;
  /** The figures of this measure, any unit; their growth rates are found by `growthOf`. */
  figureIds: readonly string[];
}

/** What each published figure measures, in reading order. */
export const PUBLISHED_MEASURES: readonly Measure[] = [
  {
    id: 'services-trade',
    label: { en: 'Culture-services trade', zh: '文化服务进出口' },
    short: { en: 'Services trade', zh: '服务进出口' },
    figureIds: [
      'trade-2015-usd',
      'trade-2017-published',
      'trade-2018-printed',
      'trade-total',
      'trade-total-precise',
      'trade-total-usd',
    ],
  },
  {
    id: 'services-exports',
    label: { en: 'Culture-services exports', zh: '文化服务出口' },
    short: { en: 'Services exports', zh: '服务出口' },
    figureIds: ['exports-2017-published', 'exports-2018-printed', 'exports-total', 'exports-total-precise'],
  },
  {
    id: 'services-imports',
    label: { en: 'Culture-services imports', zh: '文化服务进口' },
    short: { en: 'Services imports', zh: '服务进口' },
    figureIds: ['imports-2018-printed'],
  },
  {
    id: 'products-trade',
    label: { en: 'Culture-products trade', zh: '文化产品进出口' },
    short: { en: 'Products trade', zh: '产品进出口' },
    figureIds: ['products-trade-2015'],
  },
  {
    id: 'products-services-exports',
    label: { en: 'Culture products and services exports', zh: '文化产品和服务出口' },
    short: { en: 'Products and services exports', zh: '产品和服务出口' },
    figureIds: ['exports-2011-jan-oct'],
  },
  {
    id: 'products-exports',
    label: { en: 'Culture-products exports', zh: '文化产品出口' },
    short: { en: 'Products exports', zh: '产品出口' },
    figureIds: ['products-exports-2011-jan-oct'],
  },
];

type PublishedUnit = Extract<Unit, 'CNY' | 'USD' | 'percent'>;

interface Group {
  id: PublishedChartId;
  unit: PublishedUnit;
  title: Bilingual;
}

/** One chart per unit: yuan and US dollars never share an axis, nor amounts and growth rates. */
const GROUPS: readonly Group[] = [
  {
    id: 'published-cny',
    unit: 'CNY',
    title: { en: 'Published in yuan, report by report', zh: '历年公布值（人民币）' },
  },
  {
    id: 'published-usd',
    unit: 'USD',
    title: { en: 'Published in US dollars, report by report', zh: '历年公布值（美元）' },
  },
  {
    id: 'published-growth',
    unit: 'percent',
    title: { en: 'Growth rates as each report published them', zh: '各报道公布的同比增速' },
  },
];

/** A published figure with what it measures. */
interface Entry {
  figure: Figure;
  measure: Measure;
}

/** Every figure of the measures, and every growth rate of them, in the dataset. */
function publishedEntries(catalog: Catalog): Entry[] {
  const entries: Entry[] = [];
  for (const measure of PUBLISHED_MEASURES)
    for (const id of measure.figureIds) {
      const figure = catalog.figures.get(id);
      if (!figure || figure.tier === 'D') continue;
      entries.push({ figure, measure });
      for (const g of catalog.growth.get(id) ?? []) if (g.tier !== 'D') entries.push({ figure: g, measure });
    }
  return entries;
}

/** The year a period falls in, or undefined for one with no single year (never drawn). */
export function periodYear(period: Period): number | undefined {
  switch (period.kind) {
    case 'year':
    case 'month':
    case 'months':
      return period.year;
    case 'range':
    case 'annual':
    case 'cumulative':
    case 'announced':
      return undefined;
  }
}

/**
 * What makes two points one series: the same measure, scope (metric), unit, kind of period and
 * sources. Two reports of one year, or one report of two scopes, are never one series.
 */
export function seriesKey(measure: MeasureId, figure: Figure): string {
  const period =
    figure.period.kind === 'months' ? `months-${figure.period.from}-${figure.period.to}` : figure.period.kind;
  return [measure, figure.metric, figure.unit, period, [...figure.sourceIds].sort().join('+')].join('|');
}

function sourcesOf(figure: Figure, catalog: Catalog): Source[] {
  return figure.sourceIds.flatMap((id) => {
    const s = catalog.sources.get(id);
    return s ? [s] : [];
  });
}

/**
 * The sources of a point as its row names them: a publisher's own page by its short name, a
 * repost by the words "secondary copy" and the outlet whose text it carries.
 */
function citation(sources: readonly Source[], lang: Lang): string {
  return joinList(
    sources.map((s) => secondaryCopyText(s, lang) ?? s.short[lang]),
    lang,
    'semicolon',
  );
}

const both = (f: (lang: Lang) => string): Bilingual => ({ en: f('en'), zh: f('zh') });

const TWIN_SCOPE: Bilingual = {
  en: 'The article’s own US-dollar figure for the same trade, not a conversion made here.',
  zh: '原文自行给出的同一贸易额的美元数值，并非本站换算。',
};
const HEADLINE_SCOPE: Bilingual = {
  en: 'The announcement of February 2021: the series of the charts above.',
  zh: '2021年2月的发布：即上方图表的序列。',
};

/** What a point covers: its caveat, else what its headline links say. */
function scopeOf(figure: Figure): Bilingual | undefined {
  if (figure.caveat) return figure.caveat;
  if (figure.currencyTwinOf) return TWIN_SCOPE;
  if (figure.note) return figure.note;
  return figure.tier === 'A' || figure.tier === 'B' ? HEADLINE_SCOPE : undefined;
}

function pointOf(entry: Entry, year: number, catalog: Catalog): ChartPoint {
  const { figure, measure } = entry;
  const sources = sourcesOf(figure, catalog);
  const label: PointLabel = {
    measure: measure.short,
    period: both((lang) => formatPeriod(figure.period, lang)),
    source: both((lang) => citation(sources, lang)),
    secondary: sources.length > 0 && sources.every((s) => s.grade === 'repost'),
    scope: scopeOf(figure),
  };
  return { year, value: figure.value, figure, derived: false, converted: false, label };
}

/** "Culture-services trade — Zhejiang Daily", with the period when it is part of a year. */
function seriesLabel(entry: Entry, catalog: Catalog): Bilingual {
  const { figure, measure } = entry;
  const partial = figure.period.kind === 'months' || figure.period.kind === 'month';
  const sources = sourcesOf(figure, catalog);
  return both((lang) => {
    const { comma } = punctuation(lang);
    const name = partial ? `${measure.label[lang]}${comma}${formatPeriod(figure.period, lang)}` : measure.label[lang];
    return `${name}${lang === 'zh' ? '——' : ' — '}${citation(sources, lang)}`;
  });
}

/** The published figures of one unit as a dot chart, one series per measure, scope and source. */
function groupChart(group: Group, entries: readonly Entry[], catalog: Catalog): ChartSpec {
  const series = new Map<string, ChartSeries>();
  for (const entry of entries) {
    if (entry.figure.unit !== group.unit) continue;
    const year = periodYear(entry.figure.period);
    if (year === undefined) continue;
    const key = seriesKey(entry.measure.id, entry.figure);
    let s = series.get(key);
    if (!s) {
      s = {
        key,
        label: seriesLabel(entry, catalog),
        group: { key: entry.measure.id, label: entry.measure.label },
        points: [],
      };
      series.set(key, s);
    }
    s.points.push(pointOf(entry, year, catalog));
  }
  const list = [...series.values()];
  for (const s of list) s.points.sort((a, b) => a.year - b.year);
  const years = [...new Set(list.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const sourceIds = [...new Set(list.flatMap((s) => s.points.flatMap((p) => p.figure.sourceIds)))];
  return {
    id: group.id,
    title: group.title,
    unit: group.unit,
    shape: { kind: 'dots' },
    years,
    series: list,
    sourceIds,
    domain: 'zero',
    measure: group.unit === 'percent' ? 'change' : 'level',
  };
}

/** The charts of the published figures, one per unit, in reading order; an empty one is left out. */
export function publishedCharts(catalog: Catalog): ChartSpec[] {
  const entries = publishedEntries(catalog);
  return GROUPS.map((g) => groupChart(g, entries, catalog)).filter((c) => c.series.length > 0);
}

/** A line a chart draws between two points of one series. */
export interface Segment {
  seriesKey: string;
  from: ChartPoint;
  to: ChartPoint;
}

/**
 * The lines the published charts draw: between the points of neighbouring years of one series
 * only, so never across a change of source, scope or unit, and never between two values of one
 * year. (The reports gathered so far give each series one year: none.)
 */
export function publishedSegments(chart: ChartSpec): Segment[] {
  return chart.series.flatMap((s) =>
    s.points.slice(1).flatMap((to, i) => {
      const from = s.points[i];
      return from && from.year < to.year ? [{ seriesKey: s.key, from, to }] : [];
    }),
  );
}

/**
 * The figures the contradictions between the reports are computed from (published-break.ts),
 * named here with every other id of the published series.
 */
export const BREAK_FIGURES = {
  trade2017: 'trade-2017-published',
  trade2018: 'trade-2018-printed',
  trade2018Growth: 'trade-2018-printed-yoy',
  exports2018: 'exports-2018-printed',
  imports2018: 'imports-2018-printed',
  trade2020: 'trade-total-precise',
  trade2020Growth: 'trade-total-yoy',
  exports2020: 'exports-total-precise',
  /** The year whose figures are in US dollars only. */
  usdYear: 2015,
} as const;
