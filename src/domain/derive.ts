import type { Bilingual, Dataset, Figure, Unit } from '../data/schema';
import { nf, type Lang } from './format';
import { yearLabel } from './punctuation';
import { fewestFigures, figuresOf, figuresOfSum } from './significance';

/*
 * Tier D: figures computed from stored inputs, never typed in. Each carries the formula it
 * was computed with, in both languages, and the ids of its inputs. Everything is generic
 * over years, so a new year in the dataset extends every derived figure with it.
 */

export const METRIC = {
  trade: 'culture-services-trade',
  exports: 'culture-services-exports',
  imports: 'culture-services-imports',
  tradeYoy: 'culture-services-trade-yoy',
  exportsYoy: 'culture-services-exports-yoy',
  importsYoy: 'culture-services-imports-yoy',
  balance: 'culture-services-balance',
  exportShare: 'culture-services-export-share',
  rate: 'implied-cny-per-usd',
} as const;

export interface DerivedFigure extends Figure {
  tier: 'D';
  qualifier: 'derived';
  formula: Bilingual;
  inputIds: string[];
  /** The figures its inputs allow it (significance.ts); it is shown to these, its formula in full. */
  significantFigures: number;
}

const LABELS: Record<keyof typeof METRIC, Bilingual> = {
  trade: { en: 'Culture-services trade', zh: '文化服务贸易进出口' },
  exports: { en: 'Culture-services exports', zh: '文化服务出口' },
  imports: { en: 'Culture-services imports', zh: '文化服务进口' },
  tradeYoy: { en: 'Culture-services trade, growth', zh: '文化服务贸易进出口增速' },
  exportsYoy: { en: 'Culture-services exports, growth', zh: '文化服务出口增速' },
  importsYoy: { en: 'Culture-services imports, growth', zh: '文化服务进口增速' },
  balance: { en: 'Culture-services trade balance', zh: '文化服务贸易顺差' },
  exportShare: { en: 'Exports as a share of trade', zh: '出口占进出口比重' },
  rate: { en: 'Implied exchange rate', zh: '隐含汇率' },
};

/** Short names used inside formulas. */
const TERMS: Record<'trade' | 'exports' | 'imports', Bilingual> = {
  trade: { en: 'trade', zh: '进出口' },
  exports: { en: 'exports', zh: '出口' },
  imports: { en: 'imports', zh: '进口' },
};

const SHORT_ID: Record<keyof typeof METRIC, string> = {
  trade: 'trade',
  exports: 'exports',
  imports: 'imports',
  tradeYoy: 'trade-yoy',
  exportsYoy: 'exports-yoy',
  importsYoy: 'imports-yoy',
  balance: 'balance',
  exportShare: 'export-share',
  rate: 'rate',
};

const TIER_ORDER = { A: 0, B: 1, C: 2, D: 3 } as const;

/**
 * The headline stored figure for a metric, unit and calendar year: tier A (the article)
 * before tier B; context figures (tier C) never enter a headline series.
 */
export function headlineFigure(
  figures: readonly Figure[],
  metric: string,
  unit: Unit,
  year: number,
): Figure | undefined {
  return figures
    .filter(
      (f) =>
        f.metric === metric &&
        f.unit === unit &&
        (f.tier === 'A' || f.tier === 'B') &&
        f.period.kind === 'year' &&
        f.period.year === year,
    )
    .sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier])[0];
}

function yearOf(f: Figure): number | undefined {
  return f.period.kind === 'year' ? f.period.year : undefined;
}

function yearsOf(figures: readonly Figure[], metric: string, unit: Unit): number[] {
  const years = new Set<number>();
  for (const f of figures) {
    const y = yearOf(f);
    if (y !== undefined && f.metric === metric && f.unit === unit && (f.tier === 'A' || f.tier === 'B')) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Amounts inside formulas: billions in English, 亿 in Chinese, to two decimals. */
const MONEY_DIVISOR: Record<Lang, number> = { en: 1e9, zh: 1e8 };
function amount(value: number, lang: Lang): string {
  return nf(lang, 2, true, false).format(value / MONEY_DIVISOR[lang]);
}
const MONEY_UNIT: Bilingual = { en: 'billion yuan', zh: '亿元' };
function pct(value: number, decimals = 2): string {
  return nf('en', decimals, false, true).format(value);
}
/** "exports 2020" / "2020年出口": the year goes before the word in Chinese, after it in English. */
const TERM: Record<Lang, (word: string, year: number) => string> = {
  en: (word, year) => `${word} ${year}`,
  zh: (word, year) => `${yearLabel(year, 'zh')}${word}`,
};
function term(key: keyof typeof TERMS, year: number, lang: Lang): string {
  return TERM[lang](TERMS[key][lang], year);
}
function sourcesOf(inputs: readonly Figure[]): string[] {
  return [...new Set(inputs.flatMap((f) => f.sourceIds))];
}

/** The figures of a growth factor 1 + g/100: the 1 is exact, so the last digit of g governs. */
function factorFigures(growth: Figure, factor: number): number {
  return figuresOfSum(factor, [{ value: growth.value / 100, significantFigures: figuresOf(growth) }]);
}

/** The figures of (current ÷ before − 1) × 100: a quotient, then a difference with the exact 1. */
function growthFigures(current: Figure, before: Figure): number {
  const ratio = current.value / before.value;
  return figuresOfSum(ratio - 1, [{ value: ratio, significantFigures: fewestFigures([current, before]) }]);
}

function derived(
  key: keyof typeof METRIC,
  year: number,
  value: number,
  unit: Unit,
  figures: number,
  inputs: readonly Figure[],
  formula: Bilingual,
): DerivedFigure {
  return {
    id: `derived-${SHORT_ID[key]}-${year}`,
    metric: METRIC[key],
    label: LABELS[key],
    value,
    unit,
    period: { kind: 'year', year },
    qualifier: 'derived',
    tier: 'D',
    sourceIds: sourcesOf(inputs),
    formula,
    inputIds: inputs.map((f) => f.id),
    significantFigures: figures,
  };
}

/** A derived growth rate that names the figure whose change it is, so a card finds it by that link. */
function growthOf(figure: Figure, rate: DerivedFigure): DerivedFigure {
  return { ...rate, growthOf: figure.id };
}

/** Every derived figure the stored figures allow, ordered by metric, then year. */
export function deriveFigures(dataset: Pick<Dataset, 'figures'>): DerivedFigure[] {
  const stored = dataset.figures;
  const out: DerivedFigure[] = [];

  // Trade and exports by year: stored where given, else back-computed from the next year's growth.
  const series = (key: 'trade' | 'exports', yoyKey: 'tradeYoy' | 'exportsYoy') => {
    const byYear = new Map<number, Figure>();
    for (const y of yearsOf(stored, METRIC[key], 'CNY')) {
      const f = headlineFigure(stored, METRIC[key], 'CNY', y);
      if (f) byYear.set(y, f);
    }
    for (const [y, current] of [...byYear].sort(([a], [b]) => b - a)) {
      const growth = headlineFigure(stored, METRIC[yoyKey], 'percent', y);
      if (!growth || byYear.has(y - 1) || growth.value <= -100) continue;
      const factor = 1 + growth.value / 100;
      const figures = fewestFigures([current, { value: factor, significantFigures: factorFigures(growth, factor) }]);
      const prev = derived(key, y - 1, current.value / factor, 'CNY', figures, [current, growth], {
        en: `${term(key, y, 'en')} ÷ (1 + ${pct(growth.value)}%) = ${amount(current.value, 'en')} ÷ ${pct(factor, 4)} ${MONEY_UNIT.en}`,
        zh: `${term(key, y, 'zh')} ÷ (1 + ${pct(growth.value)}%) = ${amount(current.value, 'zh')} ÷ ${pct(factor, 4)}${MONEY_UNIT.zh}`,
      });
      out.push(prev);
      byYear.set(y - 1, prev);
    }
    // Growth between two consecutive years that are both known but whose growth no source states.
    for (const [y, current] of byYear) {
      const before = byYear.get(y - 1);
      if (!before || headlineFigure(stored, METRIC[yoyKey], 'percent', y) || before.value === 0) continue;
      if (before.tier === 'D' && before.inputIds?.includes(current.id)) continue;
      const figures = growthFigures(current, before);
      const rate = derived(yoyKey, y, (current.value / before.value - 1) * 100, 'percent', figures, [current, before], {
        en: `(${term(key, y, 'en')} ÷ ${term(key, y - 1, 'en')} − 1) × 100 = (${amount(current.value, 'en')} ÷ ${amount(before.value, 'en')} − 1) × 100`,
        zh: `(${term(key, y, 'zh')} ÷ ${term(key, y - 1, 'zh')} − 1) × 100 = (${amount(current.value, 'zh')} ÷ ${amount(before.value, 'zh')} − 1) × 100`,
      });
      out.push(growthOf(current, rate));
    }
    return byYear;
  };
  const trade = series('trade', 'tradeYoy');
  const exports = series('exports', 'exportsYoy');

  const years = [...trade.keys()].filter((y) => exports.has(y)).sort((a, b) => a - b);
  const imports = new Map<number, DerivedFigure>();
  for (const y of years) {
    const t = trade.get(y);
    const e = exports.get(y);
    if (!t || !e) continue;
    const im = derived('imports', y, t.value - e.value, 'CNY', figuresOfSum(t.value - e.value, [t, e]), [t, e], {
      en: `${term('trade', y, 'en')} − ${term('exports', y, 'en')} = ${amount(t.value, 'en')} − ${amount(e.value, 'en')} ${MONEY_UNIT.en}`,
      zh: `${term('trade', y, 'zh')} − ${term('exports', y, 'zh')} = ${amount(t.value, 'zh')} − ${amount(e.value, 'zh')}${MONEY_UNIT.zh}`,
    });
    imports.set(y, im);
    out.push(im);
  }
  for (const y of years) {
    const im = imports.get(y);
    const before = imports.get(y - 1);
    if (!im || !before || before.value === 0) continue;
    const figures = growthFigures(im, before);
    const rate = derived('importsYoy', y, (im.value / before.value - 1) * 100, 'percent', figures, [im, before], {
      en: `(${term('imports', y, 'en')} ÷ ${term('imports', y - 1, 'en')} − 1) × 100 = (${amount(im.value, 'en')} ÷ ${amount(before.value, 'en')} − 1) × 100`,
      zh: `(${term('imports', y, 'zh')} ÷ ${term('imports', y - 1, 'zh')} − 1) × 100 = (${amount(im.value, 'zh')} ÷ ${amount(before.value, 'zh')} − 1) × 100`,
    });
    out.push(growthOf(im, rate));
  }
  for (const y of years) {
    const e = exports.get(y);
    const im = imports.get(y);
    const t = trade.get(y);
    if (!e || !im || !t) continue;
    out.push(
      derived('balance', y, e.value - im.value, 'CNY', figuresOfSum(e.value - im.value, [e, im]), [e, im], {
        en: `${term('exports', y, 'en')} − ${term('imports', y, 'en')} = ${amount(e.value, 'en')} − ${amount(im.value, 'en')} ${MONEY_UNIT.en}`,
        zh: `${term('exports', y, 'zh')} − ${term('imports', y, 'zh')} = ${amount(e.value, 'zh')} − ${amount(im.value, 'zh')}${MONEY_UNIT.zh}`,
      }),
    );
    if (t.value !== 0)
      out.push(
        derived('exportShare', y, (e.value / t.value) * 100, 'percent', fewestFigures([e, t]), [e, t], {
          en: `${term('exports', y, 'en')} ÷ ${term('trade', y, 'en')} × 100 = ${amount(e.value, 'en')} ÷ ${amount(t.value, 'en')} × 100`,
          zh: `${term('exports', y, 'zh')} ÷ ${term('trade', y, 'zh')} × 100 = ${amount(e.value, 'zh')} ÷ ${amount(t.value, 'zh')} × 100`,
        }),
      );
  }

  // The article's own conversion gives the rate the USD view uses.
  for (const y of yearsOf(stored, METRIC.trade, 'USD')) {
    const usd = headlineFigure(stored, METRIC.trade, 'USD', y);
    const cny = headlineFigure(stored, METRIC.trade, 'CNY', y);
    if (!usd || !cny || usd.value === 0) continue;
    out.push(
      derived('rate', y, cny.value / usd.value, 'CNY-per-USD', fewestFigures([cny, usd]), [cny, usd], {
        en: `${term('trade', y, 'en')} in yuan ÷ in US dollars = ${amount(cny.value, 'en')} billion yuan ÷ US$${amount(usd.value, 'en')} billion`,
        zh: `${term('trade', y, 'zh')}人民币额 ÷ 美元额 = ${amount(cny.value, 'zh')}亿元 ÷ ${amount(usd.value, 'zh')}亿美元`,
      }),
    );
  }
  const order: string[] = Object.values(METRIC);
  return out.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || (yearOf(a) ?? 0) - (yearOf(b) ?? 0));
}

/** The implied CNY-per-USD rate of the newest year that has one. */
export function impliedRate(derivedFigures: readonly DerivedFigure[]): DerivedFigure | undefined {
  return derivedFigures.filter((f) => f.metric === METRIC.rate).sort((a, b) => (yearOf(b) ?? 0) - (yearOf(a) ?? 0))[0];
}
