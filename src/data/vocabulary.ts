/*
 * The closed lists the dataset is written in: units, qualifiers, period kinds, tiers, the
 * languages and the years a figure may fall in. Plain values with no validator attached, so
 * that the schema (at build and in dev), the check of lists stored in a browser and the
 * formatters read the same words without any of them shipping zod.
 */

/** The interface languages, and the languages a source may be written in. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** What a value is counted in; values are in these base units, never pre-scaled. */
export const UNITS = [
  'CNY',
  'USD',
  'percent',
  'rank',
  'minutes',
  'hours',
  'count',
  'countries-regions',
  'CNY-per-USD',
] as const;
export type Unit = (typeof UNITS)[number];

/** How a value relates to what the source says: as stated, a lower bound, or computed here. */
export const QUALIFIERS = ['exact', 'atLeast', 'derived'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How sure a figure is, in the order the sources page and every list show them. */
export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a Chinese name comes from (see the schema's name). */
export const ZH_ORIGINS = ['source', 'place', 'translation'] as const;
export type ZhOrigin = (typeof ZH_ORIGINS)[number];

/** Where an English name comes from: a source gives it, or it is our translation of the Chinese. */
export const EN_ORIGINS = ['source', 'translation'] as const;

/**
 * A source's grade: the publisher's own page ('primary'), or its text carried on another site
 * ('repost'), which the interface shows as a secondary copy, with the outlet it names.
 */
export const GRADES = ['primary', 'repost'] as const;
export type Grade = (typeof GRADES)[number];

/** The lists of national key culture export enterprises (国家文化出口重点企业) a source places a company on. */
export const KEY_LISTS = ['2021-2022', '2025-2026'] as const;
export type KeyList = (typeof KEY_LISTS)[number];

/** How a source relates a company to a list: on it, or only named in the report on it. */
export const STANDINGS = ['listed', 'named-in-report'] as const;

/** The kinds of base, zone or cluster, in the order the bases table lists them. */
export const BASE_KINDS = [
  'cooperation-zone',
  'culture-export-base',
  'industry-cluster',
  'arts-trade-zone',
  'provincial-export-bases',
  'trade-base',
] as const;

/** What programme a base belongs to, as its source says: never counted across levels. */
export const BASE_LEVELS = ['national', 'provincial', 'other-programme'] as const;
export type BaseLevel = (typeof BASE_LEVELS)[number];

/** The kinds of period a figure covers, each with the fields of it that hold a year. */
export const PERIOD_YEAR_FIELDS = {
  year: ['year'],
  range: ['from', 'to'],
  month: ['year'],
  months: ['year'],
  annual: [],
  cumulative: [],
  announced: ['year'],
} as const satisfies Record<string, readonly string[]>;
export type PeriodKind = keyof typeof PERIOD_YEAR_FIELDS;
export const PERIOD_KINDS = Object.keys(PERIOD_YEAR_FIELDS) as readonly PeriodKind[];

/** The years a figure may be about: the People's Republic's statistics start in 1949. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
}

/** Whether `value` is one of the words of `list`. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The message a validator gives for a word not in the list: "must be one of: A, B, C, D". */
export function oneOfMessage(list: readonly string[]): string {
  return `must be one of: ${list.join(', ')}`;
}

/** Sorts by tier in the order of TIERS (A first). */
export function byTier<T extends { tier: Tier }>(a: T, b: T): number {
  return TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier);
}
