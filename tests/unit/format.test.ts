import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../src/data/dataset';
import { unitSchema, type Period, type Qualifier, type Unit } from '../../src/data/schema';
import {
  changeDirection,
  formatChange,
  formatDate,
  formatPeriod,
  formatValue,
  type Lang,
} from '../../src/domain/format';
import { formatFigure } from '../../src/domain/figures';
import { figureOf } from '../fixtures/dataset';

const RUNS = { numRuns: 1000 };
const UNITS: readonly Unit[] = unitSchema.options;
const langArb = fc.constantFrom<Lang>('en', 'zh');
const unitArb = fc.constantFrom<Unit>(...UNITS);
const qualifierArb = fc.constantFrom<Qualifier | undefined>('exact', 'atLeast', 'derived', undefined);
const anyDouble = fc.double({ noNaN: false, noDefaultInfinity: false });

describe('formatValue examples', () => {
  it('formats yuan in billions (en) and 亿 (zh)', () => {
    expect(formatValue(14.16e9, 'CNY', 'en')).toBe('14.16 billion yuan');
    expect(formatValue(14.16e9, 'CNY', 'zh')).toBe('141.6亿元');
    expect(formatValue(14.157e9, 'CNY', 'zh')).toBe('141.57亿元');
    expect(formatValue(13.16e9, 'CNY', 'en')).toBe('13.16 billion yuan');
  });

  it('formats stored figures with every digit their source gives', () => {
    expect(formatFigure(figureOf(dataset, 'trade-total-precise'), 'zh')).toBe('141.57亿元');
    expect(formatFigure(figureOf(dataset, 'exports-total-precise'), 'zh')).toBe('131.62亿元');
    expect(formatFigure(figureOf(dataset, 'trade-total-precise'), 'en')).toBe('14.157 billion yuan');
    expect(formatFigure(figureOf(dataset, 'trade-total'), 'en')).toBe('14.16 billion yuan');
  });

  it('formats US dollars', () => {
    expect(formatValue(2.19e9, 'USD', 'en')).toBe('US$2.19 billion');
    expect(formatValue(2.19e9, 'USD', 'zh')).toBe('21.9亿美元');
    expect(formatValue(-2.19e9, 'USD', 'en')).toBe('-US$2.19 billion');
    expect(formatValue(60e6, 'USD', 'en', { qualifier: 'atLeast' })).toBe('over US$60 million');
    expect(formatValue(60e6, 'USD', 'zh', { qualifier: 'atLeast' })).toBe('6000万美元以上');
  });

  it('formats "at least" values', () => {
    expect(formatValue(80e6, 'CNY', 'en', { qualifier: 'atLeast' })).toBe('over 80 million yuan');
    expect(formatValue(80e6, 'CNY', 'zh', { qualifier: 'atLeast' })).toBe('8000万元以上');
    expect(formatFigure(figureOf(dataset, 'netease-games'), 'zh')).toBe('8000万元以上');
    expect(formatFigure(figureOf(dataset, 'dcb-digital'), 'en')).toBe('over 100 million yuan');
    expect(formatFigure(figureOf(dataset, 'dcb-digital'), 'zh')).toBe('1亿元以上');
  });

  it('marks derived values', () => {
    expect(formatValue(12.37e9, 'CNY', 'en', { qualifier: 'derived' })).toBe('≈ 12.37 billion yuan');
    expect(formatValue(12.37e9, 'CNY', 'zh', { qualifier: 'derived' })).toBe('约123.7亿元');
    expect(formatValue(1e9, 'CNY', 'en', { qualifier: 'derived', fixed: true })).toBe('≈ 1.00 billion yuan');
    expect(formatValue(92.94, 'percent', 'zh', { qualifier: 'derived' })).toBe('约92.94%');
    expect(formatValue(14.16e9, 'CNY', 'en', { qualifier: 'exact' })).toBe('14.16 billion yuan');
  });

  it('formats ranks as ordinals', () => {
    expect(formatValue(3, 'rank', 'en')).toBe('3rd');
    expect(formatValue(3, 'rank', 'zh')).toBe('第3位');
    expect(formatValue(1, 'rank', 'en')).toBe('1st');
    expect(formatValue(2, 'rank', 'en')).toBe('2nd');
    expect(formatValue(11, 'rank', 'en')).toBe('11th');
    expect(formatValue(22, 'rank', 'en')).toBe('22nd');
  });

  it('formats minutes, hours and countries', () => {
    expect(formatValue(200_000, 'minutes', 'en', { qualifier: 'atLeast' })).toBe('over 200,000 minutes');
    expect(formatValue(200_000, 'minutes', 'zh', { qualifier: 'atLeast' })).toBe('20万分钟以上');
    expect(formatValue(1, 'hours', 'en')).toBe('1 hour');
    expect(formatValue(8_000, 'hours', 'zh', { qualifier: 'atLeast' })).toBe('8000小时以上');
    expect(formatValue(183, 'countries-regions', 'en')).toBe('183 countries and regions');
    expect(formatValue(183, 'countries-regions', 'zh')).toBe('183个国家和地区');
    expect(formatValue(13, 'count', 'en')).toBe('13');
    expect(formatValue(13, 'count', 'zh')).toBe('13个');
  });

  it('formats percentages and the exchange rate', () => {
    expect(formatValue(14.45, 'percent', 'en')).toBe('14.45%');
    expect(formatValue(6.4657, 'CNY-per-USD', 'en')).toBe('6.47 yuan per US dollar');
    expect(formatValue(6.4657, 'CNY-per-USD', 'zh')).toBe('6.47元/美元');
  });

  it('switches magnitude after rounding: 999,999,999 yuan is 1 billion, not 1,000 million', () => {
    expect(formatValue(999_999_999, 'CNY', 'en')).toBe('1 billion yuan');
    expect(formatValue(99_999_999, 'CNY', 'zh')).toBe('1亿元');
    expect(formatValue(999_999, 'CNY', 'en')).toBe('1 million yuan');
    expect(formatValue(9_999, 'CNY', 'en')).toBe('9,999 yuan');
    // 9,999 yuan is 0.9999万, which rounds to 1万 at two decimals.
    expect(formatValue(9_999, 'CNY', 'zh')).toBe('1万元');
    expect(formatValue(9_949, 'CNY', 'zh')).toBe('9949元');
  });

  it('shows a dash for a value that is not a number', () => {
    expect(formatValue(Number.NaN, 'CNY', 'en')).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY, 'USD', 'zh', { qualifier: 'atLeast' })).toBe('—');
  });
});

describe('formatChange examples', () => {
  it('formats growth', () => {
    expect(formatChange(14.45, 'en')).toBe('+14.45%');
    expect(formatChange(14.45, 'zh')).toBe('增长14.45%');
    expect(formatChange(26.91, 'zh')).toBe('增长26.91%');
  });

  it('formats decline', () => {
    const en = formatChange(-50.07, 'en');
    expect(en.startsWith('-')).toBe(true);
    expect(en).toBe('-50.07%');
    expect(formatChange(-50.07, 'zh')).toBe('下降50.07%');
    expect(changeDirection(-50.07)).toBe('down');
  });

  it('formats no change', () => {
    expect(formatChange(0, 'en')).toBe('0%');
    expect(formatChange(0, 'zh')).toBe('持平(0%)');
    expect(changeDirection(0)).toBe('flat');
    expect(changeDirection(Number.NaN)).toBe('flat');
    expect(formatChange(Number.NaN, 'zh')).toBe('—');
  });
});

describe('formatPeriod and formatDate', () => {
  const cases: ReadonlyArray<[Period, string, string]> = [
    [{ kind: 'year', year: 2020 }, '2020', '2020年'],
    [{ kind: 'range', from: 2019, to: 2020 }, '2019–2020', '2019~2020年'],
    [{ kind: 'month', year: 2020, month: 11 }, 'November 2020', '2020年11月'],
    [{ kind: 'month', year: 2018, month: 6 }, 'June 2018', '2018年6月'],
    [{ kind: 'annual' }, 'per year', '每年'],
    [{ kind: 'cumulative', until: '2018-05' }, 'cumulative to May 2018', '截至2018年5月累计'],
    [{ kind: 'cumulative', until: '2021-02-25' }, 'cumulative to 25 February 2021', '截至2021年2月25日累计'],
    [{ kind: 'announced', year: 2021 }, 'announced in 2021', '2021年公布'],
  ];

  it.each(cases)('formats %j as "%s" / "%s"', (period, en, zh) => {
    expect(formatPeriod(period, 'en')).toBe(en);
    expect(formatPeriod(period, 'zh')).toBe(zh);
  });

  it('formats dates of each precision', () => {
    expect(formatDate('2021-02-26', 'en')).toBe('26 February 2021');
    expect(formatDate('2021-02-26', 'zh')).toBe('2021年2月26日');
    expect(formatDate('2018-05', 'en')).toBe('May 2018');
    expect(formatDate('2018-05', 'zh')).toBe('2018年5月');
    expect(formatDate('2018', 'en')).toBe('2018');
    expect(formatDate('2018', 'zh')).toBe('2018年');
    expect(formatDate('2020-12-01', 'en')).toBe('1 December 2020');
  });

  it('leaves out a day the month does not have, instead of rolling into the next month', () => {
    expect(formatDate('2021-02-31', 'en')).toBe('February 2021');
    expect(formatDate('2021-02-31', 'zh')).toBe('2021年2月');
    expect(formatDate('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatDate('2018-13', 'en')).toBe('2018');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate('', 'zh')).toBe('');
  });
});

/** Removes the qualifier marks formatValue adds. */
function stripQualifier(s: string, lang: Lang): string {
  if (lang === 'zh') return s.replace(/^约/, '').replace(/以上$/, '');
  return s.replace(/^≈ /, '').replace(/^over /, '');
}

/** Reads a money string back into a number of base units, or undefined when it does not parse. */
function parseMoney(s: string, unit: 'CNY' | 'USD', lang: Lang): { value: number; scale: number } | undefined {
  if (lang === 'zh') {
    const m = /^(-?\d+(?:\.\d+)?)(亿|万)?(元|美元)$/.exec(s);
    if (!m || m[3] !== (unit === 'CNY' ? '元' : '美元')) return undefined;
    const scale = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
    return { value: Number(m[1]) * scale, scale };
  }
  const re =
    unit === 'CNY'
      ? /^(-?)()([\d,]+(?:\.\d+)?)(?: (billion|million))? yuan$/
      : /^(-?)(US\$)([\d,]+(?:\.\d+)?)(?: (billion|million))?$/;
  const m = re.exec(s);
  if (!m || m[3] === undefined) return undefined;
  const scale = m[4] === 'billion' ? 1e9 : m[4] === 'million' ? 1e6 : 1;
  const n = Number(m[3].replace(/,/g, ''));
  return { value: (m[1] === '-' ? -n : n) * scale, scale };
}

/** Values around every magnitude boundary, where rounding and the choice of word interact. */
const boundaryValue = fc
  .tuple(fc.constantFrom(1e4, 1e6, 1e8, 1e9, 1e12), fc.double({ min: 0.98, max: 1.02, noNaN: true }), fc.boolean())
  .map(([base, f, negative]) => (negative ? -1 : 1) * base * f);
const moneyValue = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  boundaryValue,
  fc.integer({ min: -1e9, max: 1e9 }),
);

describe('formatValue properties', () => {
  it('never throws, for any double, unit, language and qualifier', () => {
    fc.assert(
      fc.property(anyDouble, unitArb, langArb, qualifierArb, (value, unit, lang, qualifier) => {
        expect(typeof formatValue(value, unit, lang, { qualifier })).toBe('string');
      }),
      RUNS,
    );
  });

  it('never shows NaN, undefined, Infinity or null, with any decimals and fixed option', () => {
    fc.assert(
      fc.property(
        anyDouble,
        unitArb,
        langArb,
        qualifierArb,
        fc.integer({ min: -5, max: 30 }),
        fc.boolean(),
        (value, unit, lang, qualifier, decimals, fixed) => {
          const s = formatValue(value, unit, lang, { qualifier, decimals, fixed });
          expect(s).not.toMatch(/NaN|undefined|Infinity|null/);
          expect(s.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it('preserves the magnitude of money values: parsing the text back is within half a rounding step', () => {
    fc.assert(
      fc.property(
        moneyValue,
        fc.constantFrom<'CNY' | 'USD'>('CNY', 'USD'),
        langArb,
        qualifierArb,
        (value, unit, lang, qualifier) => {
          const s = formatValue(value, unit, lang, { qualifier });
          const parsed = parseMoney(stripQualifier(s, lang), unit, lang);
          expect(parsed, `could not parse ${JSON.stringify(s)}`).toBeDefined();
          if (!parsed) return;
          const tolerance = 0.005 * parsed.scale + 1e-9 * Math.max(1, Math.abs(value));
          expect(Math.abs(parsed.value - value), `${value} shown as ${s}`).toBeLessThanOrEqual(tolerance);
        },
      ),
      RUNS,
    );
  });

  it('uses the largest magnitude word that keeps the number at least 1', () => {
    fc.assert(
      fc.property(moneyValue, langArb, (value, lang) => {
        const s = formatValue(value, 'CNY', lang);
        const parsed = parseMoney(s, 'CNY', lang);
        if (!parsed) throw new Error(`could not parse ${s}`);
        const shown = Math.abs(parsed.value / parsed.scale);
        // The number before the word stays below the next step: units below a million (en) or
        // 1万 (zh); millions below 1000; 万 below 10 000 (that is, 1亿).
        const below = lang === 'en' ? { 1: 1e6, 1e6: 1000 } : { 1: 1e4, 1e4: 1e4 };
        const limit = (below as Record<number, number | undefined>)[parsed.scale];
        if (limit !== undefined) expect(shown, `${value} shown as ${s}`).toBeLessThan(limit);
        // A magnitude word is only used for a number of at least 1.
        if (parsed.scale > 1) expect(shown, `${value} shown as ${s}`).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('never shows a minus sign on a value that rounds to zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.0049, max: 0, noNaN: true }), unitArb, langArb, (value, unit, lang) => {
        const s = formatValue(value, unit, lang);
        expect(s, `${Object.is(value, -0) ? '-0' : value} ${unit} ${lang}`).not.toMatch(/-0(?![.,\d])/);
      }),
      {
        ...RUNS,
        examples: [[-0, 'CNY', 'en'] as [number, Unit, Lang], [-0.001, 'percent', 'zh'] as [number, Unit, Lang]],
      },
    );
  });
});

/** The direction a formatted change reads as. */
function readDirection(s: string, lang: Lang): 'up' | 'down' | 'flat' {
  if (lang === 'zh') return s.startsWith('增长') ? 'up' : s.startsWith('下降') ? 'down' : 'flat';
  return s.startsWith('+') ? 'up' : s.startsWith('-') ? 'down' : 'flat';
}

describe('formatChange properties', () => {
  it('never throws and never shows NaN, undefined, Infinity or null', () => {
    fc.assert(
      fc.property(anyDouble, langArb, (percent, lang) => {
        const s = formatChange(percent, lang);
        expect(s).not.toMatch(/NaN|undefined|Infinity|null/);
        expect(s.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reads in the direction changeDirection gives (the arrow next to it)', () => {
    fc.assert(
      fc.property(anyDouble, langArb, (percent, lang) => {
        const s = formatChange(percent, lang);
        expect(readDirection(s, lang), `${percent} shown as ${s}`).toBe(changeDirection(percent));
      }),
      { ...RUNS, examples: [[0.001, 'zh'] as [number, Lang], [-0.001, 'en'] as [number, Lang]] },
    );
  });

  it('reads in the direction of changeDirection for changes of at least 0.005 points', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0.005, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.005, noNaN: true })),
        langArb,
        (percent, lang) => {
          const s = formatChange(percent, lang);
          expect(readDirection(s, lang), `${percent} shown as ${s}`).toBe(changeDirection(percent));
        },
      ),
      { ...RUNS, examples: [[-0.005, 'zh'] as [number, Lang]] },
    );
  });

  it('shows the same number in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (percent) => {
        const en = formatChange(percent, 'en').replace(/^[+-]/, '').replace(/,/g, '');
        const zh = formatChange(percent, 'zh')
          .replace(/^(增长|下降)/, '')
          .replace(/^持平\((.*)\)$/, '$1')
          .replace(/,/g, '');
        expect(zh, `${percent}`).toBe(en);
      }),
      RUNS,
    );
  });
});
