// The page figures of `npm run bench` and the budgets of DESIGN.md they are held to (pure:
// the measuring is in pages.mjs).
import { round } from './numbers.mjs';

/** The budgets of DESIGN.md for pages. A chart route is allowed less: Recharts is heavy. */
export const PAGE_BUDGETS = {
  perf: 98,
  chartPerf: 90,
  a11y: 100,
  bestPractices: 100,
  overviewLcpS: 1.6,
  overviewFirstViewKb: 150,
};
const CHART_ROUTES = new Set(['/growth']);

/**
 * Each page figure: how to read it for a page (from its Lighthouse medians `l` and its first
 * view `f`), and the budget a page is held to (none for most figures).
 */
const METRICS = [
  {
    id: 'perf',
    figure: (l) => `Lighthouse performance (runs: ${l.perfRuns.join(', ')})`,
    unit: 'score',
    better: 'higher',
    read: (l) => l.perf,
    budget: (page) => ({ op: '>=', limit: CHART_ROUTES.has(page) ? PAGE_BUDGETS.chartPerf : PAGE_BUDGETS.perf }),
  },
  {
    id: 'a11y',
    figure: () => 'Lighthouse accessibility',
    unit: 'score',
    better: 'higher',
    read: (l) => l.a11y,
    budget: () => ({ op: '>=', limit: PAGE_BUDGETS.a11y }),
  },
  {
    id: 'bp',
    figure: () => 'Lighthouse best practices',
    unit: 'score',
    better: 'higher',
    read: (l) => l.bestPractices,
    budget: () => ({ op: '>=', limit: PAGE_BUDGETS.bestPractices }),
  },
  {
    id: 'lcp',
    figure: () => 'Largest Contentful Paint',
    unit: 's',
    better: 'lower',
    read: (l) => round(l.lcpMs / 1000, 2),
    budget: (page) => (page === '/' ? { op: '<=', limit: PAGE_BUDGETS.overviewLcpS } : undefined),
  },
  { id: 'tbt', figure: () => 'Total Blocking Time', unit: 'ms', better: 'lower', read: (l) => l.tbtMs },
  {
    id: 'js',
    figure: () => 'JavaScript transferred (Lighthouse)',
    unit: 'KB',
    better: 'lower',
    read: (l) => l.jsTransferredKb,
  },
  {
    id: 'first-view',
    figure: () => 'first-view JavaScript, gzip -9',
    unit: 'KB',
    better: 'lower',
    read: (_l, f) => f.gzipKb,
    budget: (page) => (page === '/' ? { op: '<=', limit: PAGE_BUDGETS.overviewFirstViewKb } : undefined),
  },
];

/**
 * The page figures, each with the same figure of the reference page (key `reference` in `lh`
 * and `fv`) as its floor, and the reference page's own figures last, without floor or budget.
 */
export function pageFigures(routes, lh, fv) {
  const figures = [];
  for (const page of [...routes, 'reference']) {
    const isRef = page === 'reference';
    for (const m of METRICS) {
      figures.push({
        id: `${m.id}:${page}`,
        group: page,
        figure: m.figure(lh[page]),
        value: m.read(lh[page], fv[page]),
        unit: m.unit,
        floor: isRef ? undefined : m.read(lh.reference, fv.reference),
        budget: isRef ? undefined : m.budget?.(page),
        better: m.better,
      });
    }
  }
  return figures;
}
