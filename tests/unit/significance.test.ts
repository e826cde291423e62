import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { createI18n } from '../../src/app/i18n';
import { zh } from '../../src/app/i18n/zh';
import { displayValue } from '../../src/components/headline-cards';
import { buildCatalog, formatFigure, inCurrency } from '../../src/domain/figures';
import { formatChange, formatValue, type Lang } from '../../src/domain/format';
import {
  decimalsFor,
  displayFigures,
  fewestFigures,
  figuresOfSum,
  roundToSignificant,
  significantFigures,
} from '../../src/domain/significance';
import { figureOf } from '../fixtures/dataset';

const catalog = buildCatalog(validateDataset(dataset));
const rate = catalog.rate;
const tOf = (lang: Lang) => createI18n('en', { zh }).getFixedT(lang);

describe('significantFigures: the digits a stored value carries', () => {
  it.each([
    [14.16e9, 4],
    [2.19e9, 3],
    [13.16e9, 4],
    [14.157e9, 5],
    [80e6, 1],
    [100e6, 1],
    [8_000, 1],
    [183, 3],
    [93, 2],
    [3, 1],
    [14.45, 4],
    [26.91, 4],
    [1.1445, 5],
    [0.05, 1],
    [-50.5, 3],
    [0, 1],
  ])('%d has %d', (value, figures) => {
    expect(significantFigures(value)).toBe(figures);
  });

  it('ignores the noise of binary fractions', () => {
    expect(significantFigures(0.1 + 0.2)).toBe(1);
    expect(significantFigures(14.16e9 / 1e9)).toBe(4);
  });
});

describe('roundToSignificant', () => {
  it('rounds to n figures, whatever the magnitude', () => {
    expect(roundToSignificant(14.16 / 2.19, 3)).toBe(6.47);
    expect(roundToSignificant(80e6 / (14.16 / 2.19), 2)).toBe(12_000_000);
    expect(roundToSignificant(100e6 / (14.16 / 2.19), 2)).toBe(15_000_000);
    expect(roundToSignificant(-50.066, 3)).toBe(-50.1);
    expect(roundToSignificant(0.0012345, 2)).toBe(0.0012);
    expect(roundToSignificant(0, 3)).toBe(0);
  });

  it('never adds figures to a value that has no more', () => {
    // Normal doubles: a subnormal one (below 2.2e-308) has fewer bits than its digits suggest.
    const value = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });
    fc.assert(
      fc.property(
        value.filter((v) => v === 0 || Math.abs(v) > 1e-300),
        fc.integer({ min: 1, max: 15 }),
        (v, n) => {
          expect(significantFigures(roundToSignificant(v, n))).toBeLessThanOrEqual(n);
        },
      ),
    );
  });
});

describe('the figures of a value computed from others', () => {
  it('a quotient or conversion keeps the fewest of its inputs', () => {
    // 14.16 billion yuan ÷ US$2.19 billion: three figures.
    expect(fewestFigures([{ value: 14.16e9 }, { value: 2.19e9 }])).toBe(3);
    // "over 80 million yuan" at that rate: one.
    expect(fewestFigures([{ value: 80e6 }, { value: 6.4657, significantFigures: 3 }])).toBe(1);
  });

  it('a sum or difference keeps no digit below the coarsest last digit of its terms', () => {
    expect(figuresOfSum(14.16e9 - 13.16e9, [{ value: 14.16e9 }, { value: 13.16e9 }])).toBe(3);
    expect(figuresOfSum(17e9 - 15e9, [{ value: 17e9 }, { value: 15e9 }])).toBe(1);
    // 1 + 14.45%: the 1 is exact, so the hundredths of a percent govern.
    expect(figuresOfSum(1.1445, [{ value: 0.1445 }])).toBe(5);
    // A carry into a new digit is counted: 9.996 + 0.01 to hundredths is 10.01, four figures.
    expect(figuresOfSum(10.006, [{ value: 9.996 }, { value: 0.01 }])).toBe(4);
    // A difference lost in the rounding of its terms keeps one.
    expect(figuresOfSum(1e6, [{ value: 14.16e9 }, { value: 14.16e9 - 1e6, significantFigures: 4 }])).toBe(1);
  });

  it('shows at least two', () => {
    expect(displayFigures(1)).toBe(2);
    expect(displayFigures(3)).toBe(3);
  });

  it('gives the decimals that show n figures of a number as written', () => {
    expect(decimalsFor(12, 2)).toBe(0);
    expect(decimalsFor(1200, 2)).toBe(0);
    expect(decimalsFor(1.55, 3)).toBe(2);
    expect(decimalsFor(0.155, 3)).toBe(3);
    expect(decimalsFor(9.996, 3)).toBe(1);
  });
});

describe('converted and derived values as shown', () => {
  it('the implied rate: three figures, 6.47', () => {
    if (!rate) throw new Error('no implied rate');
    expect(rate.value).toBeCloseTo(6.4658, 4);
    expect(rate.significantFigures).toBe(3);
    expect(formatFigure(rate, 'en')).toBe('≈ 6.47 yuan per US dollar');
    expect(formatFigure(rate, 'zh')).toBe('约6.47元/美元');
    expect(formatValue(rate.value, rate.unit, 'en', { significant: rate.significantFigures })).toBe(
      '6.47 yuan per US dollar',
    );
  });

  it('inCurrency gives a converted value the fewest figures of the amount and the rate', () => {
    const netease = inCurrency(figureOf(dataset, 'netease-games'), 'USD', catalog);
    expect(netease).toMatchObject({ unit: 'USD', converted: true, significantFigures: 1 });
    expect(netease.value).toBeCloseTo(80e6 / (14.16 / 2.19), 0);
    expect(inCurrency(figureOf(dataset, 'exports-total'), 'USD', catalog).significantFigures).toBe(3);
    // A source's own dollar figure keeps its digits.
    expect(inCurrency(figureOf(dataset, 'trade-total'), 'USD', catalog)).toMatchObject({
      value: 2.19e9,
      converted: false,
      significantFigures: 3,
    });
    expect(inCurrency(figureOf(dataset, 'netease-games'), 'CNY', catalog).significantFigures).toBe(1);
  });

  it.each([
    ['netease-games', 'en', 'over ≈ US$12 million'],
    ['netease-games', 'zh', '约1200万美元以上'],
    ['dcb-digital', 'en', 'over ≈ US$15 million'],
    ['dcb-digital', 'zh', '约1500万美元以上'],
    ['exports-total', 'en', '≈ US$2.04 billion'],
    ['exports-total', 'zh', '约20.4亿美元'],
  ] as const)('%s in US dollars (%s): %s, the ≈ / 约 kept beside "over"', (id, lang, shown) => {
    const { value, detail } = displayValue(figureOf(dataset, id), 'USD', catalog, lang, tOf(lang));
    expect(value).toBe(shown);
    expect(detail).toBe(
      lang === 'en'
        ? 'Converted at the article’s implied rate of 6.47 yuan per US dollar'
        : '按原文隐含汇率6.47元/美元换算',
    );
  });

  it('keeps every digit of a stored figure, in yuan and when a source states it in dollars', () => {
    const t = tOf('en');
    expect(displayValue(figureOf(dataset, 'netease-games'), 'CNY', catalog, 'en', t).value).toBe(
      'over 80 million yuan',
    );
    expect(displayValue(figureOf(dataset, 'trade-total'), 'USD', catalog, 'en', t).value).toBe('US$2.19 billion');
    expect(formatFigure(figureOf(dataset, 'trade-total-precise'), 'zh')).toBe('141.57亿元');
  });

  it('formats a value to its figures, at least two, trailing zeros kept, in any scale', () => {
    expect(formatValue(1e9, 'CNY', 'en', { significant: 3, qualifier: 'derived' })).toBe('≈ 1.00 billion yuan');
    expect(formatValue(1e9, 'CNY', 'zh', { significant: 3, qualifier: 'derived' })).toBe('约10.0亿元');
    expect(formatValue(999.6e6, 'USD', 'en', { significant: 3 })).toBe('US$1.00 billion');
    expect(formatValue(999.4e6, 'USD', 'en', { significant: 3 })).toBe('US$999 million');
    expect(formatValue(8_000, 'hours', 'zh', { significant: 1 })).toBe('8000小时');
    expect(formatValue(3, 'rank', 'en', { significant: 1 })).toBe('3rd');
    expect(formatValue(60e6, 'USD', 'en', { qualifier: 'atLeast', approximate: true, significant: 1 })).toBe(
      'over ≈ US$60 million',
    );
    expect(formatValue(60e6, 'USD', 'zh', { qualifier: 'derived', approximate: true, significant: 1 })).toBe(
      '约6000万美元',
    );
  });

  it('formats a derived change to its figures', () => {
    expect(formatChange(-50.066, 'en', { significant: 3 })).toBe('-50.1%');
    expect(formatChange(-50.066, 'zh', { significant: 3 })).toBe('下降50.1%');
    expect(formatChange(20.06, 'en', { significant: 1 })).toBe('+20%');
    expect(formatChange(14.45, 'en')).toBe('+14.45%');
  });
});
