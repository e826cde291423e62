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
 * The page figures, each with the same figure of the reference page (key `reference` in `lh`
 * and `fv`) as its floor, and the reference page's own figures last.
 */
export function pageFigures(routes, lh, fv) {
  const figures = [];
  const rows = [...routes.map((route) => ({ key: route, group: route })), { key: 'reference', group: 'reference' }];
  for (const { key, group } of rows) {
    const l = lh[key];
    const isRef = key === 'reference';
    const floor = (k) => (isRef ? undefined : lh.reference?.[k]);
    const perfLimit = CHART_ROUTES.has(key) ? PAGE_BUDGETS.chartPerf : PAGE_BUDGETS.perf;
    const runs = l.perfRuns.join(', ');
    figures.push(
      {
        id: `perf:${key}`,
        group,
        figure: `Lighthouse performance (runs: ${runs})`,
        value: l.perf,
        unit: 'score',
        floor: floor('perf'),
        budget: isRef ? undefined : { op: '>=', limit: perfLimit },
        better: 'higher',
      },
      {
        id: `a11y:${key}`,
        group,
        figure: 'Lighthouse accessibility',
        value: l.a11y,
        unit: 'score',
        floor: floor('a11y'),
        budget: isRef ? undefined : { op: '>=', limit: PAGE_BUDGETS.a11y },
        better: 'higher',
      },
      {
        id: `bp:${key}`,
        group,
        figure: 'Lighthouse best practices',
        value: l.bestPractices,
        unit: 'score',
        floor: floor('bestPractices'),
        budget: isRef ? undefined : { op: '>=', limit: PAGE_BUDGETS.bestPractices },
        better: 'higher',
      },
      {
        id: `lcp:${key}`,
        group,
        figure: 'Largest Contentful Paint',
        value: round(l.lcpMs / 1000, 2),
        unit: 's',
        floor: isRef ? undefined : round(lh.reference.lcpMs / 1000, 2),
        budget: key === '/' ? { op: '<=', limit: PAGE_BUDGETS.overviewLcpS } : undefined,
        better: 'lower',
      },
      {
        id: `tbt:${key}`,
        group,
        figure: 'Total Blocking Time',
        value: l.tbtMs,
        unit: 'ms',
        floor: floor('tbtMs'),
        better: 'lower',
      },
      {
        id: `js:${key}`,
        group,
        figure: 'JavaScript transferred (Lighthouse)',
        value: l.jsTransferredKb,
        unit: 'KB',
        floor: floor('jsTransferredKb'),
        better: 'lower',
      },
      {
        id: `first-view:${key}`,
        group,
        figure: 'first-view JavaScript, gzip -9',
        value: fv[key].gzipKb,
        unit: 'KB',
        floor: isRef ? undefined : fv.reference.gzipKb,
        budget: key === '/' ? { op: '<=', limit: PAGE_BUDGETS.overviewFirstViewKb } : undefined,
        better: 'lower',
      },
    );
  }
  return figures;
}
