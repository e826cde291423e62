import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Dataset, Figure } from '../../src/data/schema';
import { METRIC, deriveFigures, headlineFigure, impliedRate, type DerivedFigure } from '../../src/domain/derive';
import { buildCatalog, formatFigure, inCurrency } from '../../src/domain/figures';
import { cloneDataset, figureOf, yuanFigure } from '../fixtures/dataset';

function byId(figures: readonly DerivedFigure[]): Map<string, DerivedFigure> {
  return new Map(figures.map((f) => [f.id, f]));
}

function derivedOf(figures: readonly DerivedFigure[], id: string): DerivedFigure {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`no derived figure "${id}"; have ${figures.map((x) => x.id).join(', ')}`);
  return f;
}

const derived = deriveFigures(dataset);

describe('deriveFigures on the real dataset (SOURCES.md, "Derived figures")', () => {
  it('gives imports 2020 = trade − exports = 1.00 billion yuan', () => {
    const f = derivedOf(derived, 'derived-imports-2020');
    expect(f.value).toBeCloseTo(1e9, 0);
    expect(f.unit).toBe('CNY');
    expect(f.metric).toBe(METRIC.imports);
    expect(f.inputIds).toEqual(['trade-total', 'exports-total']);
  });

  it('gives trade 2019 = 14.16 / 1.1445 ≈ 12.37 billion yuan', () => {
    const f = derivedOf(derived, 'derived-trade-2019');
    expect(f.value / 1e9).toBeCloseTo(12.37, 2);
    expect(f.value).toBeCloseTo(14.16e9 / 1.1445, 0);
    expect(f.metric).toBe(METRIC.trade);
    expect(f.inputIds).toEqual(['trade-total', 'trade-total-yoy']);
  });

  it('gives exports 2019 = 13.16 / 1.2691 ≈ 10.37 billion yuan', () => {
    const f = derivedOf(derived, 'derived-exports-2019');
    expect(f.value / 1e9).toBeCloseTo(10.37, 2);
    expect(f.value).toBeCloseTo(13.16e9 / 1.2691, 0);
    expect(f.inputIds).toEqual(['exports-total', 'exports-total-yoy']);
  });

  it('gives imports 2019 = trade 2019 − exports 2019 ≈ 2.00 billion yuan', () => {
    const f = derivedOf(derived, 'derived-imports-2019');
    expect(f.value / 1e9).toBeCloseTo(2.0, 2);
    expect(f.value).toBeCloseTo(14.16e9 / 1.1445 - 13.16e9 / 1.2691, 0);
    expect(f.inputIds).toEqual(['derived-trade-2019', 'derived-exports-2019']);
  });

  it('gives imports growth 2020 ≈ −50%', () => {
    const f = derivedOf(derived, 'derived-imports-yoy-2020');
    expect(f.value).toBeCloseTo(-50.07, 2);
    expect(f.unit).toBe('percent');
    expect(f.metric).toBe(METRIC.importsYoy);
    expect(f.inputIds).toEqual(['derived-imports-2020', 'derived-imports-2019']);
    // The link a card follows to its growth, recorded by the derivation itself.
    expect(f.growthOf).toBe('derived-imports-2020');
  });

  it('gives the balance 2020 = exports − imports = 12.16 billion yuan', () => {
    const f = derivedOf(derived, 'derived-balance-2020');
    expect(f.value / 1e9).toBeCloseTo(12.16, 6);
    expect(f.unit).toBe('CNY');
    expect(f.inputIds).toEqual(['exports-total', 'derived-imports-2020']);
  });

  it('gives the export share 2020 ≈ 92.9%', () => {
    const f = derivedOf(derived, 'derived-export-share-2020');
    expect(f.value).toBeCloseTo(92.9, 1);
    expect(f.value).toBeCloseTo((13.16 / 14.16) * 100, 6);
    expect(f.unit).toBe('percent');
    expect(f.inputIds).toEqual(['exports-total', 'trade-total']);
  });

  it('gives the implied rate 14.16 / 2.19 ≈ 6.47 yuan per US dollar', () => {
    const f = derivedOf(derived, 'derived-rate-2020');
    expect(f.value).toBeCloseTo(6.47, 2);
    expect(f.value).toBeCloseTo(14.16 / 2.19, 9);
    expect(f.unit).toBe('CNY-per-USD');
    expect(f.inputIds).toEqual(['trade-total', 'trade-total-usd']);
    expect(impliedRate(derived)?.id).toBe('derived-rate-2020');
  });

  it('marks every derived figure tier D, qualifier "derived", for a calendar year, with its inputs', () => {
    expect(derived.length).toBeGreaterThanOrEqual(8);
    const known = new Set([...dataset.figures.map((f) => f.id), ...derived.map((f) => f.id)]);
    for (const f of derived) {
      expect(f.tier).toBe('D');
      expect(f.qualifier).toBe('derived');
      expect(f.id).toMatch(/^derived-[a-z-]+-\d{4}$/);
      expect(f.period.kind).toBe('year');
      expect(f.inputIds.length).toBeGreaterThan(0);
      for (const input of f.inputIds) expect(known.has(input), `${f.id} input ${input}`).toBe(true);
      expect(f.sourceIds.length).toBeGreaterThan(0);
    }
  });

  it('gives each derived figure a unique id', () => {
    const ids = derived.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites the sources of its inputs', () => {
    expect(derivedOf(derived, 'derived-trade-2019').sourceIds.sort()).toEqual(['article', 'zjgrrb']);
    expect(derivedOf(derived, 'derived-imports-2020').sourceIds).toEqual(['article']);
  });

  it('uses tier A values over the tier B precise ones for the headline series', () => {
    expect(headlineFigure(dataset.figures, METRIC.trade, 'CNY', 2020)?.id).toBe('trade-total');
    expect(headlineFigure(dataset.figures, METRIC.exports, 'CNY', 2020)?.id).toBe('exports-total');
    expect(headlineFigure(dataset.figures, METRIC.trade, 'USD', 2020)?.id).toBe('trade-total-usd');
    expect(headlineFigure(dataset.figures, METRIC.trade, 'CNY', 2019)).toBeUndefined();
  });

  it('falls back to the tier B figure when the tier A one is absent', () => {
    const figures = dataset.figures.filter((f) => f.id !== 'trade-total');
    expect(headlineFigure(figures, METRIC.trade, 'CNY', 2020)?.id).toBe('trade-total-precise');
    const d = byId(deriveFigures({ figures }));
    expect(d.get('derived-imports-2020')?.value).toBeCloseTo(14.157e9 - 13.16e9, 0);
  });
});

describe('formulas', () => {
  const formula = (id: string) => derivedOf(derived, id).formula;

  it('are present in both languages for every derived figure', () => {
    for (const f of derived) {
      expect(f.formula.en.length, f.id).toBeGreaterThan(0);
      expect(f.formula.zh.length, f.id).toBeGreaterThan(0);
      expect(f.formula.en).not.toBe(f.formula.zh);
      for (const text of [f.formula.en, f.formula.zh]) expect(text).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('show the inputs of imports 2020: billions in English, 亿 in Chinese', () => {
    const f = formula('derived-imports-2020');
    expect(f.en).toContain('14.16');
    expect(f.en).toContain('13.16');
    expect(f.en).toContain('billion yuan');
    expect(f.zh).toContain('141.6');
    expect(f.zh).toContain('131.6');
    expect(f.zh).toContain('亿元');
  });

  it('show the growth factor of the 2019 back-computations', () => {
    const trade = formula('derived-trade-2019');
    expect(trade.en).toContain('14.16');
    expect(trade.en).toContain('14.45%');
    expect(trade.en).toContain('1.1445');
    expect(trade.zh).toContain('141.6');
    expect(trade.zh).toContain('1.1445');
    const exports = formula('derived-exports-2019');
    expect(exports.en).toContain('13.16');
    expect(exports.en).toContain('1.2691');
    expect(exports.zh).toContain('131.6');
  });

  it('show the inputs of the balance, share and rate', () => {
    expect(formula('derived-balance-2020').en).toContain('13.16');
    expect(formula('derived-export-share-2020').en).toMatch(/13\.16.*14\.16/);
    expect(formula('derived-export-share-2020').zh).toMatch(/131\.6.*141\.6/);
    const rate = formula('derived-rate-2020');
    expect(rate.en).toContain('14.16');
    expect(rate.en).toContain('2.19');
    expect(rate.zh).toContain('141.6');
    expect(rate.zh).toContain('21.9');
  });
});

describe('rounding happens only at display', () => {
  it('keeps derived values unrounded', () => {
    const trade2019 = derivedOf(derived, 'derived-trade-2019').value;
    expect(trade2019).not.toBe(12.37e9);
    expect(Math.abs(trade2019 - 12.37e9)).toBeGreaterThan(1e6);
    expect(Number.isInteger(trade2019)).toBe(false);
    expect(derivedOf(derived, 'derived-export-share-2020').value).not.toBe(92.9);
    expect(derivedOf(derived, 'derived-rate-2020').value).not.toBe(6.47);
  });

  it('shows derived figures to the figures their inputs carry, the same in both languages, marked as derived', () => {
    // 14.16 billion ÷ 1.1445: four figures, so 123.7亿, not 123.72亿.
    expect(formatFigure(derivedOf(derived, 'derived-trade-2019'), 'en')).toBe('≈ 12.37 billion yuan');
    expect(formatFigure(derivedOf(derived, 'derived-trade-2019'), 'zh')).toBe('约123.7亿元');
    // 14.16 − 13.16 billion: both given to the ten millions, so three figures.
    expect(formatFigure(derivedOf(derived, 'derived-imports-2020'), 'en')).toBe('≈ 1.00 billion yuan');
    expect(formatFigure(derivedOf(derived, 'derived-imports-2020'), 'zh')).toBe('约10.0亿元');
    expect(formatFigure(derivedOf(derived, 'derived-imports-yoy-2020'), 'en')).toBe('≈ -50.1%');
    // 14.16 ÷ 2.19: three figures.
    expect(formatFigure(derivedOf(derived, 'derived-rate-2020'), 'en')).toBe('≈ 6.47 yuan per US dollar');
    expect(formatFigure(derivedOf(derived, 'derived-rate-2020'), 'zh')).toBe('约6.47元/美元');
  });

  it('gives each derived figure the figures of its inputs', () => {
    const figures = Object.fromEntries(derived.map((f) => [f.id, f.significantFigures]));
    expect(figures).toEqual({
      'derived-trade-2019': 4,
      'derived-exports-2019': 4,
      'derived-imports-2019': 3,
      'derived-imports-2020': 3,
      'derived-imports-yoy-2020': 3,
      'derived-balance-2019': 3,
      'derived-balance-2020': 4,
      'derived-export-share-2019': 4,
      'derived-export-share-2020': 4,
      'derived-rate-2020': 3,
    });
  });
});

describe('deriveFigures on extended and reduced fixtures', () => {
  it('ignores a tier C figure with a headline metric', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('context-trade-2020', METRIC.trade, 2020, 99e9, 'C'));
    data.figures.push(yuanFigure('context-trade-2019', METRIC.trade, 2019, 1e9, 'C'));
    data.figures.push({
      ...yuanFigure('context-trade-yoy-2020', METRIC.tradeYoy, 2020, 80, 'C'),
      unit: 'percent',
    });
    expect(deriveFigures(data)).toEqual(derived);
  });

  it('extends every series with a new year of tier A trade and exports', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
    data.figures.push(yuanFigure('exports-total-2021', METRIC.exports, 2021, 15e9));
    const d = deriveFigures(data);
    const ids = byId(d);

    // Everything derived before is still there, unchanged.
    for (const f of derived) expect(ids.get(f.id)).toEqual(f);

    const imports = derivedOf(d, 'derived-imports-2021');
    expect(imports.value).toBeCloseTo(2e9, 0);
    expect(imports.inputIds).toEqual(['trade-total-2021', 'exports-total-2021']);

    const balance = derivedOf(d, 'derived-balance-2021');
    expect(balance.value).toBeCloseTo(13e9, 0);

    const share = derivedOf(d, 'derived-export-share-2021');
    expect(share.value).toBeCloseTo((15 / 17) * 100, 9);

    const tradeGrowth = derivedOf(d, 'derived-trade-yoy-2021');
    expect(tradeGrowth.value).toBeCloseTo((17 / 14.16 - 1) * 100, 9);
    expect(tradeGrowth.inputIds).toEqual(['trade-total-2021', 'trade-total']);
    expect(tradeGrowth.unit).toBe('percent');
    expect(tradeGrowth.growthOf).toBe('trade-total-2021');

    const exportsGrowth = derivedOf(d, 'derived-exports-yoy-2021');
    expect(exportsGrowth.value).toBeCloseTo((15 / 13.16 - 1) * 100, 9);

    const importsGrowth = derivedOf(d, 'derived-imports-yoy-2021');
    expect(importsGrowth.value).toBeCloseTo((2 / 1 - 1) * 100, 6);
    expect(importsGrowth.growthOf).toBe('derived-imports-2021');
    // The catalog finds a derived growth by its link, as it finds a stored one.
    const catalog = buildCatalog(data);
    expect(catalog.growth.get('trade-total-2021')?.map((g) => g.id)).toEqual(['derived-trade-yoy-2021']);
    expect(catalog.growth.get('trade-total')?.map((g) => g.id)).toEqual(['trade-total-yoy']);

    // A stated growth is never re-derived.
    expect(ids.has('derived-trade-yoy-2020')).toBe(false);
    expect(ids.has('derived-exports-yoy-2020')).toBe(false);
    // No 2022 and no 2020 back-computation out of 2021 (2020 is stored).
    expect([...ids.keys()].some((id) => id.endsWith('-2022'))).toBe(false);
    expect(d.filter((f) => f.id === 'derived-trade-2020')).toEqual([]);
  });

  it('does not extend the series with a new year that has trade but no exports', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
    const ids = byId(deriveFigures(data));
    expect(ids.has('derived-trade-yoy-2021')).toBe(true);
    expect(ids.has('derived-imports-2021')).toBe(false);
    expect(ids.has('derived-balance-2021')).toBe(false);
    expect(ids.has('derived-export-share-2021')).toBe(false);
  });

  it('drops the 2019 trade back-computation, and what depends on it, when the 2020 growth is removed', () => {
    const data: Dataset = cloneDataset();
    data.figures = data.figures.filter((f) => f.id !== 'trade-total-yoy');
    const ids = byId(deriveFigures(data));
    for (const gone of [
      'derived-trade-2019',
      'derived-imports-2019',
      'derived-imports-yoy-2020',
      'derived-balance-2019',
      'derived-export-share-2019',
    ])
      expect(ids.has(gone), gone).toBe(false);
    // The exports series still has its growth, and 2020 is untouched.
    expect(ids.get('derived-exports-2019')?.value).toBeCloseTo(13.16e9 / 1.2691, 0);
    expect(ids.get('derived-imports-2020')?.value).toBeCloseTo(1e9, 0);
    expect(ids.get('derived-balance-2020')?.value).toBeCloseTo(12.16e9, 0);
  });

  it('uses a stored 2019 value rather than back-computing one', () => {
    const data = cloneDataset();
    data.figures.push(yuanFigure('trade-total-2019', METRIC.trade, 2019, 12e9, 'B'));
    const ids = byId(deriveFigures(data));
    expect(ids.has('derived-trade-2019')).toBe(false);
    expect(ids.get('derived-imports-2019')?.inputIds).toEqual(['trade-total-2019', 'derived-exports-2019']);
  });

  it('derives no rate without a USD figure, and converts nothing then', () => {
    const data = cloneDataset();
    data.figures = data.figures.filter((f) => f.id !== 'trade-total-usd');
    const d = deriveFigures(data);
    expect(impliedRate(d)).toBeUndefined();
    const catalog = buildCatalog(data);
    expect(inCurrency(figureOf(data, 'exports-total'), 'USD', catalog)).toEqual({
      value: 13.16e9,
      unit: 'CNY',
      converted: false,
      significantFigures: 4,
    });
  });

  it('converts yuan at the implied rate, and prefers the article’s own USD figure', () => {
    const catalog = buildCatalog(dataset);
    const exportsUsd = inCurrency(figureOf(dataset, 'exports-total'), 'USD', catalog);
    expect(exportsUsd.converted).toBe(true);
    expect(exportsUsd.unit).toBe('USD');
    expect(exportsUsd.value).toBeCloseTo(13.16e9 / (14.16 / 2.19), 0);
    const tradeUsd = inCurrency(figureOf(dataset, 'trade-total'), 'USD', catalog);
    expect(tradeUsd).toMatchObject({ value: 2.19e9, unit: 'USD', converted: false });
    expect(tradeUsd.statedBy?.id).toBe('trade-total-usd');
  });

  it('takes a US dollar value as stated only when it is linked as the yuan figure’s currency twin', () => {
    // Same metric, tier and period as exports-total, but linked to nothing: not its twin.
    const data = cloneDataset();
    const usd: Figure = {
      ...figureOf(data, 'trade-total-usd'),
      id: 'exports-total-usd',
      metric: METRIC.exports,
      currencyTwinOf: undefined,
    };
    data.figures.push(usd);
    const unlinked = inCurrency(figureOf(data, 'exports-total'), 'USD', buildCatalog(data));
    expect(unlinked.converted).toBe(true);
    expect(unlinked.statedBy).toBeUndefined();
    // Once linked, it is the stated value.
    usd.currencyTwinOf = 'exports-total';
    const linked = inCurrency(figureOf(data, 'exports-total'), 'USD', buildCatalog(data));
    expect(linked).toMatchObject({ value: 2.19e9, unit: 'USD', converted: false });
    expect(linked.statedBy?.id).toBe('exports-total-usd');
  });

  it('does not derive from an empty dataset', () => {
    expect(deriveFigures({ figures: [] })).toEqual([]);
  });
});
