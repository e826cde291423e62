/*
 * What every axis of the line and bar drawings shares: the font size, the axis line's colour
 * and the tick labels, kept in one place so both charts read alike.
 */

export const FONT_SIZE = 13;

export const AXIS = { stroke: 'var(--chart-axis)' } as const;

/** The least room between two ticks of a value axis, for labels like "100%". */
const MIN_TICK_GAP = 40;

/** Every n-th tick, n dividing the steps so the last tick stays, with at least `gap` pixels between them. */
export function thinTicks(ticks: readonly number[], plotWidth: number, gap: number = MIN_TICK_GAP): number[] {
  const steps = Math.max(1, ticks.length - 1);
  const needed = Math.ceil(gap / (plotWidth / steps));
  let every = Math.max(1, needed);
  while (steps % every !== 0) every++;
  return ticks.filter((_, i) => i % every === 0);
}

/** Recharts hands positions as numbers or numeric strings. */
export const num = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** Muted tick labels: what Recharts passes to a custom tick. */
interface TickProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  payload?: { value?: unknown } | undefined;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit' | undefined;
  verticalAnchor?: string | undefined;
}

/** How far below (start) or around (middle) its anchor a one-line label sits, as Recharts' Text does. */
const DY: Record<string, string> = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * An axis label as a plain <text>. Recharts' own draws each tick through its Text component,
 * which measures every word in the page (a forced layout per tick) to wrap lines these short
 * labels never need. Without Recharts' tick class, too: the axis reads the first tick's computed
 * style (a forced restyle of the page) for a font size that only sizes "auto" axes.
 */
export function plainTick(fill: string, format?: (value: number) => string) {
  return function Tick({ x, y, payload, textAnchor, verticalAnchor }: TickProps) {
    const value = payload?.value;
    const text = format && typeof value === 'number' ? format(value) : String(value ?? '');
    return (
      <text
        x={num(x)}
        y={num(y)}
        dy={DY[verticalAnchor ?? 'middle'] ?? DY.middle}
        textAnchor={textAnchor ?? 'middle'}
        fill={fill}
        fontSize={FONT_SIZE}
      >
        {text}
      </text>
    );
  };
}
