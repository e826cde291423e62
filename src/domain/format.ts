import type { Period, Qualifier, Unit } from '../data/schema';

/*
 * Number formatting for both interface languages. English scales by thousand (million,
 * billion); Chinese by 万 (10^4) and 亿 (10^8): 14.16 billion yuan is 141.6亿元. Values come
 * in base units and are rounded here, at display, and nowhere else.
 */

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export interface FormatOptions {
  qualifier?: Qualifier | undefined;
  /** Fraction digits after scaling (default 2, trailing zeros dropped). */
  decimals?: number;
  /** Keep trailing zeros, e.g. "1.00 billion" for a derived figure given to hundredths. */
  fixed?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/**
 * A number format, made once per kind and when first used: an Intl.NumberFormat costs far more
 * to build than to use, and ICU data loads on first use, not while the app's modules load.
 */
export function nf(lang: Lang, decimals: number, fixed: boolean, grouping: boolean, sign = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${fixed}|${grouping}|${sign}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
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

/** The bare value with its unit, without qualifier: "14.16 billion yuan", "141.6亿元". */
function formatBare(value: number, unit: Unit, lang: Lang, decimals: number, fixed: boolean): string {
  switch (unit) {
    case 'CNY': {
      if (lang === 'zh') {
        const s = scaleZh(value, decimals, fixed);
        return `${s.number}${s.magnitude}元`;
      }
      const s = scaleEn(value, decimals, fixed);
      return `${s.number}${s.magnitude ? ` ${s.magnitude}` : ''} yuan`;
    }
    case 'USD': {
      if (lang === 'zh') {
        const s = scaleZh(value, decimals, fixed);
        return `${s.number}${s.magnitude}美元`;
      }
      const s = scaleEn(value, decimals, fixed);
      const sign = s.number.startsWith('-') ? '-' : '';
      return `${sign}US$${s.number.replace(/^-/, '')}${s.magnitude ? ` ${s.magnitude}` : ''}`;
    }
    case 'percent':
      return `${nf(lang, decimals, fixed, true).format(value)}%`;
    case 'rank':
      if (!Number.isInteger(value)) return nf(lang, decimals, fixed, true).format(value);
      return lang === 'zh' ? `第${nf('zh', 0, false, false).format(value)}位` : ordinalEn(value);
    case 'CNY-per-USD': {
      const n = nf(lang, decimals, fixed, true).format(value);
      return lang === 'zh' ? `${n}元/美元` : `${n} yuan per US dollar`;
    }
    case 'minutes':
    case 'hours':
    case 'count':
    case 'countries-regions': {
      if (lang === 'zh') {
        const s = scaleZh(value, decimals, fixed);
        return `${s.number}${s.magnitude}${ZH_UNITS[unit]}`;
      }
      const n = nf('en', decimals, fixed, true).format(value);
      const [one, many] = EN_UNITS[unit];
      const word = Math.abs(value) === 1 ? one : many;
      return word ? `${n} ${word}` : n;
    }
  }
}

/**
 * A value as a reader sees it, with its qualifier: "over 80 million yuan" / "8000万元以上",
 * "≈ 12.37 billion yuan" / "约123.72亿元" for a derived value. Never throws; a value that
 * is not a finite number shows as a dash rather than "NaN".
 */
export function formatValue(value: number, unit: Unit, lang: Lang, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const decimals = Math.max(0, Math.min(20, Math.trunc(options.decimals ?? 2)));
  const bare = formatBare(value, unit, lang, decimals, options.fixed ?? false);
  switch (options.qualifier) {
    case 'atLeast':
      return lang === 'zh' ? `${bare}以上` : `over ${bare}`;
    case 'derived':
      return lang === 'zh' ? `约${bare}` : `≈ ${bare}`;
    case 'exact':
    case undefined:
      return bare;
  }
}

/** True when a value shows as zero at this many decimals, judged on the digits Intl prints. */
function roundsToZero(value: number, decimals: number): boolean {
  return /^[0.,]*$/u.test(nf('en', decimals, false, false).format(Math.abs(value)));
}

/** A year-on-year change: "+14.45%" / "增长14.45%", "-50.07%" / "下降50.07%". */
export function formatChange(percent: number, lang: Lang, options: { decimals?: number } = {}): string {
  if (!Number.isFinite(percent)) return '—';
  const decimals = options.decimals ?? 2;
  if (lang === 'zh') {
    const n = nf('zh', decimals, false, true).format(Math.abs(percent));
    if (roundsToZero(percent, decimals)) return `持平(${n}%)`;
    return `${percent > 0 ? '增长' : '下降'}${n}%`;
  }
  return `${nf('en', decimals, false, true, true).format(percent)}%`;
}

/** Direction of a change as shown at the same rounding, for the arrow that goes with the sign. */
export function changeDirection(percent: number, decimals = 2): 'up' | 'down' | 'flat' {
  if (!Number.isFinite(percent) || roundsToZero(percent, decimals)) return 'flat';
  return percent > 0 ? 'up' : 'down';
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2018-05" → "May 2018" / "2018年5月"; "2021-02-26" → "26 February 2021" / "2021年2月26日". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  if (y === undefined || Number.isNaN(y)) return iso;
  const month = m !== undefined && m >= 1 && m <= 12 ? m : undefined;
  if (lang === 'zh') return `${y}年${month ? `${month}月` : ''}${month && d ? `${d}日` : ''}`;
  if (!month) return String(y);
  return `${d ? `${d} ` : ''}${EN_MONTHS[month - 1] ?? ''} ${y}`;
}

/** The period a figure covers, in words. */
export function formatPeriod(period: Period, lang: Lang): string {
  switch (period.kind) {
    case 'year':
      return lang === 'zh' ? `${period.year}年` : String(period.year);
    case 'range':
      return lang === 'zh' ? `${period.from}~${period.to}年` : `${period.from}–${period.to}`;
    case 'month':
      return formatDate(`${period.year}-${String(period.month).padStart(2, '0')}`, lang);
    case 'annual':
      return lang === 'zh' ? '每年' : 'per year';
    case 'cumulative':
      return lang === 'zh'
        ? `截至${formatDate(period.until, lang)}累计`
        : `cumulative to ${formatDate(period.until, lang)}`;
    case 'announced':
      return lang === 'zh' ? `${period.year}年公布` : `announced in ${period.year}`;
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
