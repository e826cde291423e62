import type { DatasetIssue } from './dataset-error';

/*
 * The links from one figure to another: a figure that clarifies, states the growth of, or
 * states in another currency the figure it names. Cards, the sources page and the currency
 * view follow these links and nothing else (never an id or a metric spelled alike), so each
 * link must point at a figure that exists and is of the kind the link says.
 * Kept apart from the schema, whose Figure type it describes only as far as links need.
 */

/** What of a figure its links are checked against. */
export interface LinkedFigure {
  id: string;
  unit: string;
  period: Readonly<Record<string, unknown>>;
  clarifies?: string | undefined;
  growthOf?: string | undefined;
  currencyTwinOf?: string | undefined;
}

const MONEY = new Set(['CNY', 'USD']);

function samePeriod(a: LinkedFigure['period'], b: LinkedFigure['period']): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Every problem with the links of one figure, named by its record and the link's field. */
export function figureLinkIssues(
  f: LinkedFigure,
  record: string,
  figures: ReadonlyMap<string, LinkedFigure>,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const target = (field: 'clarifies' | 'growthOf' | 'currencyTwinOf'): LinkedFigure | undefined => {
    const to = f[field];
    if (to === undefined) return undefined;
    const found = figures.get(to);
    if (!found) issues.push({ record, field, message: `refers to figure "${to}", which does not exist` });
    return found;
  };

  target('clarifies');

  const grown = target('growthOf');
  if (grown) {
    if (f.unit !== 'percent')
      issues.push({ record, field: 'growthOf', message: `a growth figure is in percent, this one in ${f.unit}` });
    if (grown.unit === 'percent')
      issues.push({
        record,
        field: 'growthOf',
        message: `refers to figure "${grown.id}", a percentage: growth is stated of an amount`,
      });
    if (!samePeriod(f.period, grown.period))
      issues.push({
        record,
        field: 'growthOf',
        message: `refers to figure "${grown.id}", which covers another period`,
      });
  }

  const twin = target('currencyTwinOf');
  if (twin) {
    if (!MONEY.has(f.unit) || !MONEY.has(twin.unit) || f.unit === twin.unit)
      issues.push({
        record,
        field: 'currencyTwinOf',
        message: `refers to figure "${twin.id}" in ${twin.unit}: a currency twin is the same amount in the other currency (CNY, USD), this one is in ${f.unit}`,
      });
    if (!samePeriod(f.period, twin.period))
      issues.push({
        record,
        field: 'currencyTwinOf',
        message: `refers to figure "${twin.id}", which covers another period`,
      });
  }
  return issues;
}
