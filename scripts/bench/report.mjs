// How `npm run bench` prints its figures: one table with each figure's floor, ratio, budget
// and result, and, with --compare, the change from an earlier run.
//
// A figure: { id, group, figure, value, unit, floor?, budget?: { op, limit }, pass?, better }.
import { readFile } from 'node:fs/promises';
import { round } from './numbers.mjs';

/** A budget's limit in the figure's unit: a multiple of the floor where the budget is a ratio. */
export function budgetLimit(f) {
  return f.budget.ofFloor ? f.budget.limit * f.floor : f.budget.limit;
}

/** The figure with its budget judged (a figure may carry its own `pass: false`, e.g. a hang). */
export function judge(f) {
  if (!f.budget) return f;
  if (f.pass === false || f.value === null || f.value === undefined) return { ...f, pass: false };
  if (f.budget.ofFloor && !(f.floor > 0)) return { ...f, pass: false };
  const limit = budgetLimit(f);
  const pass = f.budget.op === '>=' ? f.value >= limit : f.value <= limit;
  return { ...f, pass };
}

function formatBudget(f) {
  if (!f.budget) return '-';
  return f.budget.ofFloor
    ? `${f.budget.op} ${f.budget.limit}x floor`
    : `${f.budget.op} ${formatValue(f.budget.limit, f.unit)}`;
}

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '-';
  switch (unit) {
    case 'score':
      return String(value);
    case 'x':
      return `${value}x`;
    case 's':
      return value < 10 ? `${value.toFixed(2)} s` : `${Math.round(value)} s`;
    case 'ms':
      return value >= 100 ? `${Math.round(value)} ms` : `${value} ms`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    default:
      return `${value} ${unit}`;
  }
}

function ratio(f) {
  if (f.floor === undefined || f.floor === null || !f.value) return '-';
  if (f.floor === 0) return f.value === 0 ? '1x' : '-';
  const r = f.value / f.floor;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x`;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => String(c[i]).length)));
  const line = (c) =>
    c
      .map((v, i) => String(v).padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-')];
  let group;
  for (const c of rows) {
    // The group is named once, on its first row.
    out.push(line(c[0] === group ? ['', ...c.slice(1)] : c));
    group = c[0];
  }
  return out.join('\n');
}

export function printFigures(figures) {
  const rows = figures.map((f) => [
    f.group,
    f.figure,
    formatValue(f.value, f.unit),
    f.floor === undefined ? '-' : formatValue(f.floor, f.unit),
    ratio(f),
    formatBudget(f),
    f.pass === undefined ? '' : f.pass ? 'pass' : 'MISS',
  ]);
  console.log('');
  console.log(table(['page', 'figure', 'value', 'floor', 'ratio', 'budget', 'result'], rows));
  console.log('');
  console.log(
    'floor: the same figure for the reference page (React alone rendering the KPI figures as text), or,\n' +
      'for the search, a plain loop over the same rows in the same run. ratio: value / floor.',
  );
}

/** What changed from `old` to `now`, figure by figure (matched by id). */
export function printComparison(old, now) {
  const before = new Map(old.figures.map((f) => [f.id, f]));
  const rows = [];
  for (const f of now.figures) {
    const o = before.get(f.id);
    if (!o) {
      rows.push([f.group, f.figure, '-', formatValue(f.value, f.unit), 'new']);
      continue;
    }
    before.delete(f.id);
    let change = 'same';
    if (typeof f.value === 'number' && typeof o.value === 'number' && f.value !== o.value) {
      const delta = f.value - o.value;
      const pct = o.value ? ` (${delta > 0 ? '+' : ''}${((delta / o.value) * 100).toFixed(0)}%)` : '';
      const better = f.better === 'higher' ? delta > 0 : delta < 0;
      const sign = delta > 0 ? '+' : '-';
      change = `${sign}${formatValue(Math.abs(round(delta, 3)), f.unit)}${pct} ${better ? 'better' : 'worse'}`;
    }
    if (o.pass !== f.pass && f.pass !== undefined)
      change += o.pass === undefined ? '' : f.pass ? ', now passes' : ', now MISSES';
    rows.push([f.group, f.figure, formatValue(o.value, o.unit), formatValue(f.value, f.unit), change]);
  }
  for (const o of before.values()) rows.push([o.group, o.figure, formatValue(o.value, o.unit), '-', 'gone']);
  console.log('');
  console.log(
    `Change from ${old.date} (${old.commit ?? 'unknown commit'}) to ${now.date} (${now.commit ?? 'unknown commit'}):`,
  );
  console.log(table(['page', 'figure', 'before', 'now', 'change'], rows));
}

/** A results file of this benchmark, or an error that says why it is not one. */
export async function readResults(path) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${path}: give the path of a bench-results JSON file`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON: give the path of a bench-results JSON file`);
  }
  if (!data || !Array.isArray(data.figures) || !data.figures.every((f) => f && typeof f.id === 'string'))
    throw new Error(`${path} is not a result of this benchmark (it has no figures with ids)`);
  return data;
}
