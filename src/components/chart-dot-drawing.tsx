import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { DOT_LABEL, DOT_LABEL_GAP, dotLabelWidth, dotRowLines } from './chart-model';
import { AXIS, FONT_SIZE, num, plainTick, thinTicks } from './chart-tick';
import { tooltipContent } from './chart-tooltip';
import { valueOf, type ChartDatum, type ChartDrawingProps, type DrawingProps } from './chart-types';

/** Room right of the plot for the value written beside the largest dot. */
const RIGHT = 64;
const MARGIN = { top: 28, bottom: 4 } as const;
/** Recharts' default height of a horizontal axis. */
const X_AXIS_HEIGHT = 30;

/** What Recharts passes to a custom tick of the rows' axis. */
interface RowTickProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  payload?: { value?: unknown } | undefined;
}

/** A row's label: what and when (strong), then its source, cut into lines that fit beside the plot. */
function rowTick(data: readonly ChartDatum[], width: number) {
  const byKey = new Map(data.map((d) => [d.key, dotRowLines(d, width)]));
  return function RowTick({ x, y, payload }: RowTickProps) {
    const lines = byKey.get(String(payload?.value ?? ''));
    if (!lines) return <g />;
    const all = [...lines.head.map((t) => ({ t, head: true })), ...lines.source.map((t) => ({ t, head: false }))];
    const top = num(y) - ((all.length - 1) * DOT_LABEL.line) / 2;
    const at = num(x) - DOT_LABEL_GAP;
    return (
      <text x={at} y={top} textAnchor="end" fontSize={DOT_LABEL.font} className="chart-row-label">
        {all.map((l, i) => (
          <tspan
            key={i}
            x={at}
            y={top + i * DOT_LABEL.line}
            dy="0.35em"
            fontWeight={l.head ? 600 : 400}
            fill={l.head ? 'var(--text)' : 'var(--text-muted)'}
          >
            {l.t}
          </tspan>
        ))}
      </text>
    );
  };
}

/** A diamond around (x, y): the mark of a point only a secondary copy gives. */
function diamond(x: number, y: number, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`;
}

/**
 * The dots, their values, the lines between rows of a new measure, and the joins the chart
 * allows (within a series only), drawn from the chart's scales as LineMarks draws lines.
 */
function DotMarks({
  data,
  categories,
  pointLabel,
  axisUnit,
  joins,
  groupStarts,
  labelWidth,
}: Pick<ChartDrawingProps, 'data' | 'categories' | 'pointLabel' | 'axisUnit' | 'joins' | 'groupStarts'> & {
  labelWidth: number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const colour = categories[0]?.colour ?? 'var(--cat-1)';
  const placed = data.flatMap((d) => {
    const point = Object.values(d.points)[0];
    const py = y(d.key);
    const px = point ? x(point.value) : undefined;
    return point && px !== undefined && py !== undefined && d.key ? [{ key: d.key, point, px, py }] : [];
  });
  const at = new Map(placed.map((p) => [p.key, p]));
  const step = placed.length > 1 ? Math.abs((placed[1]?.py ?? 0) - (placed[0]?.py ?? 0)) : plot.height;
  return (
    <g className="chart-dots">
      {axisUnit && (
        <text x={plot.x} y={plot.y - 12} fontSize={FONT_SIZE} fill="var(--text-muted)" className="chart-label">
          {axisUnit}
        </text>
      )}
      {(groupStarts ?? []).map((key) => {
        const row = at.get(key);
        if (!row) return null;
        const ly = row.py - step / 2;
        return (
          <line
            key={`group-${key}`}
            x1={plot.x - labelWidth}
            x2={plot.x + plot.width + RIGHT}
            y1={ly}
            y2={ly}
            stroke="var(--border)"
            strokeWidth={1}
          />
        );
      })}
      {(joins ?? []).map(([a, b]) => {
        const from = at.get(a);
        const to = at.get(b);
        if (!from || !to) return null;
        return (
          <line
            key={`join-${a}-${b}`}
            x1={from.px}
            y1={from.py}
            x2={to.px}
            y2={to.py}
            stroke={colour}
            strokeWidth={2}
            className="chart-join"
          />
        );
      })}
      {placed.map(({ key, point, px, py }) => {
        const secondary = point.label?.secondary ?? false;
        return (
          <g key={key}>
            {secondary ? (
              <path
                d={diamond(px, py, 7)}
                fill="var(--surface)"
                stroke={colour}
                strokeWidth={2.5}
                className="chart-point chart-point--secondary"
              />
            ) : (
              <circle cx={px} cy={py} r={6} fill={colour} stroke={colour} strokeWidth={2} className="chart-point" />
            )}
            <text x={px + 12} y={py} dy="0.35em" fontSize={FONT_SIZE} fill="var(--text)" className="chart-label">
              {pointLabel(point)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * A dot chart: one row per published figure (named by what it measures, its period and its
 * source), its value as a dot on one axis of one unit. No line joins two rows unless the chart
 * says they are one series.
 */
export function DotDrawing(props: DrawingProps) {
  const { data, categories, valueFormatter, pointLabel, domain, ticks, common, width } = props;
  const labelWidth = props.labelWidth ?? dotLabelWidth(width);
  // A narrow plot (a phone) keeps fewer ticks, evenly spaced and both ends kept, so their labels never touch.
  const plotWidth = (width ?? 0) - labelWidth - RIGHT - 4;
  const shownTicks = plotWidth > 0 ? thinTicks(ticks, plotWidth) : ticks;
  // Half a row above the first and below the last, so every row has the same room for its label.
  const plotHeight = props.height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT;
  const pad = Math.max(8, plotHeight / (2 * Math.max(1, data.length)));
  return (
    <LineChart data={[...data]} layout="vertical" margin={{ ...MARGIN, right: RIGHT, left: 4 }} {...common}>
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={domain}
        ticks={shownTicks}
        interval={0}
        tick={plainTick('var(--text-muted)', valueFormatter)}
        {...AXIS}
      />
      <YAxis
        type="category"
        dataKey="key"
        interval={0}
        width={labelWidth}
        padding={{ top: pad, bottom: pad }}
        tick={rowTick(data, labelWidth)}
        stroke="var(--chart-axis)"
        tickLine={false}
      />
      <Tooltip content={tooltipContent(props)} cursor={{ stroke: 'var(--chart-axis)' }} isAnimationActive={false} />
      {/* One invisible series gives the tooltip and the arrow keys their rows; DotMarks draws. */}
      <Line
        dataKey={(d: ChartDatum) => categories.map((c) => valueOf(d, c.key)).find((v) => v !== null) ?? null}
        stroke="none"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        legendType="none"
      />
      <DotMarks
        data={data}
        categories={categories}
        pointLabel={pointLabel}
        axisUnit={props.axisUnit}
        joins={props.joins}
        groupStarts={props.groupStarts}
        labelWidth={labelWidth}
      />
    </LineChart>
  );
}
