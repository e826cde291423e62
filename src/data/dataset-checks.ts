import type { DatasetIssue } from './dataset-error';
import { figureLinkIssues } from './figure-links';
import type { Dataset } from './schema';

/*
 * What the zod shapes of schema.ts cannot say: ids unique across the whole dataset, references
 * that resolve, and rules that tie one field to another (tier D is "derived", a tier C figure
 * has its caveat). They run only on data whose shape has passed, and every message names the
 * record and the field, as the shape's messages do (shapeIssue), so an editor finds the line.
 */

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

/** A zod issue said as the dataset's record and field, e.g. record figures[3] "x", field period.kind. */
export function shapeIssue(input: unknown, issue: { path: Path; message: string }): DatasetIssue {
  const { record, rest } = recordName(input, issue.path);
  return { record, field: fieldName(rest) || '(record)', message: issue.message };
}

/** Every cross-record problem of a well-shaped dataset; empty when there is none. */
export function crossCheck(data: Dataset): DatasetIssue[] {
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
  data.conflicts.forEach((c, i) => claim(`conflicts[${i}] "${c.id}"`, c.id));

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

  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  data.sources.forEach((s, i) => {
    const record = `sources[${i}] "${s.id}"`;
    if (!s.title && !s.description)
      issues.push({ record, field: 'title', message: 'a source needs its title or a description' });
    if (s.grade === 'repost' && !s.outlet)
      issues.push({ record, field: 'outlet', message: 'a repost needs the outlet whose text it carries' });
    if (s.grade === 'primary' && s.outlet)
      issues.push({ record, field: 'outlet', message: 'only a repost names an outlet; this source is primary' });
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
    // Judged only once every cited source exists: a mistyped id is reported as that, not as a grade.
    const cited = f.sourceIds.map((s) => sourcesById.get(s));
    if ((f.tier === 'A' || f.tier === 'B') && cited.every(Boolean) && !cited.some((s) => s?.grade === 'primary'))
      issues.push({
        record,
        field: 'sourceIds',
        message: `a tier ${f.tier} figure needs a primary source; a figure from secondary copies alone is tier C`,
      });
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
    e.recognition?.forEach((r, k) => checkSources(record, `recognition[${k}].sourceIds`, r.sourceIds));
    if (e.batch) checkSources(record, 'batch.sourceIds', e.batch.sourceIds);
    if (e.batch && e.level !== 'national')
      issues.push({ record, field: 'batch', message: 'only a national culture export base has a batch' });
    if (e.recognition && e.kind !== 'exporter')
      issues.push({ record, field: 'recognition', message: 'only an exporter is on a list of key enterprises' });
    if (e.level && e.kind !== 'base') issues.push({ record, field: 'level', message: 'only a base has a level' });
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
  data.conflicts.forEach((c, i) =>
    c.figureIds.forEach((f, k) => {
      if (!figureIds.has(f))
        issues.push({
          record: `conflicts[${i}] "${c.id}"`,
          field: `figureIds[${k}]`,
          message: `refers to figure "${f}", which does not exist`,
        });
    }),
  );
  return issues;
}
