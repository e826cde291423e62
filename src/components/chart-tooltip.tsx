import type { ChartDatum, ChartDrawingProps } from './chart-types';

/**
 * The tooltip of either drawing: the row under the pointer or the arrow keys, written by the
 * chart's own `tooltip` (the same words as its table), in place of Recharts' default list.
 */
export function tooltipContent(props: ChartDrawingProps) {
  return function Content({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
    const datum = payload?.[0]?.payload as ChartDatum | undefined;
    if (!active || !datum) return null;
    return <div className="chart-tooltip">{props.tooltip(datum)}</div>;
  };
}
