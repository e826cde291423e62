import { chartGrid, type ChartPoint, type ChartSpec } from '../domain/chart-series';
import { chartScale, formatPointLabel, formatTick } from '../domain/chart-text';
import type { Lang } from '../domain/format';
import type { ChartCategory, ChartDatum } from './chart-types';

/*
 * From a chart's series to what the drawing takes. No Recharts here: this runs before the
 * drawing's chunk has loaded, and for image downloads.
 */

/** The categorical palette (Okabe-Ito), one token per column, defined for both themes in theme-tokens.ts and tokens.css. */
export const PALETTE = ['var(--cat-1)', 'var(--cat-2)', 'var(--cat-3)', 'var(--cat-4)'] as const;

/**
 * The class that paints a legend swatch in a palette colour. A class, not a style attribute:
 * the Content-Security-Policy refuses inline styles in the prerendered HTML.
 */
export function colourClass(colour: string): string {
  const at = (PALETTE as readonly string[]).indexOf(colour);
  return at === -1 ? '' : `swatch--cat-${at + 1}`;
}

export function colourOf(i: number): string {
  return PALETTE[i % PALETTE.length] ?? PALETTE[0];
}

/** A source behind a chart, named for its source line and the files it downloads. */
export interface ChartSourceLink {
  id: string;
  name: string;
}

export interface DrawingData {
  kind: 'line' | 'bar';
  data: ChartDatum[];
  categories: ChartCategory[];
  domain: [number, number];
  ticks: number[];
  valueFormatter: (value: number) => string;
  pointLabel: (point: ChartPoint) => string;
  axisUnit: string;
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) that cuts a span into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
}

/**
 * The value axis and its ticks: from zero (or below it, with room for the labels of negative
 * bars) to a round value a little above the largest one, so labels stay inside the drawing.
 */
export function chartAxis(chart: ChartSpec): { domain: [number, number]; ticks: number[] } {
  if (chart.domain === 'share') return { domain: [0, 100], ticks: [0, 25, 50, 75, 100] };
  const values = chart.series.flatMap((s) => s.points.map((p) => p.value));
  const bar = chart.shape.kind === 'bar';
  const max = Math.max(0, ...values) * (bar ? 1.05 : 1.1);
  const min = Math.min(0, ...values) * (bar ? 1.5 : 1.1);
  const span = max - min || 1;
  const step = niceStep(span, 5);
  const lo = Math.floor(min / step) * step;
  const hi = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return { domain: [lo, hi], ticks };
}

export function drawingData(chart: ChartSpec, lang: Lang): DrawingData {
  const { rows, columns } = chartGrid(chart);
  return {
    kind: chart.shape.kind,
    data: rows.map((r) => ({ label: r.label[lang], points: r.cells })),
    categories: columns.map((c, i) => ({ key: c.key, label: c.label[lang], colour: colourOf(i) })),
    ...chartAxis(chart),
    valueFormatter: (v) => formatTick(v, chart, lang),
    pointLabel: (p) => formatPointLabel(p, chart, lang),
    // Percent ticks carry their "%"; money ticks are bare numbers in this unit.
    axisUnit: chart.unit === 'percent' ? '' : chartScale(chart, lang).unit,
  };
}
