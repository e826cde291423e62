import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Figure } from '../../src/data/schema';
import { chartGrid, type ChartPoint, type ChartSpec } from '../../src/domain/chart-series';
import { buildCatalog, type Catalog } from '../../src/domain/figures';
import {
  notFoundText,
  publishedBreak,
  yearsNotFound,
  type BreakId,
  type BreakItem,
} from '../../src/domain/published-break';
import { PUBLISHED_MEASURES, publishedCharts, publishedSegments } from '../../src/domain/published-series';
import { cloneDataset, figureOf } from '../fixtures/dataset';
import { realCatalog } from '../components/render';

/*
 * The published figures over time (section E1 of the sources dossier): each its own point, one
 * unit per chart, lines only within a series of one source and scope, and the contradictions
 * that break the years apart computed from the stored figures.
 */

const catalog = realCatalog();
const charts = publishedCharts(catalog);

function chartOf(id: string, from: readonly ChartSpec[] = charts): ChartSpec {
  const c = from.find((x) => x.id === id);
  if (!c) throw new Error(`no chart "${id}"; have ${from.map((x) => x.id).join(', ')}`);
  return c;
}

function pointsOf(chart: ChartSpec): ChartPoint[] {
  return chart.series.flatMap((s) => s.points);
}

function itemOf(id: BreakId, from: Catalog = catalog): BreakItem {
  const item = publishedBreak(from).find((i) => i.id === id);
  if (!item) throw new Error(`no break item "${id}"`);
  return item;
}

const stored = (id: string): Figure => figureOf(catalog.dataset, id);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/** Every segment of every chart joins two points of one source, one scope, one unit and one kind of period. */
function expectNoJoinAcrossChange(list: readonly ChartSpec[]): void {
  for (const chart of list)
    for (const { from, to, seriesKey } of publishedSegments(chart)) {
      const where = `${chart.id} ${seriesKey}: ${from.figure.id} → ${to.figure.id}`;
      expect(sameSet(from.figure.sourceIds, to.figure.sourceIds), where).toBe(true);
      expect(from.figure.metric, where).toBe(to.figure.metric);
      expect(from.figure.unit, where).toBe(to.figure.unit);
      expect(from.figure.period.kind, where).toBe(to.figure.period.kind);
      expect(from.year, where).toBeLessThan(to.year);
    }
}

describe('published figures over time: the points', () => {
  it('draws every province-level figure of 2011–2020 once, and its growth rates, each its own point', () => {
    const drawn = charts.flatMap((c) => pointsOf(c).map((p) => p.figure.id)).sort();
    const expected = [
      ...PUBLISHED_MEASURES.flatMap((m) => m.figureIds),
      'trade-2015-usd-yoy',
      'products-trade-2015-yoy',
      'trade-2017-published-yoy',
      'exports-2017-published-yoy',
      'trade-2018-printed-yoy',
      'exports-2018-printed-yoy',
      'imports-2018-printed-yoy',
      'trade-total-yoy',
      'exports-total-yoy',
      'exports-2011-jan-oct-yoy',
    ].sort();
    expect(drawn).toEqual(expected);
    // As stored: nothing converted, nothing derived.
    for (const p of charts.flatMap(pointsOf)) {
      expect(p.value).toBe(p.figure.value);
      expect(p.derived || p.converted).toBe(false);
    }
    expect(pointOf('published-growth', 'trade-2017-published-yoy').value).toBe(28.36);
    expect(pointOf('published-growth', 'trade-2018-printed-yoy').value).toBe(10);
    expect(pointOf('published-growth', 'exports-2018-printed-yoy').value).toBe(24.4);
    expect(pointOf('published-growth', 'imports-2018-printed-yoy').value).toBe(8.8);
    expect(pointOf('published-growth', 'trade-total-yoy').value).toBe(14.45);
    expect(pointOf('published-growth', 'exports-total-yoy').value).toBe(26.91);
  });

  it('keeps yuan, US dollars and growth rates on charts of their own: CNY and USD never share one', () => {
    expect(charts.map((c) => c.id)).toEqual(['published-cny', 'published-usd', 'published-growth']);
    for (const chart of charts) {
      const units = new Set(pointsOf(chart).map((p) => p.figure.unit));
      expect([...units], chart.id).toEqual([chart.unit]);
      expect(units.has('CNY') && units.has('USD')).toBe(false);
    }
    expect(chartOf('published-cny').unit).toBe('CNY');
    expect(chartOf('published-usd').unit).toBe('USD');
    // 2015 and the article's own dollar figure are in dollars, never on the yuan chart.
    const cny = pointsOf(chartOf('published-cny')).map((p) => p.figure.id);
    expect(cny).not.toContain('trade-2015-usd');
    expect(cny).not.toContain('trade-total-usd');
    expect(chartOf('published-growth').measure).toBe('change');
  });

  it('never joins two points of different sources or scopes, in any chart', () => {
    expectNoJoinAcrossChange(charts);
    // The reports gathered so far give each series one year: 2017, 2018 and 2020 are not joined.
    expect(charts.flatMap(publishedSegments)).toEqual([]);
    for (const chart of charts)
      for (const s of chart.series) {
        const first = s.points[0];
        for (const p of s.points) {
          expect(sameSet(p.figure.sourceIds, first?.figure.sourceIds ?? [])).toBe(true);
          expect(p.figure.metric).toBe(first?.figure.metric);
        }
      }
  });

  it('joins the years of one series only: one source and scope, whatever sources the figures are given', () => {
    const ids = PUBLISHED_MEASURES.flatMap((m) => m.figureIds);
    const pool = ['zcom-2019', 'zjrb-2017', 'baogaosu-2018'];
    const metrics = ['culture-services-trade-other-scope', 'culture-services-trade'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...metrics)), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        (choices) => {
          const data = cloneDataset();
          ids.forEach((id, i) => {
            const f = figureOf(data, id);
            const [source, metric] = choices[i] ?? [];
            if (source) f.sourceIds = [source];
            if (metric) f.metric = metric;
          });
          expectNoJoinAcrossChange(publishedCharts(buildCatalog(data)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does join two years of one report of one scope, so the rule is not empty', () => {
    const data = cloneDataset();
    // As if the Department of Commerce page gave 2017 too, on the same scope.
    const f2017 = figureOf(data, 'trade-2017-published');
    f2017.sourceIds = ['zcom-2019'];
    const joined = publishedSegments(chartOf('published-cny', publishedCharts(buildCatalog(data))));
    expect(joined.map((s) => [s.from.figure.id, s.to.figure.id])).toEqual([
      ['trade-2017-published', 'trade-2018-printed'],
    ]);
  });

  it('leaves the years no report gives empty, never filled', () => {
    const years = new Set(charts.flatMap((c) => c.years));
    for (const y of [2016, 2019, 2021, 2022, 2023, 2024, 2025]) expect(years.has(y), String(y)).toBe(false);
    expect(yearsNotFound(charts, catalog.dataset.asOf)).toEqual([
      2012, 2013, 2014, 2016, 2019, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(notFoundText(charts, catalog.dataset.asOf)?.en).toContain('2012–2014, 2016, 2019 and 2021–2025');
    expect(notFoundText(charts, catalog.dataset.asOf)?.zh).toContain('2012~2014年、2016年、2019年和2021~2025年');
  });

  it('labels each point with its source and grade: a repost says “secondary copy” and its outlet', () => {
    const p2017 = pointOf('published-cny', 'trade-2017-published');
    expect(p2017.label?.secondary).toBe(true);
    expect(p2017.label?.source.en).toBe('secondary copy (outlet: Zhejiang Department of Commerce)');
    expect(p2017.label?.source.zh).toBe('二手转载（原载：浙江省商务厅）');
    const p2018 = pointOf('published-cny', 'trade-2018-printed');
    expect(p2018.label?.secondary).toBe(false);
    expect(p2018.label?.source.en).toBe('Zhejiang Dept. of Commerce');
    // A point with a primary source and a repost is not drawn as a secondary copy, but names it.
    const precise = pointOf('published-cny', 'trade-total-precise');
    expect(precise.label?.secondary).toBe(false);
    expect(precise.label?.source.en).toContain('secondary copy (outlet: 世界浙商网)');
    // The series' names, which the description and the files use, carry it too.
    const series = chartOf('published-cny').series.find((s) => s.points.includes(p2017));
    expect(series?.label.en).toContain('secondary copy');
    // Rows: grouped by what they measure, in time order within a group.
    expect(chartGrid(chartOf('published-cny')).rows.map((r) => r.key)).toEqual([
      'trade-2017-published',
      'trade-2018-printed',
      'trade-total',
      'trade-total-precise',
      'exports-2017-published',
      'exports-2018-printed',
      'exports-total',
      'exports-total-precise',
      'imports-2018-printed',
    ]);
    expect(pointOf('published-usd', 'exports-2011-jan-oct').label?.period.en).toBe('January–October 2011');
  });
});

function pointOf(chartId: string, figureId: string): ChartPoint {
  const p = pointsOf(chartOf(chartId)).find((x) => x.figure.id === figureId);
  if (!p) throw new Error(`chart "${chartId}" has no point "${figureId}"`);
  return p;
}

describe('published figures over time: why the years are not one series', () => {
  it('2017 implied by 2018’s growth: 16.64 ÷ 1.10 ≈ 15.1亿元, against 55.29亿元 published', () => {
    const item = itemOf('implied-2017');
    const trade2018 = stored('trade-2018-printed');
    const rate = stored('trade-2018-printed-yoy');
    expect(item.computed.implied).toBeCloseTo(trade2018.value / (1 + rate.value / 100), 0);
    expect(item.computed.implied).toBeCloseTo(1_512_727_273, -1);
    expect(item.formulas.map((f) => f.zh)).toEqual(['16.64 ÷ 1.10 ≈ 15.1亿元']);
    expect(item.formulas.map((f) => f.en)).toEqual(['1.664 ÷ 1.10 ≈ 1.51 billion yuan']);
    expect(item.note.zh).toBe('2018年16.64亿元、同比增长10%，倒推2017年约为15.1亿元；而2017年公布为55.29亿元。');
    expect(item.note.en).toBe(
      '1.664 billion yuan in 2018 at +10% on the year before implies 1.51 billion yuan for 2017; 2017 as published: 5.529 billion yuan.',
    );
    expect(item.figureIds).toEqual(['trade-2018-printed', 'trade-2018-printed-yoy', 'trade-2017-published']);
  });

  it('2019 implied by 2020’s growth: 141.57 ÷ 1.1445 ≈ 123.7亿元, against 16.64亿元 in 2018', () => {
    const item = itemOf('implied-2019');
    expect(item.computed.implied).toBeCloseTo(14_157_000_000 / 1.1445, 0);
    expect(item.formulas.map((f) => f.zh)).toEqual(['141.57 ÷ 1.1445 ≈ 123.7亿元']);
    expect(item.formulas.map((f) => f.en)).toEqual(['14.157 ÷ 1.1445 ≈ 12.37 billion yuan']);
    expect(item.note.zh).toContain('倒推2019年约为123.7亿元；而2018年公布为16.64亿元');
    expect(item.note.en).toContain('implies 12.37 billion yuan for 2019; 2018 as published: 1.664 billion yuan');
  });

  it('2018’s deficit (exports 1.43, imports 15.21) against 2020’s surplus (exports 131.62 of 141.57)', () => {
    const item = itemOf('balance');
    expect(item.computed.balance2018).toBeCloseTo(
      stored('exports-2018-printed').value - stored('imports-2018-printed').value,
      0,
    );
    expect(item.computed.balance2018).toBeLessThan(0);
    expect(item.computed.imports2020).toBeCloseTo(995_000_000, 0);
    expect(item.computed.balance2020).toBeCloseTo(12_167_000_000, 0);
    expect(item.computed.balance2020).toBeGreaterThan(0);
    const [y2018, y2020] = item.formulas.map((f) => f.zh);
    expect(y2018).toBe('2018年：出口1.43亿元 − 进口15.21亿元 = -13.78亿元，逆差');
    expect(y2020).toBe(
      '2020年：进出口141.57亿元中出口131.62亿元，进口141.57 − 131.62 = 9.95亿元，出口 − 进口 = 121.67亿元，顺差',
    );
    expect(item.formulas[0]?.en).toBe(
      '2018: exports 143 million yuan − imports 1.521 billion yuan = -1.378 billion yuan, a deficit',
    );
    expect(item.formulas[1]?.en).toContain('a surplus');
  });

  it('2015 is in US dollars, and is not converted', () => {
    const item = itemOf('usd-2015');
    expect(item.formulas[0]?.zh).toBe('文化服务进出口5.03亿美元；文化产品进出口102.55亿美元');
    expect(item.figureIds).toEqual(['trade-2015-usd', 'products-trade-2015']);
    expect(item.note.en).toContain('none is converted here');
  });

  it('computes the formulas from the stored figures, never from constants', () => {
    const data = cloneDataset();
    figureOf(data, 'trade-2018-printed').value = 2_000_000_000;
    figureOf(data, 'trade-2018-printed-yoy').value = 25;
    figureOf(data, 'trade-total-precise').value = 12_345_000_000;
    const changed = buildCatalog(data);
    expect(itemOf('implied-2017', changed).formulas[0]?.zh).toBe('20 ÷ 1.25 ≈ 16亿元');
    expect(itemOf('implied-2019', changed).formulas[0]?.zh).toBe('123.45 ÷ 1.1445 ≈ 107.9亿元');
    expect(itemOf('implied-2019', changed).note.zh).toContain('而2018年公布为20亿元');
  });

  it('leaves out a contradiction whose figures are missing, and keeps the others', () => {
    const data = cloneDataset();
    data.figures = data.figures.filter((f) => f.id !== 'trade-2018-printed-yoy');
    expect(publishedBreak(buildCatalog(data)).map((i) => i.id)).toEqual(['implied-2019', 'balance', 'usd-2015']);
  });
});
