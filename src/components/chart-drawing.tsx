import type { ReactElement, ReactNode } from 'react';
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
  compact?: boolean | undefined;
}

const FONT_SIZE = 13;

function valueOf(d: ChartDatum, key: string): number | null {
  return d.points[key]?.value ?? null;
}

/**
 * Which points each line's solid and dashed paths pass through: a segment is dashed when
 * either end is derived. Null breaks a path (connectNulls is off).
 */
function segments(data: readonly ChartDatum[], key: string) {
  const derived = data.map((d) => d.points[key]?.derived === true);
  const known = data.map((d) => d.points[key] !== undefined);
  const solid = data.map((_, i) => {
    if (!known[i] || derived[i]) return false;
    const left = i > 0 && known[i - 1] && !derived[i - 1];
    const right = i < data.length - 1 && known[i + 1] && !derived[i + 1];
    return left || right;
  });
  const dashed = data.map((_, i) => {
    if (!known[i]) return false;
    if (derived[i]) return true;
    return (i > 0 && derived[i - 1] === true) || (i < data.length - 1 && derived[i + 1] === true);
  });
  return { solid, dashed };
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
  const { kind, width, height, title, describedBy, compact } = props;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const common = {
    ...size,
    accessibilityLayer: true,
    'aria-label': title,
    'aria-describedby': describedBy,
  };
  return kind === 'line' ? (
    <LineDrawing {...props} common={common} compact={compact} />
  ) : (
    <BarDrawing {...props} common={common} />
  );
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

function LineDrawing(props: ChartDrawingProps & { common: Common }) {
  const { id, data, categories, valueFormatter, pointLabel, domain, ticks, common, compact } = props;
  const nameSpace = compact ? 96 : 120;
  return (
    <LineChart data={[...data]} margin={{ top: 24, right: nameSpace, bottom: 4, left: 4 }} {...common}>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey={props.index}
        padding={{ left: 32, right: 16 }}
        tick={{ fill: 'var(--text-muted)', fontSize: FONT_SIZE }}
        stroke="var(--chart-axis)"
        tickLine={false}
      />
      <YAxis
        domain={domain}
        ticks={ticks}
        interval={0}
        tickFormatter={valueFormatter}
        tick={{ fill: 'var(--text-muted)', fontSize: FONT_SIZE }}
        stroke="var(--chart-axis)"
        width={44}
        allowDecimals
      />
      <Tooltip content={tooltipContent(props)} cursor={{ stroke: 'var(--chart-axis)' }} isAnimationActive={false} />
      {categories.flatMap((c) => {
        const seg = segments(data, c.key);
        const lastIndex = data.reduce((last, d, i) => (d.points[c.key] ? i : last), -1);
        const renderLabel = (p: LabelProps): ReactElement => {
          const i = p.index ?? -1;
          const point = data[i]?.points[c.key];
          if (!point) return <g />;
          const x = num(p.x);
          const y = num(p.y);
          const text = pointLabel(point);
          if (i === lastIndex)
            return (
              <text x={x + 10} y={y} dy="0.35em" fontSize={FONT_SIZE} fill="var(--text)" className="chart-label">
                <tspan fontWeight={600} fill={c.colour}>
                  {c.label}
                </tspan>
                <tspan> {text}</tspan>
              </text>
            );
          return (
            <text x={x} y={y - 10} textAnchor="middle" fontSize={FONT_SIZE} fill="var(--text)" className="chart-label">
              {text}
            </text>
          );
        };
        return [
          <Line
            key={`${c.key}-solid`}
            dataKey={(d: ChartDatum) => (seg.solid[data.indexOf(d)] ? valueOf(d, c.key) : null)}
            stroke={c.colour}
            strokeWidth={3}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
          />,
          <Line
            key={`${c.key}-dashed`}
            dataKey={(d: ChartDatum) => (seg.dashed[data.indexOf(d)] ? valueOf(d, c.key) : null)}
            stroke={c.colour}
            strokeWidth={2}
            strokeDasharray="6 5"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
          />,
          <Line
            key={c.key}
            name={c.label}
            dataKey={(d: ChartDatum) => valueOf(d, c.key)}
            stroke="none"
            isAnimationActive={false}
            activeDot={false}
            dot={(p: { cx?: number; cy?: number; index?: number }) => {
              const point = data[p.index ?? -1]?.points[c.key];
              if (!point || p.cx === undefined || p.cy === undefined) return <g key={`${c.key}-${p.index}`} />;
              return (
                <circle
                  key={`${c.key}-${p.index}`}
                  cx={p.cx}
                  cy={p.cy}
                  r={5}
                  fill={point.derived ? 'var(--surface)' : c.colour}
                  stroke={c.colour}
                  strokeWidth={2}
                  strokeDasharray={point.derived ? '3 2' : undefined}
                  className={point.derived ? 'chart-point chart-point--derived' : 'chart-point'}
                />
              );
            }}
          >
            <LabelList content={renderLabel} />
          </Line>,
        ];
      })}
      {Patterns({ id, categories })}
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
        tickFormatter={valueFormatter}
        tick={{ fill: 'var(--text-muted)', fontSize: FONT_SIZE }}
        stroke="var(--chart-axis)"
      />
      <YAxis
        type="category"
        dataKey={props.index}
        width={72}
        tick={{ fill: 'var(--text)', fontSize: FONT_SIZE }}
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
