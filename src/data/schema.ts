import * as z from 'zod/mini';
import { DatasetError, type DatasetIssue } from './dataset-error';
import { crossCheck, shapeIssue } from './dataset-checks';
import { ISO_DATE } from './iso-date';
import {
  BASE_KINDS,
  BASE_LEVELS,
  EN_ORIGINS,
  FIRST_YEAR,
  GRADES,
  KEY_LISTS,
  LANGS,
  LAST_YEAR,
  oneOfMessage,
  PERIOD_KINDS,
  QUALIFIERS,
  STANDINGS,
  TIERS,
  UNITS,
  ZH_ORIGINS,
  type PeriodKind,
} from './vocabulary';

export { DatasetError, type DatasetIssue };

/*
 * The shape of the dataset and the checks it must pass before any page shows a number.
 * Structural checks are the zod schemas here; cross-record checks (unique ids, references that
 * resolve) are in dataset-checks.ts, run by validateDataset once the shape has passed, so that
 * every message names the record and the field.
 */

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'));
const isoDate = z.string().check(z.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const year = z
  .int('must be a whole year')
  .check(z.gte(FIRST_YEAR, `must be ${FIRST_YEAR} or later`), z.lte(LAST_YEAR, `must be ${LAST_YEAR} or earlier`));
const text = z.string().check(z.minLength(1));
const sourceList = z.array(id).check(z.minLength(1, 'must cite at least one source'));

/** A text in both interface languages. */
export const bilingualSchema = z.object({
  en: text,
  zh: text,
});

/**
 * A name in both languages. `zhOrigin` says where the Chinese comes from: a source names it
 * ('source'), it is a standard place name ('place'), or it is our translation ('translation'),
 * which the interface marks as 译名. `zh` is absent where no Chinese name is confirmed.
 */
export const nameSchema = z.object({
  en: text,
  zh: z.optional(text),
  zhOrigin: z.optional(z.enum(ZH_ORIGINS, oneOfMessage(ZH_ORIGINS))),
  /** 'translation' where no source gives the English name: the interface marks it as translated. */
  enOrigin: z.optional(z.enum(EN_ORIGINS, oneOfMessage(EN_ORIGINS))),
});

export const unitSchema = z.enum(UNITS, oneOfMessage(UNITS));

// Each kind named through PeriodKind, so a kind spelt here and not in the vocabulary fails the type check.
const kind = <K extends PeriodKind>(k: K) => z.literal(k);

export const periodSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: kind('year'), year }),
    z.object({ kind: kind('range'), from: year, to: year }),
    z.object({ kind: kind('month'), year, month: z.int().check(z.gte(1), z.lte(12)) }),
    /** Part of a year, from one month to another: January–October 2011. */
    z.object({
      kind: kind('months'),
      year,
      from: z.int().check(z.gte(1), z.lte(12)),
      to: z.int().check(z.gte(1), z.lte(12)),
    }),
    z.object({ kind: kind('annual') }),
    z.object({ kind: kind('cumulative'), until: isoDate }),
    z.object({ kind: kind('announced'), year }),
  ],
  `must be a period whose kind is ${PERIOD_KINDS.slice(0, -1).join(', ')} or ${PERIOD_KINDS.at(-1)}`,
);

export const tierSchema = z.enum(TIERS, oneOfMessage(TIERS));
export const qualifierSchema = z.enum(QUALIFIERS, oneOfMessage(QUALIFIERS));

export const figureSchema = z.object({
  id,
  /** What is measured; series and derivations find figures by metric and period. */
  metric: id,
  label: bilingualSchema,
  entityId: z.optional(id),
  /** In base units: yuan, US dollars, percent points, minutes… never pre-scaled. */
  value: z.number('must be a finite number'),
  unit: unitSchema,
  period: periodSchema,
  qualifier: qualifierSchema,
  tier: tierSchema,
  sourceIds: sourceList,
  /** The words of the source, in its language. */
  quote: z.optional(text),
  /** What the figure covers when the headline wording simplifies it. */
  note: z.optional(bilingualSchema),
  /** Why a context figure cannot be compared with the headline series. */
  caveat: z.optional(bilingualSchema),
  /** A tier B figure that gives the precise value or corrects a tier A figure names it here. */
  clarifies: z.optional(id),
  /** A percent figure that states the year-on-year change of a figure names it here. */
  growthOf: z.optional(id),
  /** A figure that states another's amount in the other currency, as its source converts it, names it here. */
  currencyTwinOf: z.optional(id),
  /** Tier D only: how the value is computed, and from which figures. */
  formula: z.optional(bilingualSchema),
  inputIds: z.optional(z.array(id)),
});

export const factSchema = z.object({
  id,
  text: bilingualSchema,
  tier: tierSchema,
  sourceIds: sourceList,
  period: z.optional(periodSchema),
  quote: z.optional(text),
});

export const entityKindSchema = z.enum(
  ['province', 'city', 'exporter', 'base', 'platform', 'work'],
  'must be one of: province, city, exporter, base, platform, work',
);
export const baseKindSchema = z.enum(BASE_KINDS, oneOfMessage(BASE_KINDS));

/** A company's place on a list of national key culture export enterprises, as a source gives it. */
export const recognitionSchema = z.object({
  list: z.enum(KEY_LISTS, oneOfMessage(KEY_LISTS)),
  standing: z.enum(STANDINGS, oneOfMessage(STANDINGS)),
  sourceIds: sourceList,
});

/** A national base's batch: which one, and when it was announced. */
export const batchSchema = z.object({
  number: z.int('must be a whole number').check(z.gte(1, 'must be 1 or more')),
  announced: isoDate,
  sourceIds: sourceList,
});
export const workTypeSchema = z.enum(
  ['film', 'animated-film', 'tv-series'],
  'must be one of: film, animated-film, tv-series',
);

export const entitySchema = z.object({
  id,
  kind: entityKindSchema,
  name: nameSchema,
  cityId: z.optional(id),
  sector: z.optional(bilingualSchema),
  baseKind: z.optional(baseKindSchema),
  /** Bases: national culture export base, provincial base or cluster, or another programme; absent where not stated. */
  level: z.optional(z.enum(BASE_LEVELS, oneOfMessage(BASE_LEVELS))),
  batch: z.optional(batchSchema),
  /** Exporters: the lists of national key culture export enterprises a source names them on. */
  recognition: z.optional(z.array(recognitionSchema)),
  workType: z.optional(workTypeSchema),
  year: z.optional(year),
  /** How sure the sources are of this entity's details (used for the six works). */
  confidence: z.optional(z.enum(['confirmed', 'weak', 'unconfirmed'], 'must be one of: confirmed, weak, unconfirmed')),
  markets: z.optional(z.array(bilingualSchema)),
  /** When it was launched, in the source's own words ("over the past two years"). */
  launched: z.optional(bilingualSchema),
  relatedIds: z.optional(z.array(id)),
  figureIds: z.optional(z.array(id)),
  facts: z.optional(z.array(factSchema)),
  sourceIds: sourceList,
});

export const sourceSchema = z.object({
  id,
  /** The source's own headline, verbatim, in its language. */
  title: z.optional(text),
  /** What the source is, in both languages, where no headline is quoted. */
  description: z.optional(bilingualSchema),
  /** A short name for tight places (table cells): "The article", "Zhejiang Workers’ Daily". */
  short: bilingualSchema,
  publisher: bilingualSchema,
  date: z.optional(isoDate),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  language: z.enum(LANGS, oneOfMessage(LANGS)),
  tier: tierSchema,
  /** 'primary': the publisher's own page; 'repost': its text on another site, shown as a secondary copy. */
  grade: z.enum(GRADES, oneOfMessage(GRADES)),
  /** A repost: the outlet whose text it carries, as the copy names it (or that it names none). */
  outlet: z.optional(bilingualSchema),
  /** What kind of publication, where the grade alone would mislead ("trade press, company-sourced"). */
  gradeNote: z.optional(bilingualSchema),
});

export const discrepancySchema = z.object({
  id,
  /** 'correction': the article simplifies what it covers; 'precision': it rounds. */
  kind: z.enum(['correction', 'precision'], 'must be one of: correction, precision'),
  figureId: id,
  clarifiedById: id,
  topic: bilingualSchema,
  article: bilingualSchema,
  chineseReport: bilingualSchema,
});

/**
 * Later sources that disagree with one another, or measure one thing in several scopes: the
 * figures side by side, never reconciled, with why they differ.
 */
export const conflictSchema = z.object({
  id,
  topic: bilingualSchema,
  figureIds: z.array(id).check(z.minLength(2, 'must set at least two figures side by side')),
  explanation: bilingualSchema,
});

export const datasetSchema = z.object({
  title: bilingualSchema,
  /** The date of the newest source the figures come from. */
  asOf: isoDate,
  sources: z.array(sourceSchema).check(z.minLength(1)),
  figures: z.array(figureSchema).check(z.minLength(1)),
  entities: z.array(entitySchema),
  discrepancies: z.array(discrepancySchema),
  conflicts: z.array(conflictSchema),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Name = z.infer<typeof nameSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type BaseKind = z.infer<typeof baseKindSchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
export type Batch = z.infer<typeof batchSchema>;
export type WorkType = z.infer<typeof workTypeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Parses unknown input into a Dataset, or throws a DatasetError listing every problem. */
export function validateDataset(input: unknown): Dataset {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    throw new DatasetError(parsed.error.issues.map((issue) => shapeIssue(input, issue)));
  }
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) throw new DatasetError(issues);
  return parsed.data;
}
