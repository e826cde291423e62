import type { ChartPoint, ChartSpec } from './chart-series';
import { formatChange, formatValue, nf, qualify, type Lang } from './format';
import { approximately, approxMark, joinList, punctuation, yearLabel, yearRange } from './punctuation';
import { decimalsFor, displayFigures, figuresOf, roundToSignificant } from './significance';

/*
 * Everything a chart says in words: its axis scale, tick and point labels, full values,
 * subtitle and a description generated from the data. Pure, so that both languages and both
 * currencies are tested without drawing anything.
 */

export interface ChartScale {
  divisor: number;
  /** The unit of the axis after scaling: "billion yuan", "亿元", "%". */
  unit: string;
}

const MONEY_SCALES = {
  en: [
    { divisor: 1e9, CNY: 'billion yuan', USD: 'US$ billion' },
    { divisor: 1e6, CNY: 'million yuan', USD: 'US$ million' },
  ],
  zh: [
    { divisor: 1e8, CNY: '亿元', USD: '亿美元' },
    { divisor: 1e4, CNY: '万元', USD: '万美元' },
  ],
} as const;

function allPoints(chart: ChartSpec): ChartPoint[] {
  return chart.series.flatMap((s) => s.points);
}

/** The scale of a chart's value axis: the largest magnitude its biggest value reaches. */
export function chartScale(chart: ChartSpec, lang: Lang): ChartScale {
  if (chart.unit === 'percent') return { divisor: 1, unit: '%' };
  const max = Math.max(0, ...allPoints(chart).map((p) => Math.abs(p.value)));
  const scales = MONEY_SCALES[lang];
  const scale = scales.find((s) => max >= s.divisor) ?? scales[scales.length - 1] ?? scales[0];
  return { divisor: scale.divisor, unit: scale[chart.unit] };
}

// Chart numbers are grouped in English ("1,234.5") and not in Chinese, where 亿 keeps them short.
const GROUPING: Record<Lang, boolean> = { en: true, zh: false };
function chartNf(lang: Lang, decimals: number, sign = false, fixed = false): Intl.NumberFormat {
  return nf(lang, decimals, fixed, GROUPING[lang], sign);
}

/** A tick on the value axis, in the axis unit: "10", "100", "50%". */
export function formatTick(value: number, chart: ChartSpec, lang: Lang): string {
  const scale = chartScale(chart, lang);
  // Ticks are multiples of 1, 2, 2.5 or 5 times a power of ten: three decimals show any of them exactly.
  const n = chartNf(lang, 3).format(value / scale.divisor);
  return chart.unit === 'percent' ? `${n}%` : n;
}

/** The significant figures a point's value carries: as chart-series gives them, else its figure's. */
function pointFigures(p: ChartPoint): number {
  return p.significantFigures ?? figuresOf(p.figure);
}

/**
 * A point's number in the chart's scale, rounded as it is written. Stored values keep every
 * digit their source gives (up to four decimals); derived and converted ones show the figures
 * their inputs carry (significance.ts), trailing zeros kept: "≈10.37", "约10.0", "≈0.155".
 */
function written(p: ChartPoint, divisor: number): { n: number; decimals: number; fixed: boolean } {
  const n = p.value / divisor;
  if (!(p.derived || p.converted)) return { n, decimals: 4, fixed: false };
  const figures = displayFigures(pointFigures(p));
  const rounded = roundToSignificant(n, figures);
  return { n: rounded, decimals: Math.min(20, decimalsFor(rounded, figures)), fixed: true };
}

/** The short label drawn beside a point or bar, in the axis unit: "13.16", "≈10.37", "+26.91%". */
export function formatPointLabel(p: ChartPoint, chart: ChartSpec, lang: Lang): string {
  const scale = chartScale(chart, lang);
  const mark = p.derived || p.converted ? approxMark(lang) : '';
  const w = written(p, scale.divisor);
  const n = chartNf(lang, w.decimals, chart.measure === 'change', w.fixed).format(w.n);
  return `${mark}${n}${chart.unit === 'percent' ? '%' : ''}`;
}

/** A money amount in a chart's scale: "US$2.19 billion", "13.16 billion yuan", "103.7亿元". */
const MONEY_WORDS: Record<Lang, (n: string, unit: string) => string> = {
  en: (n, unit) => {
    if (!unit.startsWith('US$')) return `${n} ${unit}`;
    const sign = n.startsWith('-') ? '-' : '';
    return `${sign}US$${n.slice(sign.length)} ${unit.slice(4)}`;
  },
  zh: (n, unit) => `${n}${unit}`,
};

/** A value in full, with its unit and qualifier: "13.16 billion yuan", "约103.7亿元", "+26.91%". */
export function formatPointValue(p: ChartPoint, chart: ChartSpec, lang: Lang): string {
  const approx = p.derived || p.converted;
  if (chart.measure === 'change') {
    const change = formatChange(p.value, lang, approx ? { significant: pointFigures(p) } : { decimals: 2 });
    return approx ? approximately(change, lang) : change;
  }
  // The ≈ / 约 of a derived or converted value stays beside an "over": "over ≈ US$12 million".
  const qualifier = p.figure.qualifier;
  if (chart.unit === 'percent')
    return formatValue(
      p.value,
      chart.unit,
      lang,
      approx ? { qualifier, approximate: true, significant: pointFigures(p) } : { qualifier, decimals: 4 },
    );
  // Money in the chart's own scale, so a table of it reads in one unit, as its caption says:
  // "≈ US$0.155 billion", not "≈ US$155 million" beside "US$2.19 billion".
  const scale = chartScale(chart, lang);
  const w = written(p, scale.divisor);
  const n = chartNf(lang, w.decimals, false, w.fixed).format(w.n);
  return qualify(MONEY_WORDS[lang](n, scale.unit), qualifier, lang, approx);
}

const SUBTITLE: Record<Lang, { percent: string; line: (unit: string, span: string) => string }> = {
  en: { percent: 'percent', line: (unit, span) => `${unit.charAt(0).toUpperCase()}${unit.slice(1)}, ${span}` },
  zh: { percent: '%', line: (unit, span) => `单位：${unit}，${span}` },
};

/** The line under a chart's title: unit and period, "Billion yuan, 2019–2020" / "单位：亿元，2019~2020年". */
export function chartSubtitle(chart: ChartSpec, lang: Lang): string {
  const unit = chart.unit === 'percent' ? SUBTITLE[lang].percent : chartScale(chart, lang).unit;
  const first = chart.years[0];
  const last = chart.years[chart.years.length - 1];
  const span = first === undefined || last === undefined ? '' : yearRange(first, last, lang);
  return SUBTITLE[lang].line(unit, span);
}

interface Step {
  p: ChartPoint;
  /** The change from the point before, in words: "+26.91%", "提高1.2个百分点". */
  change: string;
  verb: 'same' | 'up' | 'down';
}

/** The words a chart description is made of, per language; punctuation comes from punctuation.ts. */
interface Phrases {
  /** A change in percentage points of a share. */
  points: (points: number, n: string) => string;
  onYearBefore: (year: string) => string;
  single: (label: string, year: number, value: string) => string;
  series: (label: string, first: ChartPoint, steps: readonly Step[], value: (p: ChartPoint) => string) => string;
  derived: string;
  converted: string;
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    // The same minus as every other number on the page (Intl writes "-").
    points: (points, n) => (points === 0 ? 'unchanged' : `${points > 0 ? '+' : '-'}${n} percentage points`),
    onYearBefore: (year) => `${year} on the year before`,
    single: (label, year, value) => `${label}: ${value} in ${year}.`,
    series: (label, first, steps, value) => {
      const verbs = { up: 'rose', down: 'fell' } as const;
      const parts = steps.map(({ p, change, verb }, i) => {
        const then = i === 0 ? '' : ', then ';
        const tail = change ? ` (${change})` : '';
        if (verb === 'same')
          return i === 0
            ? `stayed at ${value(first)} from ${first.year} to ${p.year}`
            : `${then}stayed at ${value(p)} in ${p.year}`;
        const from = i === 0 ? ` from ${value(first)} in ${first.year}` : '';
        return `${then}${verbs[verb]}${from} to ${value(p)} in ${p.year}${tail}`;
      });
      return `${label} ${parts.join('')}.`;
    },
    derived: 'Values marked ≈ are derived from the published figures, not stated by a source.',
    converted: 'US dollar values are converted from yuan at the article’s implied rate.',
  },
  zh: {
    points: (points, n) => (points === 0 ? '持平' : `${points > 0 ? '提高' : '降低'}${n}个百分点`),
    onYearBefore: (year) => `${year}比上年`,
    single: (label, year, value) => `${yearLabel(year, 'zh')}${label}为${value}。`,
    series: (label, first, steps, value) => {
      const verbs = { same: '持平于', up: '增至', down: '降至' } as const;
      const parts = steps.map(
        ({ p, change, verb }, i) =>
          `${i === 0 ? '' : '，随后'}${verbs[verb]}${yearLabel(p.year, 'zh')}的${value(p)}${change ? `（${change}）` : ''}`,
      );
      return `${label}从${yearLabel(first.year, 'zh')}的${value(first)}${parts.join('')}。`;
    },
    derived: `标“${approxMark('zh')}”的数值由已公布数据推算，非来源直接给出。`,
    converted: '美元数值按原文隐含汇率由人民币换算。',
  },
};

function changeClause(first: ChartPoint, last: ChartPoint, chart: ChartSpec, lang: Lang): string {
  if (chart.unit === 'percent') {
    const points = last.value - first.value;
    return PHRASES[lang].points(points, chartNf(lang, 2).format(Math.abs(points)));
  }
  if (first.value === 0) return '';
  return formatChange((last.value / first.value - 1) * 100, lang, { decimals: 2 });
}

/**
 * The chart in words, in the language asked for, from the data alone: one sentence per
 * series (or per year for growth rates), then what the marks mean.
 * "Exports rose from ≈ 10.37 billion yuan in 2019 to 13.16 billion yuan in 2020 (+26.91%)."
 */
export function describeChart(chart: ChartSpec, lang: Lang): string {
  const sentences: string[] = [];
  const words = PHRASES[lang];
  const marks = punctuation(lang);
  const value = (p: ChartPoint) => formatPointValue(p, chart, lang);

  if (chart.measure === 'change') {
    for (const y of chart.years) {
      const parts = chart.series.flatMap((s) => {
        const p = s.points.find((q) => q.year === y);
        return p ? [`${s.label[lang]}${marks.gap}${value(p)}`] : [];
      });
      sentences.push(
        `${words.onYearBefore(yearLabel(y, lang))}${marks.colon}${joinList(parts, lang, 'comma')}${marks.stop}`,
      );
    }
  } else {
    for (const s of chart.series) {
      const first = s.points[0];
      if (!first) continue;
      const label = s.label[lang];
      if (s.points.length === 1) {
        sentences.push(words.single(label, first.year, value(first)));
        continue;
      }
      // Year by year, so a fall in between is not hidden by the ends: "rose from A in 2019 to B in 2020, then fell to C in 2021".
      const steps = s.points.slice(1).map((p, i): Step => {
        const before = s.points[i] ?? first;
        const verb = p.value === before.value ? 'same' : p.value > before.value ? 'up' : 'down';
        return { p, change: changeClause(before, p, chart, lang), verb };
      });
      sentences.push(words.series(label, first, steps, value));
    }
  }

  const points = allPoints(chart);
  if (points.some((p) => p.derived)) sentences.push(words.derived);
  if (points.some((p) => p.converted)) sentences.push(words.converted);
  return sentences.join(marks.sentenceGap);
}

/** The chart's data as rows for a CSV file: series, year, value in the axis unit, unit, basis, formula. */
export function chartCsvRows(
  chart: ChartSpec,
  lang: Lang,
  words: { stated: string; derived: string; converted: string },
  sourceNames: (ids: readonly string[]) => string,
): string[][] {
  const scale = chartScale(chart, lang);
  const rows: string[][] = [];
  for (const s of chart.series) {
    for (const p of s.points) {
      const w = written(p, scale.divisor);
      // Plain digits, no grouping, so spreadsheets read the cell as a number.
      const n = nf('en', w.decimals, w.fixed, false).format(w.n);
      const basis =
        [p.derived && words.derived, p.converted && words.converted].filter(Boolean).join('; ') || words.stated;
      rows.push([
        s.label[lang],
        String(p.year),
        n,
        scale.unit,
        basis,
        p.derived ? (p.figure.formula?.[lang] ?? '') : '',
        sourceNames(p.figure.sourceIds),
      ]);
    }
  }
  return rows;
}
