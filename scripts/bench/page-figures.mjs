// The page figures of `npm run bench` and the budgets of DESIGN.md they are held to (pure:
// the measuring is in pages.mjs).
import { round } from './numbers.mjs';

/**
 * The budgets of DESIGN.md for pages, and of #17: the chart page to a full score and a short
 * blocking time, every page's first-view JavaScript and time to take over to a multiple of the
 * floor's, and every chart drawn in the HTML, so that JavaScript disabled still shows it.
 */
export const PAGE_BUDGETS = {
  perf: 98,
  chartPerf: 100,
  chartTbtMs: 30,
  a11y: 100,
  bestPractices: 100,
  overviewLcpS: 1.6,
  /** First-view JavaScript, gzip, as a multiple of the floor's (with today's floor, `/` ≤ 133 KB). */
  firstViewOfFloor: 2,
  /** Time until the app has taken the page over, 4x CPU, as a multiple of the floor's time to render. */
  takenOverOfFloor: 1.5,
  /** Layout shift, every page: the prerendered page painting as it arrives and its take-over. */
  cls: 0,
};
const CHART_ROUTE = '/growth';

/**
 * The pages whose HTML is checked for drawn charts with JavaScript disabled: each page with a
 * chart, and present mode's chart slides.
 */
export function chartPages(appUrl) {
  return [
    { key: '/', url: `${appUrl}/` },
    { key: '/growth', url: `${appUrl}/growth` },
    { key: '/present (chart slides)', url: `${appUrl}/present?slides=chart-trade,chart-growth` },
  ];
}

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
    budget: (page) => ({ op: '>=', limit: page === CHART_ROUTE ? PAGE_BUDGETS.chartPerf : PAGE_BUDGETS.perf }),
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
  {
    id: 'tbt',
    figure: () => 'Total Blocking Time',
    unit: 'ms',
    better: 'lower',
    read: (l) => l.tbtMs,
    budget: (page) => (page === CHART_ROUTE ? { op: '<=', limit: PAGE_BUDGETS.chartTbtMs } : undefined),
  },
  {
    id: 'cls',
    figure: () => 'Cumulative Layout Shift',
    unit: '',
    better: 'lower',
    read: (l) => l.cls,
    budget: () => ({ op: '<=', limit: PAGE_BUDGETS.cls }),
  },
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
    budget: () => ({ op: '<=', limit: PAGE_BUDGETS.firstViewOfFloor, ofFloor: true }),
  },
  {
    id: 'taken-over',
    figure: (_l, _f, t) => `time until the app has taken over, 4x CPU (runs: ${t.runs.map(Math.round).join(', ')})`,
    unit: 'ms',
    better: 'lower',
    read: (_l, _f, t) => t.ms,
    budget: () => ({ op: '<=', limit: PAGE_BUDGETS.takenOverOfFloor, ofFloor: true }),
  },
];

/**
 * The page figures, each with the same figure of the reference page (key `reference` in `lh`
 * and `fv`) as its floor, and the reference page's own figures last, without floor or budget.
 */
export function pageFigures(routes, lh, fv, takenOver, noScript) {
  const figures = [];
  for (const page of [...routes, 'reference']) {
    const isRef = page === 'reference';
    for (const m of METRICS) {
      figures.push({
        id: `${m.id}:${page}`,
        group: page,
        figure: m.figure(lh[page], fv[page], takenOver[page]),
        value: m.read(lh[page], fv[page], takenOver[page]),
        unit: m.unit,
        floor: isRef ? undefined : m.read(lh.reference, fv.reference, takenOver.reference),
        budget: isRef ? undefined : m.budget?.(page),
        better: m.better,
      });
    }
  }
  for (const [page, { places, drawn }] of Object.entries(noScript)) {
    figures.push({
      id: `no-script-charts:${page}`,
      group: page,
      figure: `charts drawn in the HTML, JavaScript disabled (of ${places} places)`,
      value: drawn,
      unit: 'charts',
      // Every place holds its chart; a page with no place at all has lost its charts.
      budget: { op: '>=', limit: Math.max(places, 1) },
      better: 'higher',
    });
  }
  return figures;
}
