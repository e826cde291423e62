import * as z from 'zod/mini';
import { DatasetError, type DatasetIssue } from './dataset-error';
import { figureLinkIssues } from './figure-links';
import { ISO_DATE } from './iso-date';
import {
  FIRST_YEAR,
  LANGS,
  LAST_YEAR,
  oneOfMessage,
  PERIOD_KINDS,
  QUALIFIERS,
  TIERS,
  UNITS,
  ZH_ORIGINS,
  type PeriodKind,
} from './vocabulary';

export { DatasetError, type DatasetIssue };

/*
 * The shape of the dataset and the checks it must pass before any page shows a number.
 * Structural checks are zod schemas; cross-record checks (unique ids, references that
 * resolve) run in validateDataset so that every message names the record and the field.
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
export const baseKindSchema = z.enum(
  ['cooperation-zone', 'culture-export-base', 'industry-cluster', 'arts-trade-zone'],
  'must be one of: cooperation-zone, culture-export-base, industry-cluster, arts-trade-zone',
);
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

export const datasetSchema = z.object({
  title: bilingualSchema,
  /** The date of the newest source the figures come from. */
  asOf: isoDate,
  sources: z.array(sourceSchema).check(z.minLength(1)),
  figures: z.array(figureSchema).check(z.minLength(1)),
  entities: z.array(entitySchema),
  discrepancies: z.array(discrepancySchema),
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
export type WorkType = z.infer<typeof workTypeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Dataset = z.infer<typeof datasetSchema>;

type Path = readonly PropertyKey[];

/** "figures[3]" plus its id when the record has one, so a message points at one record. */
function recordName(input: unknown, path: Path): { record: string; rest: Path } {
  const [collection, index, ...rest] = path;
  if (typeof collection !== 'string') return { record: 'dataset', rest: path };
  if (typeof index !== 'number') return { record: 'dataset', rest: path };
  const list = (input as Record<string, unknown> | null)?.[collection];
  const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  const itemId = typeof item?.id === 'string' ? ` "${item.id}"` : '';
  return { record: `${collection}[${index}]${itemId}`, rest };
}

function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function crossCheck(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const ids = new Map<string, string>();
  const claim = (record: string, value: string) => {
    const first = ids.get(value);
    if (first) issues.push({ record, field: 'id', message: `duplicate id "${value}" (first used by ${first})` });
    else ids.set(value, record);
  };
  data.sources.forEach((s, i) => claim(`sources[${i}] "${s.id}"`, s.id));
  data.figures.forEach((f, i) => claim(`figures[${i}] "${f.id}"`, f.id));
  data.entities.forEach((e, i) => {
    claim(`entities[${i}] "${e.id}"`, e.id);
    e.facts?.forEach((fact, j) => claim(`entities[${i}] "${e.id}".facts[${j}]`, fact.id));
  });
  data.discrepancies.forEach((d, i) => claim(`discrepancies[${i}] "${d.id}"`, d.id));

  const sourceIds = new Set(data.sources.map((s) => s.id));
  const figureIds = new Set(data.figures.map((f) => f.id));
  const figuresById = new Map(data.figures.map((f) => [f.id, f]));
  const entityIds = new Set(data.entities.map((e) => e.id));
  const cityIds = new Set(data.entities.filter((e) => e.kind === 'city').map((e) => e.id));

  const checkSources = (record: string, field: string, list: readonly string[]) =>
    list.forEach((s, k) => {
      if (!sourceIds.has(s))
        issues.push({ record, field: `${field}[${k}]`, message: `cites source "${s}", which does not exist` });
    });

  data.sources.forEach((s, i) => {
    if (!s.title && !s.description)
      issues.push({
        record: `sources[${i}] "${s.id}"`,
        field: 'title',
        message: 'a source needs its title or a description',
      });
  });

  data.figures.forEach((f, i) => {
    const record = `figures[${i}] "${f.id}"`;
    checkSources(record, 'sourceIds', f.sourceIds);
    if (f.entityId && !entityIds.has(f.entityId))
      issues.push({ record, field: 'entityId', message: `refers to entity "${f.entityId}", which does not exist` });
    issues.push(...figureLinkIssues(f, record, figuresById));
    if (f.period.kind === 'range' && f.period.from > f.period.to)
      issues.push({
        record,
        field: 'period',
        message: `range starts (${f.period.from}) after it ends (${f.period.to})`,
      });
    if (f.unit === 'rank' && (!Number.isInteger(f.value) || f.value < 1))
      issues.push({ record, field: 'value', message: `a rank must be a whole number from 1, got ${f.value}` });
    if (f.unit !== 'percent' && f.value < 0)
      issues.push({ record, field: 'value', message: `a ${f.unit} figure cannot be negative, got ${f.value}` });
    if ((f.tier === 'D') !== (f.qualifier === 'derived'))
      issues.push({ record, field: 'qualifier', message: 'tier D and the qualifier "derived" go together' });
    if (f.tier === 'C' && !f.caveat)
      issues.push({ record, field: 'caveat', message: 'a tier C context figure needs its caveat' });
  });

  data.entities.forEach((e, i) => {
    const record = `entities[${i}] "${e.id}"`;
    checkSources(record, 'sourceIds', e.sourceIds);
    if (e.cityId && !cityIds.has(e.cityId))
      issues.push({ record, field: 'cityId', message: `refers to city "${e.cityId}", which does not exist` });
    e.relatedIds?.forEach((r, k) => {
      if (!entityIds.has(r))
        issues.push({ record, field: `relatedIds[${k}]`, message: `refers to entity "${r}", which does not exist` });
    });
    e.figureIds?.forEach((r, k) => {
      if (!figureIds.has(r))
        issues.push({ record, field: `figureIds[${k}]`, message: `refers to figure "${r}", which does not exist` });
    });
    e.facts?.forEach((fact, j) => checkSources(record, `facts[${j}].sourceIds`, fact.sourceIds));
    if (e.kind === 'base' && !e.baseKind)
      issues.push({ record, field: 'baseKind', message: 'an export base needs its kind' });
    if (e.kind === 'work' && !e.workType) issues.push({ record, field: 'workType', message: 'a work needs its type' });
    if (e.name.zh && !e.name.zhOrigin)
      issues.push({ record, field: 'name.zhOrigin', message: 'say where the Chinese name comes from' });
  });

  data.discrepancies.forEach((d, i) => {
    const record = `discrepancies[${i}] "${d.id}"`;
    if (!figureIds.has(d.figureId))
      issues.push({ record, field: 'figureId', message: `refers to figure "${d.figureId}", which does not exist` });
    if (!figureIds.has(d.clarifiedById))
      issues.push({
        record,
        field: 'clarifiedById',
        message: `refers to figure "${d.clarifiedById}", which does not exist`,
      });
  });
  return issues;
}

/** Parses unknown input into a Dataset, or throws a DatasetError listing every problem. */
export function validateDataset(input: unknown): Dataset {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => {
        const { record, rest } = recordName(input, issue.path);
        return { record, field: fieldName(rest) || '(record)', message: issue.message };
      }),
    );
  }
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) throw new DatasetError(issues);
  return parsed.data;
}
