import type { ChartPoint, ChartSpec } from './chart-series';
import { formatChange, formatValue, type Lang } from './format';

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

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, decimals: number, sign = false, fixed = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${sign}|${fixed}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: lang === 'en',
      signDisplay: sign ? 'exceptZero' : 'negative',
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** A tick on the value axis, in the axis unit: "10", "100", "50%". */
export function formatTick(value: number, chart: ChartSpec, lang: Lang): string {
  const scale = chartScale(chart, lang);
  // Ticks are multiples of 1, 2, 2.5 or 5 times a power of ten: three decimals show any of them exactly.
  const n = nf(lang, 3).format(value / scale.divisor);
  return chart.unit === 'percent' ? `${n}%` : n;
}

/** Stored values keep every digit their source gives (up to four); derived ones are given to hundredths. */
function digits(p: ChartPoint): number {
  return p.derived || p.converted ? 2 : 4;
}

/** The prefix that marks a derived or converted value: "≈" in English, "约" in Chinese. */
export function approxMark(lang: Lang): string {
  return lang === 'zh' ? '约' : '≈';
}

/** The short label drawn beside a point or bar, in the axis unit: "13.16", "≈10.37", "+26.91%". */
export function formatPointLabel(p: ChartPoint, chart: ChartSpec, lang: Lang): string {
  const scale = chartScale(chart, lang);
  const approx = p.derived || p.converted;
  const mark = approx ? approxMark(lang) : '';
  const n = nf(lang, digits(p), chart.measure === 'change', approx).format(p.value / scale.divisor);
  return `${mark}${n}${chart.unit === 'percent' ? '%' : ''}`;
}

/** A value in full, with its unit and qualifier: "13.16 billion yuan", "约103.7亿元", "+26.91%". */
export function formatPointValue(p: ChartPoint, chart: ChartSpec, lang: Lang): string {
  const approx = p.derived || p.converted;
  if (chart.measure === 'change') {
    const change = formatChange(p.value, lang, { decimals: 2 });
    return approx ? `${approxMark(lang)}${lang === 'en' ? ' ' : ''}${change}` : change;
  }
  if (chart.unit === 'percent')
    return formatValue(p.value, chart.unit, lang, {
      qualifier: approx ? 'derived' : p.figure.qualifier === 'atLeast' ? 'atLeast' : 'exact',
      decimals: digits(p),
      fixed: approx,
    });
  // Money in the chart's own scale, so a table of it reads in one unit, as its caption says:
  // "≈ US$0.15 billion", not "≈ US$154.66 million" beside "US$2.19 billion".
  const scale = chartScale(chart, lang);
  const n = nf(lang, digits(p), false, approx).format(p.value / scale.divisor);
  const mark = approx ? (lang === 'zh' ? '约' : '≈ ') : '';
  const over = p.figure.qualifier === 'atLeast' && !approx;
  if (lang === 'zh') return `${mark}${n}${scale.unit}${over ? '以上' : ''}`;
  const sign = n.startsWith('-') ? '-' : '';
  const words = scale.unit.startsWith('US$')
    ? `${sign}US$${n.slice(sign.length)} ${scale.unit.slice(4)}`
    : `${n} ${scale.unit}`;
  return `${mark}${over ? 'over ' : ''}${words}`;
}

function yearSpan(chart: ChartSpec, lang: Lang): string {
  const first = chart.years[0];
  const last = chart.years[chart.years.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return lang === 'zh' ? `${first}年` : String(first);
  return lang === 'zh' ? `${first}~${last}年` : `${first}–${last}`;
}

/** The line under a chart's title: unit and period, "Billion yuan, 2019–2020" / "单位：亿元，2019~2020年". */
export function chartSubtitle(chart: ChartSpec, lang: Lang): string {
  const scale = chartScale(chart, lang);
  const unit = chart.unit === 'percent' ? (lang === 'zh' ? '%' : 'percent') : scale.unit;
  const span = yearSpan(chart, lang);
  if (lang === 'zh') return `单位：${unit}，${span}`;
  return `${unit.charAt(0).toUpperCase()}${unit.slice(1)}, ${span}`;
}

function changeClause(first: ChartPoint, last: ChartPoint, chart: ChartSpec, lang: Lang): string {
  if (chart.unit === 'percent') {
    const points = last.value - first.value;
    const n = nf(lang, 2).format(Math.abs(points));
    if (lang === 'zh') return points === 0 ? '持平' : `${points > 0 ? '提高' : '降低'}${n}个百分点`;
    // The same minus as every other number on the page (Intl writes "-").
    return points === 0 ? 'unchanged' : `${points > 0 ? '+' : '-'}${n} percentage points`;
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
  const value = (p: ChartPoint) => formatPointValue(p, chart, lang);
  const year = (y: number) => (lang === 'zh' ? `${y}年` : String(y));

  if (chart.measure === 'change') {
    for (const y of chart.years) {
      const parts = chart.series.flatMap((s) => {
        const p = s.points.find((q) => q.year === y);
        return p ? [`${s.label[lang]}${lang === 'zh' ? '' : ' '}${value(p)}`] : [];
      });
      sentences.push(
        lang === 'zh'
          ? `${year(y)}比上年：${parts.join('，')}。`
          : `${year(y)} on the year before: ${parts.join(', ')}.`,
      );
    }
  } else {
    for (const s of chart.series) {
      const first = s.points[0];
      if (!first) continue;
      const label = s.label[lang];
      if (s.points.length === 1) {
        sentences.push(
          lang === 'zh'
            ? `${year(first.year)}${label}为${value(first)}。`
            : `${label}: ${value(first)} in ${first.year}.`,
        );
        continue;
      }
      // Year by year, so a fall in between is not hidden by the ends: "rose from A in 2019 to B in 2020, then fell to C in 2021".
      const steps = s.points.slice(1).map((p, i) => {
        const before = s.points[i] ?? first;
        const change = changeClause(before, p, chart, lang);
        const verb =
          p.value === before.value
            ? lang === 'zh'
              ? '持平于'
              : 'was unchanged at'
            : p.value > before.value
              ? lang === 'zh'
                ? '增至'
                : 'rose'
              : lang === 'zh'
                ? '降至'
                : 'fell';
        return { p, change, verb };
      });
      if (lang === 'zh') {
        const parts = steps.map(
          ({ p, change, verb }, i) =>
            `${i === 0 ? '' : '，随后'}${verb}${year(p.year)}的${value(p)}${change ? `（${change}）` : ''}`,
        );
        sentences.push(`${label}从${year(first.year)}的${value(first)}${parts.join('')}。`);
      } else {
        const parts = steps.map(({ p, change, verb }, i) => {
          const then = i === 0 ? '' : ', then ';
          const tail = change ? ` (${change})` : '';
          if (verb === 'was unchanged at')
            return i === 0
              ? `stayed at ${value(first)} from ${first.year} to ${p.year}`
              : `${then}stayed at ${value(p)} in ${p.year}`;
          const from = i === 0 ? ` from ${value(first)} in ${first.year}` : '';
          return `${then}${verb}${from} to ${value(p)} in ${p.year}${tail}`;
        });
        sentences.push(`${label} ${parts.join('')}.`);
      }
    }
  }

  const points = allPoints(chart);
  if (points.some((p) => p.derived))
    sentences.push(
      lang === 'zh'
        ? '标“约”的数值由已公布数据推算，非来源直接给出。'
        : 'Values marked ≈ are derived from the published figures, not stated by a source.',
    );
  if (points.some((p) => p.converted))
    sentences.push(
      lang === 'zh'
        ? '美元数值按原文隐含汇率由人民币换算。'
        : 'US dollar values are converted from yuan at the article’s implied rate.',
    );
  return sentences.join(lang === 'zh' ? '' : ' ');
}

const PLAIN = new Map<number, Intl.NumberFormat>();
function plain(decimals: number): Intl.NumberFormat {
  let f = PLAIN.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, useGrouping: false });
    PLAIN.set(decimals, f);
  }
  return f;
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
      const decimals = digits(p);
      // Plain digits, no grouping, so spreadsheets read the cell as a number.
      const n = plain(decimals).format(p.value / scale.divisor);
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
