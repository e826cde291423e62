import type { Period } from '../data/schema';
import { LANGS, type Lang, type Qualifier, type Unit } from '../data/vocabulary';
import { approximately, yearLabel, yearRange } from './punctuation';

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

function scaleEn(value: number, decimals: number, fixed: boolean): Scaled {
  const f = nf('en', decimals, fixed, true);
  // Round first so that 999.999 million shows as "1 billion", not "1,000 million".
  if (Math.abs(round(value / 1e9, decimals)) >= 1) return { number: f.format(value / 1e9), magnitude: 'billion' };
  if (Math.abs(round(value / 1e6, decimals)) >= 1) return { number: f.format(value / 1e6), magnitude: 'million' };
  return { number: f.format(value), magnitude: '' };
}

function scaleZh(value: number, decimals: number, fixed: boolean): Scaled {
  const f = nf('zh', decimals, fixed, false);
  if (Math.abs(round(value / 1e8, decimals)) >= 1) return { number: f.format(value / 1e8), magnitude: '亿' };
  if (Math.abs(round(value / 1e4, decimals)) >= 1) return { number: f.format(value / 1e4), magnitude: '万' };
  return { number: f.format(value), magnitude: '' };
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

function bareEn(value: number, unit: Unit, decimals: number, fixed: boolean): string {
  switch (unit) {
    case 'CNY': {
      const s = scaleEn(value, decimals, fixed);
      return `${s.number}${s.magnitude ? ` ${s.magnitude}` : ''} yuan`;
    }
    case 'USD': {
      const s = scaleEn(value, decimals, fixed);
      const sign = s.number.startsWith('-') ? '-' : '';
      return `${sign}US$${s.number.replace(/^-/, '')}${s.magnitude ? ` ${s.magnitude}` : ''}`;
    }
    case 'percent':
      return `${nf('en', decimals, fixed, true).format(value)}%`;
    case 'rank':
      return Number.isInteger(value) ? ordinalEn(value) : nf('en', decimals, fixed, true).format(value);
    case 'CNY-per-USD':
      return `${nf('en', decimals, fixed, true).format(value)} yuan per US dollar`;
    case 'minutes':
    case 'hours':
    case 'count':
    case 'countries-regions': {
      const n = nf('en', decimals, fixed, true).format(value);
      const [one, many] = EN_UNITS[unit];
      const word = Math.abs(value) === 1 ? one : many;
      return word ? `${n} ${word}` : n;
    }
  }
}

function bareZh(value: number, unit: Unit, decimals: number, fixed: boolean): string {
  switch (unit) {
    case 'CNY':
    case 'USD': {
      const s = scaleZh(value, decimals, fixed);
      return `${s.number}${s.magnitude}${unit === 'CNY' ? '元' : '美元'}`;
    }
    case 'percent':
      return `${nf('zh', decimals, fixed, true).format(value)}%`;
    case 'rank':
      return Number.isInteger(value)
        ? `第${nf('zh', 0, false, false).format(value)}位`
        : nf('zh', decimals, fixed, true).format(value);
    case 'CNY-per-USD':
      return `${nf('zh', decimals, fixed, true).format(value)}元/美元`;
    case 'minutes':
    case 'hours':
    case 'count':
    case 'countries-regions': {
      const s = scaleZh(value, decimals, fixed);
      return `${s.number}${s.magnitude}${ZH_UNITS[unit]}`;
    }
  }
}

/** The bare value with its unit, without qualifier: "14.16 billion yuan", "141.6亿元". */
const BARE: Record<Lang, (value: number, unit: Unit, decimals: number, fixed: boolean) => string> = {
  en: bareEn,
  zh: bareZh,
};

/** "over 80 million yuan" / "8000万元以上". */
const AT_LEAST: Record<Lang, (bare: string) => string> = {
  en: (bare) => `over ${bare}`,
  zh: (bare) => `${bare}以上`,
};

/** A bare value with its qualifier: "over 80 million yuan" / "8000万元以上", "≈ 12.37 billion yuan" / "约123.72亿元". */
export function qualify(bare: string, qualifier: Qualifier | undefined, lang: Lang): string {
  switch (qualifier) {
    case 'atLeast':
      return AT_LEAST[lang](bare);
    case 'derived':
      return approximately(bare, lang);
    case 'exact':
    case undefined:
      return bare;
  }
}

/**
 * A value as a reader sees it, with its qualifier (see qualify). Never throws; a value that
 * is not a finite number shows as a dash rather than "NaN".
 */
export function formatValue(value: number, unit: Unit, lang: Lang, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const decimals = Math.max(0, Math.min(20, Math.trunc(options.decimals ?? 2)));
  return qualify(BARE[lang](value, unit, decimals, options.fixed ?? false), options.qualifier, lang);
}

/** True when a value shows as zero at this many decimals, judged on the digits Intl prints. */
function roundsToZero(value: number, decimals: number): boolean {
  return /^[0.,]*$/u.test(nf('en', decimals, false, false).format(Math.abs(value)));
}

const CHANGE: Record<Lang, (percent: number, decimals: number) => string> = {
  en: (percent, decimals) => `${nf('en', decimals, false, true, true).format(percent)}%`,
  zh: (percent, decimals) => {
    const n = nf('zh', decimals, false, true).format(Math.abs(percent));
    if (roundsToZero(percent, decimals)) return `持平(${n}%)`;
    return `${percent > 0 ? '增长' : '下降'}${n}%`;
  },
};

/** A year-on-year change: "+14.45%" / "增长14.45%", "-50.07%" / "下降50.07%". */
export function formatChange(percent: number, lang: Lang, options: { decimals?: number } = {}): string {
  if (!Number.isFinite(percent)) return '—';
  return CHANGE[lang](percent, options.decimals ?? 2);
}

/** Direction of a change as shown at the same rounding, for the arrow that goes with the sign. */
export function changeDirection(percent: number, decimals = 2): 'up' | 'down' | 'flat' {
  if (!Number.isFinite(percent) || roundsToZero(percent, decimals)) return 'flat';
  return percent > 0 ? 'up' : 'down';
}

// Day before month in English ("26 February 2021"), as the sources and the README write it.
const DATE_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
const DATE_PARTS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
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

/** The period a figure covers, in words. */
export function formatPeriod(period: Period, lang: Lang): string {
  switch (period.kind) {
    case 'year':
      return yearLabel(period.year, lang);
    case 'range':
      return yearRange(period.from, period.to, lang);
    case 'month':
      return formatDate(`${period.year}-${String(period.month).padStart(2, '0')}`, lang);
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
