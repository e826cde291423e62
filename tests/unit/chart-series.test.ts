import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { parseChartViews, writeChartViews } from '../../src/domain/chart-params';
import {
  CHART_IDS,
  chartGrid,
  derivedPoints,
  growthCharts,
  moneyUnit,
  type ChartId,
  type ChartPoint,
  type ChartSpec,
} from '../../src/domain/chart-series';
import { chartCsvRows, describeChart } from '../../src/domain/chart-text';
import { METRIC } from '../../src/domain/derive';
import { buildCatalog, type Catalog } from '../../src/domain/figures';
import { cloneDataset, figureOf, yuanFigure } from '../fixtures/dataset';

/*
 * The series builders of the growth page: which figures each chart shows, in which currency,
 * which points are derived, and how a chart is laid out as rows and columns.
 */

const catalog: Catalog = buildCatalog(validateDataset(structuredClone(dataset)));
const RATE = 14.16 / 2.19;

function chartOf(charts: readonly ChartSpec[], id: ChartId): ChartSpec {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart "${id}"; have ${charts.map((x) => x.id).join(', ')}`);
  return c;
}

function pointOf(chart: ChartSpec, series: string, year: number): ChartPoint {
  const s = chart.series.find((x) => x.key === series);
  if (!s) throw new Error(`chart "${chart.id}" has no series "${series}"`);
  const p = s.points.find((x) => x.year === year);
  if (!p) throw new Error(`chart "${chart.id}", series "${series}" has no point for ${year}`);
  return p;
}

function allPoints(charts: readonly ChartSpec[]): ChartPoint[] {
  return charts.flatMap((c) => c.series.flatMap((s) => s.points));
}

/** The real dataset with stated 2021 trade (17 billion yuan) and exports (15 billion yuan). */
function extendedCatalog(): Catalog {
  const data = cloneDataset();
  data.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
  data.figures.push(yuanFigure('exports-total-2021', METRIC.exports, 2021, 15e9));
  return buildCatalog(validateDataset(data));
}

const charts = growthCharts(catalog, 'CNY');
const trade = chartOf(charts, 'trade');
const growth = chartOf(charts, 'growth');
const share = chartOf(charts, 'share');
const balance = chartOf(charts, 'balance');

describe('growthCharts on the real dataset', () => {
  it('gives the trade, growth, share and balance charts, in that order', () => {
    expect(charts.map((c) => c.id)).toEqual(['trade', 'growth', 'share', 'balance']);
    expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
  });

  it('draws trade, exports and imports in yuan over 2019 and 2020', () => {
    expect(trade.unit).toBe('CNY');
    expect(trade.shape).toEqual({ kind: 'line' });
    expect(trade.years).toEqual([2019, 2020]);
    expect(trade.series.map((s) => s.key)).toEqual(['trade', 'exports', 'imports']);
    expect(trade.series.map((s) => s.label.en)).toEqual(['Trade', 'Exports', 'Imports']);
    for (const s of trade.series) expect(s.points.map((p) => p.year)).toEqual([2019, 2020]);
    expect(trade.title).toEqual({
      en: 'Culture-services trade, exports and imports',
      zh: '文化服务贸易进出口、出口与进口',
    });
  });

  it('marks the 2019 trade and exports points as derived, with their tier D figure and formula', () => {
    for (const key of ['trade', 'exports']) {
      const p = pointOf(trade, key, 2019);
      expect(p.derived, key).toBe(true);
      expect(p.converted, key).toBe(false);
      expect(p.figure.tier, key).toBe('D');
      expect(p.figure.id, key).toBe(`derived-${key}-2019`);
      expect(p.figure.formula?.en, key).toContain('÷ (1 +');
      expect(p.figure.formula?.zh, key).toContain('÷ (1 +');
    }
    expect(pointOf(trade, 'trade', 2019).value).toBeCloseTo(14.16e9 / 1.1445, 0);
    expect(pointOf(trade, 'exports', 2019).value).toBeCloseTo(13.16e9 / 1.2691, 0);
  });

  it('uses the stated tier A figures for trade and exports in 2020', () => {
    const t = pointOf(trade, 'trade', 2020);
    expect(t).toMatchObject({ year: 2020, value: 14.16e9, derived: false, converted: false });
    expect(t.figure.id).toBe('trade-total');
    expect(t.figure.tier).toBe('A');
    expect(t.figure.formula).toBeUndefined();
    const e = pointOf(trade, 'exports', 2020);
    expect(e).toMatchObject({ year: 2020, value: 13.16e9, derived: false, converted: false });
    expect(e.figure.id).toBe('exports-total');
    expect(e.figure.tier).toBe('A');
  });

  it('uses the tier A article figure, not the tier B precise one, for 2020', () => {
    // trade-total-precise (14.157 billion) is tier B for the same metric and year.
    expect(figureOf(dataset, 'trade-total-precise').tier).toBe('B');
    expect(pointOf(trade, 'trade', 2020).value).not.toBe(figureOf(dataset, 'trade-total-precise').value);
  });

  it('derives imports in both years: trade − exports', () => {
    const i2019 = pointOf(trade, 'imports', 2019);
    const i2020 = pointOf(trade, 'imports', 2020);
    for (const p of [i2019, i2020]) {
      expect(p.derived).toBe(true);
      expect(p.figure.tier).toBe('D');
      expect(p.figure.formula?.en).toContain('−');
    }
    expect(i2020.value).toBeCloseTo(1e9, 0);
    expect(i2019.value).toBeCloseTo(14.16e9 / 1.1445 - 13.16e9 / 1.2691, 0);
  });

  it('gives the stated growth rates for 2020 and a derived imports growth of about −50.07%', () => {
    expect(growth.unit).toBe('percent');
    expect(growth.measure).toBe('change');
    expect(growth.shape).toEqual({ kind: 'bar', rowsBy: 'series' });
    expect(growth.years).toEqual([2020]);
    expect(growth.series.map((s) => s.key)).toEqual(['trade', 'exports', 'imports']);
    expect(pointOf(growth, 'trade', 2020)).toMatchObject({ value: 14.45, derived: false });
    expect(pointOf(growth, 'exports', 2020)).toMatchObject({ value: 26.91, derived: false });
    const imports = pointOf(growth, 'imports', 2020);
    expect(imports.derived).toBe(true);
    expect(imports.figure.tier).toBe('D');
    expect(imports.value).toBeCloseTo(-50.07, 2);
  });

  it('derives the export share, about 83.8% in 2019 and 92.94% in 2020, on a 0–100 axis', () => {
    expect(share.unit).toBe('percent');
    expect(share.domain).toBe('share');
    expect(share.years).toEqual([2019, 2020]);
    expect(pointOf(share, 'share', 2019).value).toBeCloseTo(83.8, 1);
    expect(pointOf(share, 'share', 2020).value).toBeCloseTo(92.94, 2);
    expect(pointOf(share, 'share', 2020).value).toBeCloseTo((13.16 / 14.16) * 100, 9);
    expect(share.series[0]?.points.every((p) => p.derived && p.figure.tier === 'D')).toBe(true);
  });

  it('derives the balance: exports − imports, as bars by year', () => {
    expect(balance.unit).toBe('CNY');
    expect(balance.shape).toEqual({ kind: 'bar', rowsBy: 'year' });
    expect(balance.years).toEqual([2019, 2020]);
    expect(balance.series[0]?.points.every((p) => p.derived && p.figure.tier === 'D')).toBe(true);
    expect(pointOf(balance, 'balance', 2020).value).toBeCloseTo(12.16e9, 0);
  });

  it('lists the sources of every point, the article first', () => {
    expect(trade.sourceIds[0]).toBe('article');
    const behind = new Set(trade.series.flatMap((s) => s.points.flatMap((p) => p.figure.sourceIds)));
    expect(new Set(trade.sourceIds)).toEqual(behind);
  });

  it('lists every derived point, in reading order, for the formulas under a chart', () => {
    expect(derivedPoints(trade).map(({ series, point }) => `${series.key} ${point.year}`)).toEqual([
      'trade 2019',
      'exports 2019',
      'imports 2019',
      'imports 2020',
    ]);
    expect(derivedPoints(growth).map(({ series, point }) => `${series.key} ${point.year}`)).toEqual(['imports 2020']);
  });
});

describe('context figures (tier C) stay out of every chart', () => {
  const tierC = dataset.figures.filter((f) => f.tier === 'C');

  it('has tier C figures to keep out, among them 16.64亿 yuan of trade printed for 2018', () => {
    expect(figureOf(dataset, 'trade-2018-printed')).toMatchObject({ tier: 'C', value: 1.664e9, unit: 'CNY' });
    expect(tierC.length).toBeGreaterThan(5);
  });

  it('draws no tier C figure in any series, in either currency', () => {
    for (const currency of ['CNY', 'USD'] as const) {
      const points = allPoints(growthCharts(catalog, currency));
      expect(points.length).toBeGreaterThan(0);
      expect(points.filter((p) => p.figure.tier === 'C')).toEqual([]);
      const ids = new Set(points.map((p) => p.figure.id));
      for (const f of tierC) expect(ids.has(f.id), f.id).toBe(false);
      expect(points.some((p) => p.value === 1.664e9)).toBe(false);
    }
  });

  it('gives no chart the years of the context figures (2015, 2018)', () => {
    for (const currency of ['CNY', 'USD'] as const) {
      for (const c of growthCharts(catalog, currency)) {
        expect(c.years, c.id).not.toContain(2018);
        expect(c.years, c.id).not.toContain(2015);
        expect(c.years[0], c.id).toBeGreaterThanOrEqual(2019);
      }
    }
  });

  it('keeps out a tier C figure even when it has a headline metric and a year of its own', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('context-trade-2018', METRIC.trade, 2018, 1.664e9, 'C'));
    data.figures.push(yuanFigure('context-exports-2020', METRIC.exports, 2020, 99e9, 'C'));
    const extended = growthCharts(buildCatalog(validateDataset(data)), 'CNY');
    expect(chartOf(extended, 'trade').years).toEqual([2019, 2020]);
    expect(pointOf(chartOf(extended, 'trade'), 'exports', 2020).value).toBe(13.16e9);
    expect(allPoints(extended).some((p) => p.figure.id.startsWith('context-'))).toBe(false);
  });
});

describe('growthCharts in US dollars', () => {
  const usd = growthCharts(catalog, 'USD');
  const usdTrade = chartOf(usd, 'trade');

  it('draws the money charts in US dollars when a rate is known', () => {
    expect(moneyUnit('USD', catalog)).toBe('USD');
    expect(moneyUnit('CNY', catalog)).toBe('CNY');
    expect(usdTrade.unit).toBe('USD');
    expect(chartOf(usd, 'balance').unit).toBe('USD');
  });

  it('uses the article’s own US$2.19 billion for trade in 2020, not a conversion', () => {
    const p = pointOf(usdTrade, 'trade', 2020);
    expect(p.value).toBe(2.19e9);
    expect(p.converted).toBe(false);
    expect(p.derived).toBe(false);
  });

  it('converts exports 2020 at the implied rate 14.16 / 2.19', () => {
    const p = pointOf(usdTrade, 'exports', 2020);
    expect(p.converted).toBe(true);
    expect(p.derived).toBe(false);
    expect(p.value).toBeCloseTo(13.16e9 / RATE, 0);
    expect(p.figure.id).toBe('exports-total');
  });

  it('converts the derived points too, and keeps them marked as derived', () => {
    const p = pointOf(usdTrade, 'trade', 2019);
    expect(p).toMatchObject({ derived: true, converted: true });
    expect(p.value).toBeCloseTo(14.16e9 / 1.1445 / RATE, 0);
    expect(pointOf(chartOf(usd, 'balance'), 'balance', 2020).value).toBeCloseTo(12.16e9 / RATE, 0);
  });

  it('leaves the percent charts unchanged', () => {
    expect(chartOf(usd, 'growth')).toEqual(growth);
    expect(chartOf(usd, 'share')).toEqual(share);
  });

  it('stays in yuan when no rate is known', () => {
    const data = cloneDataset();
    data.figures = data.figures.filter((f) => f.id !== 'trade-total-usd');
    const noRate = buildCatalog(validateDataset(data));
    expect(moneyUnit('USD', noRate)).toBe('CNY');
    const t = chartOf(growthCharts(noRate, 'USD'), 'trade');
    expect(t.unit).toBe('CNY');
    expect(pointOf(t, 'exports', 2020)).toMatchObject({ value: 13.16e9, converted: false });
  });
});

describe('a new year in the dataset extends every chart with no code change', () => {
  const extended = extendedCatalog();
  const ext = growthCharts(extended, 'CNY');

  it('gives every chart the year 2021', () => {
    expect(ext.map((c) => c.id)).toEqual(['trade', 'growth', 'share', 'balance']);
    expect(chartOf(ext, 'trade').years).toEqual([2019, 2020, 2021]);
    expect(chartOf(ext, 'growth').years).toEqual([2020, 2021]);
    expect(chartOf(ext, 'share').years).toEqual([2019, 2020, 2021]);
    expect(chartOf(ext, 'balance').years).toEqual([2019, 2020, 2021]);
  });

  it('shows 2021 trade and exports as stated, imports, balance and share as derived', () => {
    const t = chartOf(ext, 'trade');
    expect(pointOf(t, 'trade', 2021)).toMatchObject({ value: 17e9, derived: false });
    expect(pointOf(t, 'trade', 2021).figure.id).toBe('trade-total-2021');
    expect(pointOf(t, 'exports', 2021)).toMatchObject({ value: 15e9, derived: false });
    const imports = pointOf(t, 'imports', 2021);
    expect(imports.derived).toBe(true);
    expect(imports.value).toBeCloseTo(2e9, 0);
    const b = pointOf(chartOf(ext, 'balance'), 'balance', 2021);
    expect(b.derived).toBe(true);
    expect(b.value).toBeCloseTo(13e9, 0);
    const s = pointOf(chartOf(ext, 'share'), 'share', 2021);
    expect(s.derived).toBe(true);
    expect(s.value).toBeCloseTo((15 / 17) * 100, 9);
  });

  it('derives the 2021 growth rates and keeps the stated 2020 ones', () => {
    const g = chartOf(ext, 'growth');
    for (const key of ['trade', 'exports', 'imports']) expect(pointOf(g, key, 2021).derived, key).toBe(true);
    expect(pointOf(g, 'trade', 2021).value).toBeCloseTo((17 / 14.16 - 1) * 100, 9);
    expect(pointOf(g, 'exports', 2021).value).toBeCloseTo((15 / 13.16 - 1) * 100, 9);
    expect(pointOf(g, 'imports', 2021).value).toBeCloseTo(100, 6);
    expect(pointOf(g, 'trade', 2020)).toMatchObject({ value: 14.45, derived: false });
  });

  it('puts 2021 in the grids, the table rows and the descriptions', () => {
    const t = chartOf(ext, 'trade');
    expect(chartGrid(t).rows.map((r) => r.key)).toEqual(['2019', '2020', '2021']);
    expect(chartGrid(chartOf(ext, 'growth')).columns.map((c) => c.key)).toEqual(['2020', '2021']);
    const csvYears = chartCsvRows(t, 'en', { stated: 's', derived: 'd', converted: 'c' }, () => '').map((r) => r[1]);
    expect(csvYears.filter((y) => y === '2021')).toHaveLength(3);
    expect(describeChart(t, 'en')).toContain(
      'Exports rose from ≈ 10.37 billion yuan in 2019 to 13.16 billion yuan in 2020 (+26.91%), then rose to 15 billion yuan in 2021 (+13.98%).',
    );
    // Year by year, so the halving of imports in 2020 is not hidden by a 2021 back at the 2019 level.
    expect(describeChart(t, 'en')).toContain(
      // 17 − 15 billion: both given to the billion, so one figure, shown as two.
      'Imports fell from ≈ 2.00 billion yuan in 2019 to ≈ 1.00 billion yuan in 2020 (-50.07%), then rose to ≈ 2.0 billion yuan in 2021 (+100%).',
    );
    expect(describeChart(t, 'zh')).toContain(
      '出口从2019年的约103.7亿元增至2020年的131.6亿元（增长26.91%），随后增至2021年的150亿元（增长13.98%）。',
    );
    expect(describeChart(chartOf(ext, 'growth'), 'en')).toContain(
      // Growth from 17 and 15 billion, two figures each: +20% and +14%, not +20.06% and +13.98%.
      '2021 on the year before: Trade ≈ +20%, Exports ≈ +14%, Imports ≈ +100%.',
    );
  });

  it('converts the new year in US dollars at the implied rate (the article gives no dollar figure for it)', () => {
    const t = chartOf(growthCharts(extended, 'USD'), 'trade');
    const p = pointOf(t, 'trade', 2021);
    expect(p.converted).toBe(true);
    expect(p.value).toBeCloseTo(17e9 / RATE, 0);
  });
});

describe('chartGrid', () => {
  it('lays a line chart out as one row per year and one column per series', () => {
    const { rows, columns } = chartGrid(trade);
    expect(columns.map((c) => c.key)).toEqual(['trade', 'exports', 'imports']);
    expect(columns.map((c) => c.label.zh)).toEqual(['进出口', '出口', '进口']);
    expect(rows.map((r) => r.key)).toEqual(['2019', '2020']);
    expect(rows.map((r) => r.label)).toEqual([
      { en: '2019', zh: '2019年' },
      { en: '2020', zh: '2020年' },
    ]);
    const row2020 = rows[1];
    expect(Object.keys(row2020?.cells ?? {})).toEqual(['trade', 'exports', 'imports']);
    expect(row2020?.cells['exports']?.value).toBe(13.16e9);
    expect(rows[0]?.cells['exports']?.derived).toBe(true);
  });

  it('lays the growth chart (bars by series) out as one row per series and one column per year', () => {
    const { rows, columns } = chartGrid(growth);
    expect(columns).toEqual([{ key: '2020', label: { en: '2020', zh: '2020年' } }]);
    expect(rows.map((r) => r.key)).toEqual(['trade', 'exports', 'imports']);
    expect(rows.map((r) => r.label.en)).toEqual(['Trade', 'Exports', 'Imports']);
    expect(rows[1]?.cells['2020']?.value).toBe(26.91);
    expect(rows[2]?.cells['2020']?.derived).toBe(true);
  });

  it('lays the balance chart (bars by year) out as one row per year', () => {
    const { rows, columns } = chartGrid(balance);
    expect(columns.map((c) => c.key)).toEqual(['balance']);
    expect(rows.map((r) => r.key)).toEqual(['2019', '2020']);
  });

  it('leaves a cell empty for a year a series has no figure for', () => {
    // Trade 2021 without exports 2021: trade gets 2021, exports and imports do not.
    const data = cloneDataset();
    data.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
    const t = chartOf(growthCharts(buildCatalog(validateDataset(data)), 'CNY'), 'trade');
    expect(t.years).toEqual([2019, 2020, 2021]);
    const row = chartGrid(t).rows.find((r) => r.key === '2021');
    expect(row?.cells['trade']?.value).toBe(17e9);
    expect(row?.cells['exports']).toBeUndefined();
    expect(row?.cells['imports']).toBeUndefined();
  });
});

describe('parseChartViews and writeChartViews (?table=…)', () => {
  const order: readonly ChartId[] = ['trade', 'growth', 'share', 'balance'];
  const parse = (query: string) => parseChartViews(new URLSearchParams(query), order);

  it('reads nothing from an address without the parameter', () => {
    const r = parse('?lang=en');
    expect([...r.tables]).toEqual([]);
    expect(r.ignored).toEqual([]);
  });

  it('keeps the known chart ids', () => {
    const r = parse('?table=growth,trade');
    expect(r.tables).toEqual(new Set(['growth', 'trade']));
    expect(r.ignored).toEqual([]);
    expect(parse('?table=%20share%20').tables).toEqual(new Set(['share']));
  });

  it('drops unknown ids and reports each with its key; ids are read in any case, like lang and currency', () => {
    const r = parse('?table=trade,nope,Growth,zz');
    expect(r.tables).toEqual(new Set(['trade', 'growth']));
    expect(r.ignored).toEqual([
      { key: 'table', value: 'nope' },
      { key: 'table', value: 'zz' },
    ]);
  });

  it('drops an id that is not on this page', () => {
    const r = parseChartViews(new URLSearchParams('?table=share,trade'), ['trade']);
    expect(r.tables).toEqual(new Set(['trade']));
    expect(r.ignored).toEqual([{ key: 'table', value: 'share' }]);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const r = parse('?table=trade&table=growth&table=zzz');
    expect(r.tables).toEqual(new Set(['trade']));
    expect(r.ignored).toEqual([
      { key: 'table', value: 'growth' },
      { key: 'table', value: 'zzz' },
    ]);
  });

  it('drops "__proto__" and other object keys like any unknown id', () => {
    const r = parse('?table=__proto__,constructor,toString,trade');
    expect(r.tables).toEqual(new Set(['trade']));
    expect(r.ignored.map((i) => i.value)).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('shortens a long unknown value in its report', () => {
    const long = 'x'.repeat(5000);
    const r = parse(`?table=${long}`);
    expect(r.tables.size).toBe(0);
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]?.value.length).toBeLessThanOrEqual(61);
    expect(r.ignored[0]?.value.endsWith('…')).toBe(true);
  });

  it('never throws, keeps only known ids and reports every unknown or repeated one, whatever the address holds', () => {
    const value = fc.oneof(
      fc.constantFrom(...order, '__proto__', 'constructor', '', ',', ' trade ', 'TRADE', 'trade,TRADE,growth'),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ minLength: 200, maxLength: 3000 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('table', 'lang', '__proto__'), value), { maxLength: 6 }),
        (pairs) => {
          const params = new URLSearchParams();
          for (const [k, v] of pairs) params.append(k, v);
          const r = parseChartViews(params, order);
          for (const id of r.tables) expect(order).toContain(id);
          for (const i of r.ignored) {
            expect(i.key).toBe('table');
            expect(i.value.length).toBeLessThanOrEqual(61);
          }
          const values = params.getAll('table');
          const [first = '', ...rest] = values;
          const parts = first
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          const known = (p: string) => (order as readonly string[]).includes(p.toLowerCase());
          const unknown = parts.filter((p) => !known(p));
          // A chart named twice (trade,TRADE) is kept once and the repeat reported.
          const knownIds = parts.filter(known).map((p) => p.toLowerCase());
          const repeats = knownIds.length - new Set(knownIds).size;
          expect(r.ignored).toHaveLength(rest.length + unknown.length + repeats);
          expect(r.tables).toEqual(new Set(parts.filter(known).map((p) => p.toLowerCase())));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes the ids in page order and keeps every other parameter', () => {
    const base = new URLSearchParams('?lang=zh&currency=USD&table=nope');
    const next = writeChartViews(new Set<ChartId>(['balance', 'trade', 'growth']), base, order);
    expect(next.get('table')).toBe('trade,growth,balance');
    expect(next.getAll('table')).toHaveLength(1);
    expect(next.get('lang')).toBe('zh');
    expect(next.get('currency')).toBe('USD');
    // The base is not changed.
    expect(base.get('table')).toBe('nope');
  });

  it('removes the parameter when no chart is a table', () => {
    const next = writeChartViews(new Set(), new URLSearchParams('?lang=en&table=trade&table=growth'), order);
    expect(next.has('table')).toBe(false);
    expect(next.toString()).toBe('lang=en');
  });

  it('reads back what it writes, for any set of charts', () => {
    fc.assert(
      fc.property(fc.subarray([...order]), fc.constantFrom('', 'lang=en', 'lang=zh&currency=USD'), (ids, query) => {
        const written = writeChartViews(new Set(ids), new URLSearchParams(query), order);
        const back = parseChartViews(new URLSearchParams(written.toString()), order);
        expect(back.ignored).toEqual([]);
        expect([...back.tables]).toEqual(order.filter((id) => ids.includes(id)));
        for (const [k, v] of new URLSearchParams(query)) expect(written.get(k)).toBe(v);
      }),
    );
  });
});
