import type { ReactNode } from 'react';
import type { ChartPoint } from '../domain/chart-series';

/*
 * What a chart drawing is given, apart from the Recharts code that draws it, so that the frame,
 * the model and the export can name these shapes without loading the charting chunk.
 */

export interface ChartDatum {
  /** The row's name on the index axis: a year, or a series on bar charts by series. */
  label: string;
  points: Record<string, ChartPoint | undefined>;
  /** Dot charts: the row's own key (its figure), and its source as the row names it. */
  key?: string;
  source?: string;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** A colour token, e.g. "var(--cat-1)". */
  colour: string;
}

export interface ChartDrawingProps {
  id: string;
  kind: 'line' | 'bar' | 'dots';
  data: readonly ChartDatum[];
  index: 'label';
  categories: readonly ChartCategory[];
  /** Ticks of the value axis. */
  valueFormatter: (value: number) => string;
  /** The short label beside a point or bar. */
  pointLabel: (point: ChartPoint) => string;
  /** The value axis' unit when its ticks do not say it ("billion yuan", "亿元"), else empty. */
  axisUnit: string;
  /** The tooltip's body for a row. */
  tooltip: (datum: ChartDatum) => ReactNode;
  /** [min, max] of the value axis, and its ticks. */
  domain: [number, number];
  ticks: number[];
  /** Fixed size (exports, tests); without it the chart fills its box. */
  width?: number | undefined;
  height: number;
  /** Accessible name and description of the drawing. */
  title: string;
  describedBy?: string | undefined;
  /** Dot charts: the rows (by key) a line may join, and the rows that start a new measure. */
  joins?: readonly (readonly [string, string])[] | undefined;
  groupStarts?: readonly string[] | undefined;
  /** Dot charts: the width of the row labels, where the frame has measured its box. */
  labelWidth?: number | undefined;
}

/** The props of the line and bar drawings: the chart's, plus the size and names they all share. */
export type DrawingProps = ChartDrawingProps & { common: Record<string, unknown> };

/** A row's value for a column, null where it has none (Recharts leaves a gap). */
export function valueOf(d: ChartDatum, key: string): number | null {
  return d.points[key]?.value ?? null;
}
