import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { FONT_SIZE } from './chart-tick';
import type { ChartDrawingProps } from './chart-types';

// The label at a line's start is one line of text; at its end, two (name over value). Room for
// the projector theme's larger labels (--type-chart, 16px): the drawing does not know the theme.
const LABEL_GAP = { first: 20, last: 38 } as const;

interface Mark {
  key: string;
  side: 'first' | 'last' | 'middle';
  x: number;
  y: number;
  /** Where the label goes after being pushed clear of its neighbours. */
  labelY: number;
}

/**
 * Labels at the ends of the lines, pushed apart just enough not to overlap when two values
 * are close (trade and exports in 2020), and kept inside the plot.
 */
function placeLabels(marks: Mark[], top: number, bottom: number): void {
  for (const side of ['first', 'last'] as const) {
    const byRow = new Map<number, Mark[]>();
    for (const m of marks) if (m.side === side) byRow.set(m.x, [...(byRow.get(m.x) ?? []), m]);
    for (const group of byRow.values()) {
      group.sort((a, b) => a.y - b.y);
      group.forEach((m, i) => {
        const above = group[i - 1];
        m.labelY = above ? Math.max(m.y, above.labelY + LABEL_GAP[side]) : m.y;
      });
      const lowest = group[group.length - 1];
      const overflow = lowest ? lowest.labelY + LABEL_GAP[side] / 2 - bottom : 0;
      if (overflow > 0) group.forEach((m) => (m.labelY = Math.max(top, m.labelY - overflow)));
    }
  }
}

/**
 * The lines themselves, drawn from the chart's scales: one segment per pair of neighbouring
 * years (dashed when either end is derived), a point per value (hollow when derived) and the
 * direct labels. Drawing them here instead of as Recharts lines keeps the chart to a single
 * Recharts series, which is most of its cost on a slow phone.
 */
export function LineMarks({
  data,
  categories,
  pointLabel,
  axisUnit,
}: Pick<ChartDrawingProps, 'data' | 'categories' | 'pointLabel' | 'axisUnit'>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const marks: Mark[] = [];
  const series = categories.map((c) => {
    const known = data.flatMap((d, i) => {
      const point = d.points[c.key];
      const px = x(d.label);
      const py = point ? y(point.value) : undefined;
      return point && px !== undefined && py !== undefined ? [{ i, point, px, py }] : [];
    });
    known.forEach((k, n) => {
      const side = n === known.length - 1 ? 'last' : n === 0 ? 'first' : 'middle';
      marks.push({ key: `${c.key}:${k.i}`, side, x: k.px, y: k.py, labelY: k.py });
    });
    return { c, known };
  });
  placeLabels(marks, plot.y, plot.y + plot.height);
  const markOf = (key: string) => marks.find((m) => m.key === key);

  return (
    <g className="chart-lines">
      {/* The value axis' unit, above its top (here, not in a component of its own: each
          Recharts hook is one more subscription re-rendered as the chart lays out). */}
      {axisUnit && (
        <text x={plot.x} y={plot.y - 12} fontSize={FONT_SIZE} fill="var(--text-muted)" className="chart-label">
          {axisUnit}
        </text>
      )}
      {series.map(({ c, known }) =>
        known.slice(1).map((k, n) => {
          const from = known[n];
          if (!from || from.i !== k.i - 1) return null;
          const derived = from.point.derived || k.point.derived;
          return (
            <line
              key={`${c.key}-segment-${k.i}`}
              x1={from.px}
              y1={from.py}
              x2={k.px}
              y2={k.py}
              stroke={c.colour}
              strokeWidth={derived ? 2 : 3}
              strokeDasharray={derived ? '6 5' : undefined}
              strokeLinecap="round"
              className={derived ? 'chart-segment chart-segment--derived' : 'chart-segment'}
            />
          );
        }),
      )}
      {series.map(({ c, known }) =>
        known.map((k) => (
          <circle
            key={`${c.key}-point-${k.i}`}
            cx={k.px}
            cy={k.py}
            r={5}
            fill={k.point.derived ? 'var(--surface)' : c.colour}
            stroke={c.colour}
            strokeWidth={2}
            strokeDasharray={k.point.derived ? '3 2' : undefined}
            className={k.point.derived ? 'chart-point chart-point--derived' : 'chart-point'}
          />
        )),
      )}
      {series.map(({ c, known }) =>
        known.map((k) => {
          const mark = markOf(`${c.key}:${k.i}`);
          if (!mark) return null;
          const text = pointLabel(k.point);
          if (mark.side === 'last') {
            const at = k.px + 10;
            return (
              <text
                key={`${c.key}-label-${k.i}`}
                x={at}
                y={mark.labelY}
                fontSize={FONT_SIZE}
                fill="var(--text)"
                className="chart-label"
              >
                <tspan x={at} dy="-0.2em" fontWeight={600} fill={c.colour}>
                  {c.label}
                </tspan>
                <tspan x={at} dy="1.2em">
                  {text}
                </tspan>
              </text>
            );
          }
          const first = mark.side === 'first';
          return (
            <text
              key={`${c.key}-label-${k.i}`}
              x={first ? k.px - 10 : k.px}
              y={first ? mark.labelY : k.py - 10}
              dy={first ? '0.35em' : undefined}
              textAnchor={first ? 'end' : 'middle'}
              fontSize={FONT_SIZE}
              fill="var(--text)"
              className="chart-label"
            >
              {text}
            </text>
          );
        }),
      )}
    </g>
  );
}
