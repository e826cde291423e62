import type { Figure } from './figure.d.mts';

export declare const PAGE_BUDGETS: {
  perf: number;
  chartPerf: number;
  a11y: number;
  bestPractices: number;
  overviewLcpS: number;
  overviewFirstViewKb: number;
};

export interface LighthouseMedians {
  perf: number;
  a11y: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  jsTransferredKb: number;
  perfRuns: number[];
}

export declare function pageFigures(
  routes: string[],
  lighthouse: Record<string, LighthouseMedians>,
  firstView: Record<string, { gzipKb: number }>,
): Figure[];
