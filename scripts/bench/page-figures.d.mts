import type { Figure } from './figure.d.mts';

export declare const PAGE_BUDGETS: {
  perf: number;
  chartPerf: number;
  chartTbtMs: number;
  a11y: number;
  bestPractices: number;
  overviewLcpS: number;
  firstViewOfFloor: number;
  takenOverOfFloor: number;
  cls: number;
};

export declare function chartPages(appUrl: string): { key: string; url: string }[];

export interface LighthouseMedians {
  perf: number;
  a11y: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsTransferredKb: number;
  perfRuns: number[];
}

export declare function pageFigures(
  routes: string[],
  lighthouse: Record<string, LighthouseMedians>,
  firstView: Record<string, { gzipKb: number }>,
  takenOver: Record<string, { ms: number; runs: number[] }>,
  noScript: Record<string, { places: number; drawn: number }>,
): Figure[];
