import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartPoint } from '../domain/chart-series';

/*
 * The only module that knows Recharts. It draws what it is given, shaped around the data:
 * rows (`data`), what names each row (`index`), the columns drawn as lines or bars
 * (`categories`) and how to write values. It is loaded on its own, only where a chart is shown.
 *
 * Derived points are drawn apart from stated ones: hollow, dashed points and dashed line
 * segments on lines, hatched bars on bar charts. Every line is named at its end and every
 * bar's row on its axis, so nothing depends on telling colours apart.
 */

export interface ChartDatum {
  /** The row's name on the index axis: a year, or a series on bar charts by series. */
  label: string;
  points: Record<string, ChartPoint | undefined>;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** A colour token, e.g. "var(--cat-1)". */
  colour: string;
}

export interface ChartDrawingProps {
  id: string;
  kind: 'line' | 'bar';
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
}

const FONT_SIZE = 13;
/** What every axis shares: muted tick labels and the axis line's colour. */
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
function plainTick(fill: string, format?: (value: number) => string) {
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

const AXIS = { stroke: 'var(--chart-axis)' } as const;

function valueOf(d: ChartDatum, key: string): number | null {
  return d.points[key]?.value ?? null;
}

interface LabelProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  index?: number | undefined;
}

const num = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

export default function ChartDrawing(props: ChartDrawingProps) {
  const { kind, width, height, title, describedBy } = props;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const common = {
    ...size,
    accessibilityLayer: true,
    'aria-label': title,
    'aria-describedby': describedBy,
  };
  return kind === 'line' ? <LineDrawing {...props} common={common} /> : <BarDrawing {...props} common={common} />;
}

type Common = Record<string, unknown>;

function Patterns({ id, categories }: { id: string; categories: readonly ChartCategory[] }) {
  return (
    <defs>
      {categories.map((c) => (
        <pattern
          key={c.key}
          id={`${id}-hatch-${c.key}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="var(--surface)" />
          <rect width="3" height="6" fill={c.colour} />
        </pattern>
      ))}
    </defs>
  );
}

function tooltipContent(props: ChartDrawingProps) {
  return function Content({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
    const datum = payload?.[0]?.payload as ChartDatum | undefined;
    if (!active || !datum) return null;
    return <div className="chart-tooltip">{props.tooltip(datum)}</div>;
  };
}

const LINE_MARGIN = { top: 24, bottom: 4 } as const;
// The label at a line's start is one line of text; at its end, two (name over value).
const LABEL_GAP = { first: 16, last: 32 } as const;

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
function LineMarks({
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

function LineDrawing(props: ChartDrawingProps & { common: Common }) {
  const { data, categories, valueFormatter, pointLabel, domain, ticks, common } = props;
  return (
    <LineChart data={[...data]} margin={{ ...LINE_MARGIN, right: 100, left: 4 }} {...common}>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey={props.index}
        // Every year gets its tick: no measuring of tick text to thin them out.
        interval={0}
        padding={{ left: 76, right: 8 }}
        tick={plainTick('var(--text-muted)')}
        {...AXIS}
        tickLine={false}
      />
      <YAxis
        domain={domain}
        ticks={ticks}
        interval={0}
        tick={plainTick('var(--text-muted)', valueFormatter)}
        {...AXIS}
        width={44}
        allowDecimals
      />
      <Tooltip content={tooltipContent(props)} cursor={{ stroke: 'var(--chart-axis)' }} isAnimationActive={false} />
      {/* One invisible series gives the tooltip and the arrow keys their rows; LineMarks draws. */}
      <Line
        dataKey={(d: ChartDatum) => categories.map((c) => valueOf(d, c.key)).find((v) => v !== null) ?? null}
        stroke="none"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        legendType="none"
      />
      <LineMarks data={data} categories={categories} pointLabel={pointLabel} axisUnit={props.axisUnit} />
    </LineChart>
  );
}

function BarDrawing(props: ChartDrawingProps & { common: Common }) {
  const { id, data, categories, valueFormatter, pointLabel, domain, ticks, common } = props;
  const many = categories.length > 1;
  const barSize = Math.max(14, Math.min(28, 56 / categories.length));
  return (
    <BarChart
      data={[...data]}
      layout="vertical"
      margin={{ top: 8, right: 96, bottom: 4, left: 4 }}
      barCategoryGap="24%"
      {...common}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={domain}
        ticks={ticks}
        tick={plainTick('var(--text-muted)', valueFormatter)}
        label={
          props.axisUnit
            ? { value: props.axisUnit, position: 'right', offset: 20, fill: 'var(--text-muted)', fontSize: FONT_SIZE }
            : undefined
        }
        {...AXIS}
      />
      <YAxis
        type="category"
        dataKey={props.index}
        interval={0}
        width={72}
        tick={plainTick('var(--text)')}
        stroke="var(--chart-axis)"
        tickLine={false}
      />
      {domain[0] < 0 && <ReferenceLine x={0} stroke="var(--chart-axis)" />}
      <Tooltip content={tooltipContent(props)} cursor={{ fill: 'var(--chart-cursor)' }} isAnimationActive={false} />
      {categories.map((c) => (
        <Bar
          key={c.key}
          name={c.label}
          dataKey={(d: ChartDatum) => valueOf(d, c.key)}
          fill={c.colour}
          stroke={c.colour}
          strokeWidth={1.5}
          barSize={barSize}
          isAnimationActive={false}
        >
          {data.map((d) => {
            const point = d.points[c.key];
            return (
              <Cell
                key={d.label}
                fill={point?.derived ? `url(#${id}-hatch-${c.key})` : c.colour}
                className={point?.derived ? 'chart-bar chart-bar--derived' : 'chart-bar'}
              />
            );
          })}
          <LabelList
            content={(p: LabelProps) => {
              const point = data[p.index ?? -1]?.points[c.key];
              if (!point) return <g />;
              const x = num(p.x);
              const w = num(p.width);
              const y = num(p.y) + num(p.height) / 2;
              const negative = point.value < 0;
              const end = negative ? Math.min(x, x + w) - 6 : Math.max(x, x + w) + 6;
              const text = many ? `${c.label}: ${pointLabel(point)}` : pointLabel(point);
              return (
                <text
                  x={end}
                  y={y}
                  dy="0.35em"
                  textAnchor={negative ? 'end' : 'start'}
                  fontSize={FONT_SIZE}
                  fill="var(--text)"
                  className="chart-label"
                >
                  {text}
                </text>
              );
            }}
          />
        </Bar>
      ))}
      {Patterns({ id, categories })}
    </BarChart>
  );
}
