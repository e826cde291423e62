import type { Period } from '../data/schema';
import { LANGS, type Lang, type Qualifier, type Unit } from '../data/vocabulary';
import { approximately, yearLabel, yearRange } from './punctuation';
import { decimalsFor, displayFigures, roundToSignificant } from './significance';

/*
 * Number formatting for both interface languages. English scales by thousand (million,
 * billion); Chinese by 万 (10^4) and 亿 (10^8): 14.16 billion yuan is 141.6亿元. Values come
 * in base units and are rounded here, at display, and nowhere else.
 */

export { LANGS, type Lang };

export interface FormatOptions {
  qualifier?: Qualifier | undefined;
  /** Fraction digits after scaling (default 2, trailing zeros dropped). */
  decimals?: number;
  /** Keep trailing zeros, e.g. "1.00 billion" for a derived figure given to hundredths. */
  fixed?: boolean;
  /**
   * The significant figures of a value computed here, converted or derived (see
   * significance.ts): it shows that many, at least two, trailing zeros kept. Overrides decimals.
   */
  significant?: number | undefined;
  /** Marked ≈ / 约 whatever its qualifier: a value converted here ("over ≈ US$12 million"). */
  approximate?: boolean | undefined;
}

const NUMBER_LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };
const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * A number format, made once per kind and when first used: an Intl.NumberFormat costs far more
 * to build than to use, and ICU data loads on first use, not while the app's modules load.
 */
export function nf(lang: Lang, decimals: number, fixed: boolean, grouping: boolean, sign = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${fixed}|${grouping}|${sign}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
      // 'negative' never shows "-0" for a value that rounds to zero.
      signDisplay: sign ? 'exceptZero' : 'negative',
    });
    numberFormats.set(key, f);
  }
  return f;
}

interface Scaled {
  number: string;
  /** Word after the number ("billion"), or the Chinese magnitude (亿). */
  magnitude: string;
}

/** How many digits a number shows: fraction digits, or significant figures (trailing zeros kept). */
type Precision = { decimals: number; fixed: boolean } | { figures: number };

/** The fraction digits that give this precision to a number as written, after scaling. */
function digitsAt(written: number, p: Precision): { decimals: number; fixed: boolean } {
  return 'figures' in p ? { decimals: Math.min(20, decimalsFor(written, p.figures)), fixed: true } : p;
}

function plain(lang: Lang, value: number, p: Precision, grouping: boolean): string {
  const d = digitsAt(value, p);
  return nf(lang, d.decimals, d.fixed, grouping).format(value);
}

const SCALES: Record<Lang, { steps: readonly (readonly [number, string])[]; grouping: boolean }> = {
  en: {
    steps: [
      [1e9, 'billion'],
      [1e6, 'million'],
    ],
    grouping: true,
  },
  zh: {
    steps: [
      [1e8, '亿'],
      [1e4, '万'],
    ],
    grouping: false,
  },
};

/** Billions and millions in English, 亿 and 万 in Chinese. */
function scale(value: number, lang: Lang, p: Precision): Scaled {
  const { steps, grouping } = SCALES[lang];
  for (const [divisor, magnitude] of steps) {
    const d = digitsAt(value / divisor, p);
    // Round first so that 999.999 million shows as "1 billion", not "1,000 million".
    if (Math.abs(round(value / divisor, d.decimals)) >= 1)
      return { number: nf(lang, d.decimals, d.fixed, grouping).format(value / divisor), magnitude };
  }
  return { number: plain(lang, value, p, grouping), magnitude: '' };
}

function round(value: number, decimals: number): number {
  const p = 10 ** decimals;
  return Math.round(value * p) / p;
}

const EN_UNITS: Record<Exclude<Unit, 'CNY' | 'USD' | 'percent' | 'rank' | 'CNY-per-USD'>, [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  count: ['', ''],
  'countries-regions': ['country or region', 'countries and regions'],
};
const ZH_UNITS: Record<Exclude<Unit, 'CNY' | 'USD' | 'percent' | 'rank' | 'CNY-per-USD'>, string> = {
  minutes: '分钟',
  hours: '小时',
  count: '个',
  'countries-regions': '个国家和地区',
};

// Made when first needed: an Intl object built while the app's modules load costs the first
// view (ICU data is loaded on first use), and most pages never show a rank.
let ordinal: Intl.PluralRules | undefined;
function ordinalEn(n: number): string {
  ordinal ??= new Intl.PluralRules('en-US', { type: 'ordinal' });
  const rule = ordinal.select(n);
  const suffix = rule === 'one' ? 'st' : rule === 'two' ? 'nd' : rule === 'few' ? 'rd' : 'th';
  return `${nf('en', 0, false, true).format(n)}${suffix}`;
}

function bareEn(value: number, unit: Unit, p: Precision): string {
  switch (unit) {
    case 'CNY': {
      const s = scale(value, 'en', p);
      return `${s.number}${s.magnitude ? ` ${s.magnitude}` : ''} yuan`;
    }
    case 'USD': {
      const s = scale(value, 'en', p);
      const sign = s.number.startsWith('-') ? '-' : '';
      return `${sign}US$${s.number.replace(/^-/, '')}${s.magnitude ? ` ${s.magnitude}` : ''}`;
    }
    case 'percent':
      return `${plain('en', value, p, true)}%`;
    case 'rank':
      return Number.isInteger(value) ? ordinalEn(value) : plain('en', value, p, true);
    case 'CNY-per-USD':
      return `${plain('en', value, p, true)} yuan per US dollar`;
    case 'minutes':
    case 'hours':
    case 'count':
    case 'countries-regions': {
      const n = plain('en', value, p, true);
      const [one, many] = EN_UNITS[unit];
      const word = Math.abs(value) === 1 ? one : many;
      return word ? `${n} ${word}` : n;
    }
  }
}

function bareZh(value: number, unit: Unit, p: Precision): string {
  switch (unit) {
    case 'CNY':
    case 'USD': {
      const s = scale(value, 'zh', p);
      return `${s.number}${s.magnitude}${unit === 'CNY' ? '元' : '美元'}`;
    }
    case 'percent':
      return `${plain('zh', value, p, true)}%`;
    case 'rank':
      return Number.isInteger(value) ? `第${nf('zh', 0, false, false).format(value)}位` : plain('zh', value, p, true);
    case 'CNY-per-USD':
      return `${plain('zh', value, p, true)}元/美元`;
    case 'minutes':
    case 'hours':
    case 'count':
    case 'countries-regions': {
      const s = scale(value, 'zh', p);
      return `${s.number}${s.magnitude}${ZH_UNITS[unit]}`;
    }
  }
}

/** The bare value with its unit, without qualifier: "14.16 billion yuan", "141.6亿元". */
const BARE: Record<Lang, (value: number, unit: Unit, p: Precision) => string> = {
  en: bareEn,
  zh: bareZh,
};

/** "over 80 million yuan" / "8000万元以上". */
const AT_LEAST: Record<Lang, (bare: string) => string> = {
  en: (bare) => `over ${bare}`,
  zh: (bare) => `${bare}以上`,
};

/**
 * A bare value with its qualifier: "over 80 million yuan" / "8000万元以上", "≈ 12.37 billion
 * yuan" / "约123.7亿元". An `approximate` value (converted here) keeps its ≈ / 约 beside any
 * qualifier: "over ≈ US$12 million" / "约1200万美元以上".
 */
export function qualify(bare: string, qualifier: Qualifier | undefined, lang: Lang, approximate = false): string {
  const marked = approximate ? approximately(bare, lang) : bare;
  switch (qualifier) {
    case 'atLeast':
      return AT_LEAST[lang](marked);
    case 'derived':
      return approximately(bare, lang);
    case 'exact':
    case undefined:
      return marked;
  }
}

/** The precision a value is shown at, and the value rounded to it where it is given in figures. */
function precisionOf(value: number, options: { decimals?: number; fixed?: boolean; significant?: number | undefined }) {
  if (options.significant !== undefined) {
    const figures = displayFigures(options.significant);
    return { shown: roundToSignificant(value, figures), precision: { figures } satisfies Precision };
  }
  const decimals = Math.max(0, Math.min(20, Math.trunc(options.decimals ?? 2)));
  return { shown: value, precision: { decimals, fixed: options.fixed ?? false } satisfies Precision };
}

/**
 * A value as a reader sees it, with its qualifier (see qualify). Never throws; a value that
 * is not a finite number shows as a dash rather than "NaN".
 */
export function formatValue(value: number, unit: Unit, lang: Lang, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const { shown, precision } = precisionOf(value, options);
  return qualify(BARE[lang](shown, unit, precision), options.qualifier, lang, options.approximate);
}

/** True when a value shows as zero at this many decimals, judged on the digits Intl prints. */
function roundsToZero(value: number, decimals: number): boolean {
  return /^[0.,]*$/u.test(nf('en', decimals, false, false).format(Math.abs(value)));
}

const CHANGE: Record<Lang, (percent: number, decimals: number, fixed: boolean) => string> = {
  en: (percent, decimals, fixed) => `${nf('en', decimals, fixed, true, true).format(percent)}%`,
  zh: (percent, decimals, fixed) => {
    const n = nf('zh', decimals, fixed, true).format(Math.abs(percent));
    if (roundsToZero(percent, decimals)) return `持平(${n}%)`;
    return `${percent > 0 ? '增长' : '下降'}${n}%`;
  },
};

export interface ChangeOptions {
  /** Fraction digits (default 2). */
  decimals?: number;
  /** A change computed here: its significant figures (see FormatOptions.significant). */
  significant?: number | undefined;
}

/** The change rounded as shown, and the fraction digits it is written with. */
function changeDigits(percent: number, options: ChangeOptions): { shown: number; decimals: number; fixed: boolean } {
  const { shown, precision } = precisionOf(percent, options);
  const d = digitsAt(shown, precision);
  return { shown, ...d };
}

/** A year-on-year change: "+14.45%" / "增长14.45%", "-50.07%" / "下降50.07%". */
export function formatChange(percent: number, lang: Lang, options: ChangeOptions = {}): string {
  if (!Number.isFinite(percent)) return '—';
  const { shown, decimals, fixed } = changeDigits(percent, options);
  return CHANGE[lang](shown, decimals, fixed);
}

/** Direction of a change as shown at the same rounding, for the arrow that goes with the sign. */
export function changeDirection(percent: number, options: number | ChangeOptions = 2): 'up' | 'down' | 'flat' {
  if (!Number.isFinite(percent)) return 'flat';
  const { shown, decimals } = changeDigits(percent, typeof options === 'number' ? { decimals: options } : options);
  if (roundsToZero(shown, decimals)) return 'flat';
  return shown > 0 ? 'up' : 'down';
}

// Day before month in English ("26 February 2021"), as the sources and the README write it.
const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
const DATE_PARTS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  monthName: { month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Made when first used and kept, like the number formats. */
function df(lang: Lang, precision: keyof typeof DATE_PARTS): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...DATE_PARTS[precision], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

function daysIn(year: number, month: number): number {
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

/** "2018-05" → "May 2018" / "2018年5月"; "2021-02-26" → "26 February 2021" / "2021年2月26日". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  if (y === undefined || Number.isNaN(y)) return iso;
  const month = m !== undefined && m >= 1 && m <= 12 ? m : undefined;
  // A day the month does not have (31 February) is left out rather than rolled into the next month.
  const day = month !== undefined && d !== undefined && d >= 1 && d <= daysIn(y, month) ? d : undefined;
  const date = new Date(0);
  date.setUTCFullYear(y, (month ?? 1) - 1, day ?? 1);
  return df(lang, day ? 'day' : month ? 'month' : 'year').format(date);
}

const PERIOD_WORDS: Record<
  Lang,
  { annual: string; cumulative: (date: string) => string; announced: (year: number) => string }
> = {
  en: { annual: 'per year', cumulative: (date) => `cumulative to ${date}`, announced: (y) => `announced in ${y}` },
  zh: { annual: '每年', cumulative: (date) => `截至${date}累计`, announced: (y) => `${y}年公布` },
};

/** Part of a year: "January–October 2011", "2011年1—10月". */
function monthSpan(year: number, from: number, to: number, lang: Lang): string {
  if (lang === 'zh') return `${year}年${from}—${to}月`;
  const name = (m: number) => df('en', 'monthName').format(new Date(Date.UTC(2000, m - 1, 1)));
  return `${name(from)}–${name(to)} ${year}`;
}

/** The period a figure covers, in words. */
export function formatPeriod(period: Period, lang: Lang): string {
  switch (period.kind) {
    case 'year':
      return yearLabel(period.year, lang);
    case 'range':
      return yearRange(period.from, period.to, lang);
    case 'month':
      return formatDate(`${period.year}-${String(period.month).padStart(2, '0')}`, lang);
    case 'months':
      return monthSpan(period.year, period.from, period.to, lang);
    case 'annual':
      return PERIOD_WORDS[lang].annual;
    case 'cumulative':
      return PERIOD_WORDS[lang].cumulative(formatDate(period.until, lang));
    case 'announced':
      return PERIOD_WORDS[lang].announced(period.year);
  }
}

/**
 * Splits a formatted value around its number, so the number can be set large and the words
 * around it small: "over 80 million yuan" → ["over ", "80", " million yuan"].
 */
export function splitNumber(formatted: string): { before: string; number: string; after: string } {
  const match = /^(.*?)([-+−]?\d[\d,.]*)(.*)$/su.exec(formatted);
  if (!match) return { before: '', number: formatted, after: '' };
  const after = match[3] ?? '';
  // An English ordinal suffix belongs to its number: "3rd", not "3" + "rd".
  const ordinal = /^(st|nd|rd|th)\b/u.exec(after)?.[0] ?? '';
  return { before: match[1] ?? '', number: `${match[2] ?? ''}${ordinal}`, after: after.slice(ordinal.length) };
}
