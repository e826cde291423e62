import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { chartAxis, drawingData } from '../../src/components/chart-model';
import { growthCharts, type ChartId, type ChartPoint, type ChartSpec } from '../../src/domain/chart-series';
import {
  chartCsvRows,
  chartScale,
  chartSubtitle,
  describeChart,
  formatPointLabel,
  formatPointValue,
  formatTick,
} from '../../src/domain/chart-text';
import { METRIC } from '../../src/domain/derive';
import { buildCatalog, type Catalog } from '../../src/domain/figures';
import { cloneDataset, yuanFigure } from '../fixtures/dataset';

/*
 * What the charts say in words, in both languages and both currencies, and the value axis
 * they are drawn on. All pure: nothing is drawn here.
 */

const catalog: Catalog = buildCatalog(validateDataset(structuredClone(dataset)));
const cny = growthCharts(catalog, 'CNY');
const usd = growthCharts(catalog, 'USD');

function chartOf(charts: readonly ChartSpec[], id: ChartId): ChartSpec {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart "${id}"`);
  return c;
}

function pointOf(chart: ChartSpec, series: string, year: number): ChartPoint {
  const p = chart.series.find((s) => s.key === series)?.points.find((x) => x.year === year);
  if (!p) throw new Error(`chart "${chart.id}": no ${series} point for ${year}`);
  return p;
}

const trade = chartOf(cny, 'trade');
const growth = chartOf(cny, 'growth');
const share = chartOf(cny, 'share');
const balance = chartOf(cny, 'balance');
const usdTrade = chartOf(usd, 'trade');

const DERIVED_EN = 'Values marked ≈ are derived from the published figures, not stated by a source.';
const DERIVED_ZH = '标“约”的数值由已公布数据推算，非来源直接给出。';
const CONVERTED_EN = 'US dollar values are converted from yuan at the article’s implied rate.';
const CONVERTED_ZH = '美元数值按原文隐含汇率由人民币换算。';

describe('describeChart', () => {
  it('tells the trade chart in English, one sentence per series, with the change', () => {
    const text = describeChart(trade, 'en');
    expect(text).toContain('Exports rose from ≈ 10.37 billion yuan in 2019 to 13.16 billion yuan in 2020 (+26.91%).');
    expect(text).toContain('Trade rose from ≈ 12.37 billion yuan in 2019 to 14.16 billion yuan in 2020 (+14.45%).');
    expect(text).toContain('Imports fell from ≈ 2.00 billion yuan in 2019 to ≈ 1.00 billion yuan in 2020 (-50.07%).');
    expect(text.indexOf('Trade rose')).toBeLessThan(text.indexOf('Exports rose'));
    expect(text.indexOf('Exports rose')).toBeLessThan(text.indexOf('Imports fell'));
  });

  it('tells the trade chart in Chinese, in 亿元', () => {
    const text = describeChart(trade, 'zh');
    expect(text).toContain('出口从2019年的约103.7亿元增至2020年的131.6亿元（增长26.91%）。');
    expect(text).toContain('进出口从2019年的约123.7亿元增至2020年的141.6亿元（增长14.45%）。');
    expect(text).toContain('进口从2019年的约20.0亿元降至2020年的约10.0亿元（下降50.07%）。');
    expect(text).not.toContain('billion');
  });

  it('tells the growth chart year by year, with signed rates', () => {
    expect(describeChart(growth, 'en')).toBe(
      `2020 on the year before: Trade +14.45%, Exports +26.91%, Imports ≈ -50.1%. ${DERIVED_EN}`,
    );
    expect(describeChart(growth, 'zh')).toBe(
      `2020年比上年：进出口增长14.45%，出口增长26.91%，进口约下降50.1%。${DERIVED_ZH}`,
    );
  });

  it('gives the export share change in percentage points', () => {
    expect(describeChart(share, 'en')).toContain(
      'Export share rose from ≈ 83.81% in 2019 to ≈ 92.94% in 2020 (+9.12 percentage points).',
    );
    expect(describeChart(share, 'zh')).toContain(
      '出口占比从2019年的约83.81%增至2020年的约92.94%（提高9.12个百分点）。',
    );
  });

  it('says what the ≈ / 约 mark means whenever a chart has derived points, in both languages', () => {
    for (const c of cny) {
      expect(describeChart(c, 'en'), c.id).toContain(DERIVED_EN);
      expect(describeChart(c, 'zh'), c.id).toContain(DERIVED_ZH);
    }
  });

  it('leaves the derived note out of a chart with no derived points', () => {
    const stated: ChartSpec = {
      ...growth,
      series: growth.series.filter((s) => s.points.every((p) => !p.derived)),
    };
    expect(stated.series.map((s) => s.key)).toEqual(['trade', 'exports']);
    expect(describeChart(stated, 'en')).toBe('2020 on the year before: Trade +14.45%, Exports +26.91%.');
    expect(describeChart(stated, 'zh')).not.toContain('约');
  });

  it('says the US dollar values are converted, and mentions no conversion in yuan', () => {
    const en = describeChart(usdTrade, 'en');
    expect(en).toContain('Trade rose from ≈ US$1.91 billion in 2019 to US$2.19 billion in 2020 (+14.45%).');
    expect(en).toContain('Exports rose from ≈ US$1.60 billion in 2019 to ≈ US$2.04 billion in 2020 (+26.91%).');
    expect(en).toContain(CONVERTED_EN);
    expect(describeChart(usdTrade, 'zh')).toContain(CONVERTED_ZH);
    expect(describeChart(usdTrade, 'zh')).toContain('出口从2019年的约16.0亿美元增至2020年的约20.4亿美元');
    expect(describeChart(trade, 'en')).not.toContain(CONVERTED_EN);
    expect(describeChart(trade, 'zh')).not.toContain(CONVERTED_ZH);
    // Percent charts convert nothing.
    expect(describeChart(chartOf(usd, 'growth'), 'en')).not.toContain(CONVERTED_EN);
  });

  it('describes a one-year series without a change', () => {
    const oneYear: ChartSpec = {
      ...trade,
      years: [2020],
      series: trade.series.map((s) => ({ ...s, points: s.points.filter((p) => p.year === 2020) })),
    };
    expect(describeChart(oneYear, 'en')).toContain('Exports: 13.16 billion yuan in 2020.');
    expect(describeChart(oneYear, 'zh')).toContain('2020年出口为131.6亿元。');
  });
});

describe('chartScale and chartSubtitle', () => {
  it('scales money axes to billions in English and to 亿 in Chinese', () => {
    expect(chartScale(trade, 'en')).toEqual({ divisor: 1e9, unit: 'billion yuan' });
    expect(chartScale(trade, 'zh')).toEqual({ divisor: 1e8, unit: '亿元' });
    expect(chartScale(usdTrade, 'en')).toEqual({ divisor: 1e9, unit: 'US$ billion' });
    expect(chartScale(usdTrade, 'zh')).toEqual({ divisor: 1e8, unit: '亿美元' });
    expect(chartScale(growth, 'en')).toEqual({ divisor: 1, unit: '%' });
  });

  it('falls back to millions and 万 for small amounts', () => {
    const small: ChartSpec = {
      ...balance,
      series: balance.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: 5e6 })) })),
    };
    expect(chartScale(small, 'en')).toEqual({ divisor: 1e6, unit: 'million yuan' });
    expect(chartScale(small, 'zh')).toEqual({ divisor: 1e4, unit: '万元' });
  });

  it('gives the unit and period under the title', () => {
    expect(chartSubtitle(trade, 'en')).toBe('Billion yuan, 2019–2020');
    expect(chartSubtitle(trade, 'zh')).toBe('单位：亿元，2019~2020年');
    expect(chartSubtitle(usdTrade, 'en')).toBe('US$ billion, 2019–2020');
    expect(chartSubtitle(growth, 'en')).toBe('Percent, 2020');
    expect(chartSubtitle(growth, 'zh')).toBe('单位：%，2020年');
  });
});

describe('point labels, values and ticks', () => {
  it('writes stated values with the digits their source gives', () => {
    const p = pointOf(trade, 'exports', 2020);
    expect(formatPointLabel(p, trade, 'en')).toBe('13.16');
    expect(formatPointLabel(p, trade, 'zh')).toBe('131.6');
    expect(formatPointValue(p, trade, 'en')).toBe('13.16 billion yuan');
    expect(formatPointValue(p, trade, 'zh')).toBe('131.6亿元');
  });

  it('marks derived values with ≈ / 约 and gives them the figures their inputs carry, in both languages', () => {
    // 13.16 billion ÷ 1.2691: four figures; 14.16 − 13.16 billion: three (both to the ten millions).
    const p = pointOf(trade, 'exports', 2019);
    expect(formatPointLabel(p, trade, 'en')).toBe('≈10.37');
    expect(formatPointLabel(p, trade, 'zh')).toBe('约103.7');
    expect(formatPointLabel(pointOf(trade, 'imports', 2020), trade, 'en')).toBe('≈1.00');
    expect(formatPointLabel(pointOf(trade, 'imports', 2020), trade, 'zh')).toBe('约10.0');
    expect(formatPointValue(p, trade, 'en')).toBe('≈ 10.37 billion yuan');
    expect(formatPointValue(p, trade, 'zh')).toBe('约103.7亿元');
  });

  it('marks converted values as approximate, but not the article’s own dollar figure', () => {
    expect(formatPointLabel(pointOf(usdTrade, 'exports', 2020), usdTrade, 'en')).toBe('≈2.04');
    expect(formatPointValue(pointOf(usdTrade, 'exports', 2020), usdTrade, 'en')).toBe('≈ US$2.04 billion');
    expect(formatPointLabel(pointOf(usdTrade, 'trade', 2020), usdTrade, 'en')).toBe('2.19');
    expect(formatPointValue(pointOf(usdTrade, 'trade', 2020), usdTrade, 'zh')).toBe('21.9亿美元');
  });

  it('writes every money value of a chart in the chart’s scale, as its table caption says', () => {
    const imports = usdTrade.series.find((s) => s.key === 'imports')?.points.find((p) => p.year === 2020);
    if (!imports) throw new Error('no US dollar imports for 2020');
    expect(chartScale(usdTrade, 'en').unit).toBe('US$ billion');
    // 1.00 billion yuan at 14.16 ÷ 2.19 yuan per dollar, three figures: US$0.155 billion, not "US$155 million".
    expect(formatPointValue(imports, usdTrade, 'en')).toBe('≈ US$0.155 billion');
    expect(formatPointValue(imports, usdTrade, 'zh')).toBe('约1.55亿美元');
  });

  it('signs growth labels', () => {
    expect(formatPointLabel(pointOf(growth, 'exports', 2020), growth, 'en')).toBe('+26.91%');
    expect(formatPointLabel(pointOf(growth, 'trade', 2020), growth, 'zh')).toBe('+14.45%');
    // Derived from two differences given to three figures: −50.1%, not −50.07%.
    expect(formatPointLabel(pointOf(growth, 'imports', 2020), growth, 'en')).toBe('≈-50.1%');
    expect(formatPointLabel(pointOf(growth, 'imports', 2020), growth, 'zh')).toBe('约-50.1%');
    expect(formatPointValue(pointOf(growth, 'imports', 2020), growth, 'en')).toBe('≈ -50.1%');
    expect(formatPointValue(pointOf(growth, 'imports', 2020), growth, 'zh')).toBe('约下降50.1%');
  });

  it('does not sign a level in percent', () => {
    expect(formatPointLabel(pointOf(share, 'share', 2020), share, 'en')).toBe('≈92.94%');
  });

  it('writes ticks in the axis unit', () => {
    expect(formatTick(10e9, trade, 'en')).toBe('10');
    expect(formatTick(2.5e9, trade, 'en')).toBe('2.5');
    expect(formatTick(10e9, trade, 'zh')).toBe('100');
    expect(formatTick(50, share, 'en')).toBe('50%');
    expect(formatTick(-25, growth, 'en')).toBe('-25%');
  });
});

describe('chartCsvRows', () => {
  const words = { stated: 'stated by the source', derived: 'derived', converted: 'converted at the implied rate' };
  const names = (ids: readonly string[]) => ids.join('; ');

  it('gives one row per point, in the axis unit', () => {
    const rows = chartCsvRows(trade, 'en', words, names);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'Trade 2019',
      'Trade 2020',
      'Exports 2019',
      'Exports 2020',
      'Imports 2019',
      'Imports 2020',
    ]);
    expect(rows[3]).toEqual(['Exports', '2020', '13.16', 'billion yuan', 'stated by the source', '', 'article']);
    expect(rows[2]?.slice(0, 5)).toEqual(['Exports', '2019', '10.37', 'billion yuan', 'derived']);
  });

  it('writes the Chinese rows in 亿元', () => {
    const rows = chartCsvRows(trade, 'zh', words, names);
    expect(rows[3]?.slice(0, 4)).toEqual(['出口', '2020', '131.6', '亿元']);
    expect(rows[2]?.slice(0, 4)).toEqual(['出口', '2019', '103.7', '亿元']);
  });

  it('gives formulas on derived rows only, in the row’s language', () => {
    const en = chartCsvRows(trade, 'en', words, names);
    for (const r of en) {
      if (r[4] === 'derived') expect(r[5], r.join('|')).not.toBe('');
      else expect(r[5], r.join('|')).toBe('');
    }
    expect(en[2]?.[5]).toBe('exports 2020 ÷ (1 + 26.91%) = 13.16 ÷ 1.2691 billion yuan');
    expect(chartCsvRows(trade, 'zh', words, names)[2]?.[5]).toBe('2020年出口 ÷ (1 + 26.91%) = 131.60 ÷ 1.2691亿元');
  });

  it('writes plain numbers a spreadsheet reads, with a minus sign for a fall', () => {
    const rows = chartCsvRows(growth, 'en', words, names);
    expect(rows.map((r) => r[2])).toEqual(['14.45', '26.91', '-50.1']);
    expect(rows.map((r) => r[3])).toEqual(['%', '%', '%']);
    for (const r of chartCsvRows(trade, 'en', words, names)) expect(r[2]).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('gives the basis of each row in US dollars: stated, converted, or derived and then converted', () => {
    const rows = chartCsvRows(usdTrade, 'en', words, names);
    const basis = Object.fromEntries(rows.map((r) => [`${r[0]} ${r[1]}`, r[4]]));
    // A derived value's formula is in yuan: the row says it was converted after.
    expect(basis).toEqual({
      'Trade 2019': 'derived; converted at the implied rate',
      'Trade 2020': 'stated by the source',
      'Exports 2019': 'derived; converted at the implied rate',
      'Exports 2020': 'converted at the implied rate',
      'Imports 2019': 'derived; converted at the implied rate',
      'Imports 2020': 'derived; converted at the implied rate',
    });
    expect(rows.find((r) => r[0] === 'Trade' && r[1] === '2020')?.slice(2, 4)).toEqual(['2.19', 'US$ billion']);
    // A converted, not derived, value has no formula.
    expect(rows.find((r) => r[0] === 'Exports' && r[1] === '2020')?.[5]).toBe('');
  });

  it('names the sources of each row', () => {
    const rows = chartCsvRows(trade, 'en', words, (ids) => ids.map((id) => `<${id}>`).join(' + '));
    expect(rows[3]?.[6]).toBe('<article>');
    expect(rows[0]?.[6]).toContain('<article>');
  });
});

describe('chartAxis', () => {
  const isRound = (step: number) => {
    const magnitude = 10 ** Math.floor(Math.log10(step));
    return [1, 2, 2.5, 5, 10].some((m) => Math.abs(step / magnitude - m) < 1e-9);
  };

  function checkAxis(chart: ChartSpec) {
    const { domain, ticks } = chartAxis(chart);
    const values = chart.series.flatMap((s) => s.points.map((p) => p.value));
    expect(ticks, chart.id).toContain(0);
    expect(ticks[0], chart.id).toBe(domain[0]);
    expect(ticks[ticks.length - 1], chart.id).toBe(domain[1]);
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect(isRound(step), `${chart.id} step ${step}`).toBe(true);
    for (let i = 1; i < ticks.length; i++)
      expect(Math.abs((ticks[i] ?? 0) - (ticks[i - 1] ?? 0) - step), chart.id).toBeLessThan(step / 1e6);
    for (const v of values) {
      expect(v, chart.id).toBeGreaterThanOrEqual(domain[0]);
      expect(v, chart.id).toBeLessThanOrEqual(domain[1]);
    }
    return { domain, ticks, values };
  }

  it('gives round ticks from zero that cover every value of the money charts', () => {
    const { domain, ticks } = checkAxis(trade);
    expect(domain).toEqual([0, 20e9]);
    expect(ticks).toEqual([0, 5e9, 10e9, 15e9, 20e9]);
    expect(checkAxis(balance).domain[0]).toBe(0);
    expect(checkAxis(usdTrade).domain[1]).toBeGreaterThanOrEqual(2.19e9);
  });

  it('gives a negative growth bar room below its value for its label', () => {
    const { domain, ticks } = checkAxis(growth);
    expect(domain[0]).toBeLessThan(0);
    // About half as much again below −50.07%, so the label left of the bar stays inside.
    expect(domain[0]).toBeLessThanOrEqual(-50.07 * 1.5);
    expect(domain[1]).toBeGreaterThanOrEqual(26.91);
    expect(ticks).toEqual([-100, -75, -50, -25, 0, 25, 50]);
  });

  it('writes every tick label as the value it marks, also on a step of a quarter', () => {
    // Values that top out just above a billion yuan get ticks every 0.25 billion (every 2.5亿).
    const small: ChartSpec = {
      ...balance,
      series: balance.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: 1.05e9 })) })),
    };
    const { ticks } = chartAxis(small);
    expect(ticks).toEqual([0, 0.25e9, 0.5e9, 0.75e9, 1e9, 1.25e9]);
    expect(ticks.map((t) => formatTick(t, small, 'zh'))).toEqual(['0', '2.5', '5', '7.5', '10', '12.5']);
    // Not "0.3", "0.8" and "1.3", which would put 0.3 where 0.25 is.
    expect(ticks.map((t) => formatTick(t, small, 'en'))).toEqual(['0', '0.25', '0.5', '0.75', '1', '1.25']);
  });

  it('draws the export share on 0–100', () => {
    expect(chartAxis(share)).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
  });

  it('covers the values of an extended dataset too', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
    data.figures.push(yuanFigure('exports-total-2021', METRIC.exports, 2021, 15e9));
    for (const c of growthCharts(buildCatalog(validateDataset(data)), 'CNY')) if (c.domain !== 'share') checkAxis(c);
  });

  it('hands the drawing the axis, the rows and the labels in the reader’s language', () => {
    const d = drawingData(trade, 'zh');
    expect(d.kind).toBe('line');
    expect(d.data.map((r) => r.label)).toEqual(['2019年', '2020年']);
    expect(d.categories.map((c) => c.label)).toEqual(['进出口', '出口', '进口']);
    expect(d.ticks.map(d.valueFormatter)).toEqual(['0', '50', '100', '150', '200']);
    expect(d.pointLabel(pointOf(trade, 'exports', 2019))).toBe('约103.7');
    const g = drawingData(growth, 'en');
    expect(g.kind).toBe('bar');
    expect(g.data.map((r) => r.label)).toEqual(['Trade', 'Exports', 'Imports']);
    expect(g.categories.map((c) => c.label)).toEqual(['2020']);
  });
});
