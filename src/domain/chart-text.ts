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
  const n = nf(lang, 1).format(value / scale.divisor);
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
  return formatValue(p.value, chart.unit, lang, {
    qualifier: approx ? 'derived' : p.figure.qualifier === 'atLeast' ? 'atLeast' : 'exact',
    decimals: digits(p),
    fixed: approx,
  });
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
    return points === 0 ? 'unchanged' : `${points > 0 ? '+' : '−'}${n} percentage points`;
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
      const last = s.points[s.points.length - 1];
      if (!first || !last) continue;
      const label = s.label[lang];
      if (first === last) {
        sentences.push(
          lang === 'zh'
            ? `${year(first.year)}${label}为${value(first)}。`
            : `${label}: ${value(first)} in ${first.year}.`,
        );
        continue;
      }
      const up = last.value > first.value;
      const same = last.value === first.value;
      const change = changeClause(first, last, chart, lang);
      if (lang === 'zh') {
        const verb = same ? '持平于' : up ? '增至' : '降至';
        sentences.push(
          `${label}从${year(first.year)}的${value(first)}${verb}${year(last.year)}的${value(last)}${change ? `（${change}）` : ''}。`,
        );
      } else {
        const verb = same ? 'was unchanged from' : up ? 'rose from' : 'fell from';
        sentences.push(
          `${label} ${verb} ${value(first)} in ${first.year} to ${value(last)} in ${last.year}${change ? ` (${change})` : ''}.`,
        );
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
      const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, useGrouping: false }).format(
        p.value / scale.divisor,
      );
      const basis = p.derived ? words.derived : p.converted ? words.converted : words.stated;
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
