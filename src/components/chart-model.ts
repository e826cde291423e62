import { chartGrid, type ChartPoint, type ChartSpec } from '../domain/chart-series';
import { publishedSegments } from '../domain/published-series';
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
  kind: 'line' | 'bar' | 'dots';
  data: ChartDatum[];
  categories: ChartCategory[];
  /** Dot charts: the rows a line joins (within a series only) and the rows that start a measure. */
  joins?: [string, string][];
  groupStarts?: string[];
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
  if (chart.shape.kind === 'dots') {
    const groupOf = new Map(chart.series.map((s) => [s.key, s.group?.key ?? s.key]));
    let group: string | undefined;
    const groupStarts: string[] = [];
    for (const r of rows) {
      const g = groupOf.get(Object.keys(r.cells)[0] ?? '');
      if (group !== undefined && g !== group) groupStarts.push(r.key);
      group = g;
    }
    return {
      kind: 'dots',
      data: rows.map((r) => {
        const point = Object.values(r.cells)[0];
        return { label: r.label[lang], key: r.key, source: point?.label?.source[lang], points: r.cells };
      }),
      // One colour: what a dot measures is written in its row, and its grade in its shape.
      categories: columns.map((c) => ({ key: c.key, label: c.label[lang], colour: PALETTE[0] })),
      joins: publishedSegments(chart).map((s) => [s.from.figure.id, s.to.figure.id]),
      groupStarts,
      ...chartAxis(chart),
      valueFormatter: (v) => formatTick(v, chart, lang),
      pointLabel: (p) => formatPointLabel(p, chart, lang),
      axisUnit: chart.unit === 'percent' ? '' : chartScale(chart, lang).unit,
    };
  }
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

/** The width of a chart drawn into an image file (chart-export.tsx). */
export const FILE_WIDTH = 960;

/** The font size of a dot chart's row labels, and their line height. */
export const DOT_LABEL = { font: 12, line: 15 } as const;
/** The width of a dot chart's row labels before its box is measured (a phone's width decides it). */
export const DOT_LABEL_WIDTH = 168;
/** Between a row label and the axis. */
export const DOT_LABEL_GAP = 8;
/** What a row label's lines may fill of its column: less the gap, the axis' own offset and a margin. */
export function dotLabelRoom(labelWidth: number): number {
  return labelWidth - DOT_LABEL_GAP - 12;
}

/** A row label's width for a drawing of this width: 45% of it, between 168 and 300 pixels. */
export function dotLabelWidth(width: number | undefined): number {
  return width ? Math.round(Math.min(300, Math.max(DOT_LABEL_WIDTH, width * 0.45))) : DOT_LABEL_WIDTH;
}

const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u;

/**
 * A rough width of text in pixels (no layout to measure: this runs before and without it). Latin
 * letters of the system faces average 0.56 em, 0.6 em in bold; Chinese characters are 1 em.
 */
function roughWidth(text: string, font: number, bold: boolean): number {
  let w = 0;
  for (const ch of text) w += (WIDE.test(ch) ? 1 : bold ? 0.6 : 0.56) * font;
  return w;
}

/** Text cut into lines of at most `max` pixels: at spaces in English, between characters in Chinese. */
export function wrapText(text: string, max: number, bold = false, font: number = DOT_LABEL.font): string[] {
  const tokens = text.match(
    /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+\s*|\s+/gu,
  ) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && roughWidth((line + token).trimEnd(), font, bold) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A dot chart row's label as lines, for a column this wide: what and when (bold), then its source. */
export function dotRowLines(d: ChartDatum, labelWidth: number): { head: string[]; source: string[] } {
  const room = dotLabelRoom(labelWidth);
  return { head: wrapText(d.label, room, true), source: d.source ? wrapText(d.source, room) : [] };
}

/** The heights a chart's box may have (chart-frame.css sizes each one: no inline styles). */
export const CHART_HEIGHTS = [280, 340, 440, 520, 600, 680, 760, 840, 920] as const;
export type ChartHeight = (typeof CHART_HEIGHTS)[number];

/** A dot chart's height for labels of this width: room for its longest row label on every row. */
export function dotChartHeight(drawing: DrawingData, labelWidth: number = DOT_LABEL_WIDTH): ChartHeight {
  const lines = Math.max(
    1,
    ...drawing.data.map((d) => {
      const { head, source } = dotRowLines(d, labelWidth);
      return head.length + source.length;
    }),
  );
  const needed = drawing.data.length * (lines * DOT_LABEL.line + 10) + 62;
  return CHART_HEIGHTS.find((h) => h >= needed) ?? CHART_HEIGHTS[CHART_HEIGHTS.length - 1] ?? 280;
}
