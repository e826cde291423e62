import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { Patterns } from './chart-hatching';
import { AXIS, FONT_SIZE, num, plainTick, thinTicks } from './chart-tick';
import { tooltipContent } from './chart-tooltip';
import { valueOf, type ChartDatum, type DrawingProps } from './chart-types';

const MARGIN = { top: 8, right: 96, bottom: 4, left: 4 } as const;
/** The rows' axis, named on it. */
const ROW_AXIS_WIDTH = 72;

/** What Recharts passes to a bar's label: the bar's box and its row. */
interface LabelProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  index?: number | undefined;
}

/**
 * A bar chart, bars across: each row named on its axis and each bar labelled at its end (with
 * its column when there are several), derived bars hatched.
 */
export function BarDrawing(props: DrawingProps) {
  const { id, data, categories, valueFormatter, pointLabel, domain, ticks, common, width } = props;
  const many = categories.length > 1;
  const barSize = Math.max(14, Math.min(28, 56 / categories.length));
  // Drawn at a known width (a slide on a phone), the value axis keeps only ticks its labels
  // have room for, evenly spaced, as a dot chart's does; room for "-100%" in the larger labels too.
  const plotWidth = (width ?? 0) - MARGIN.left - MARGIN.right - ROW_AXIS_WIDTH;
  const shownTicks = plotWidth > 0 ? thinTicks(ticks, plotWidth, 52) : ticks;
  return (
    <BarChart data={[...data]} layout="vertical" margin={MARGIN} barCategoryGap="24%" {...common}>
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={domain}
        ticks={shownTicks}
        {...(plotWidth > 0 && { interval: 0 })}
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
        width={ROW_AXIS_WIDTH}
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
