import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { LineMarks } from './chart-line-marks';
import { AXIS, plainTick } from './chart-tick';
import { tooltipContent } from './chart-tooltip';
import { valueOf, type ChartDatum, type DrawingProps } from './chart-types';

const LINE_MARGIN = { top: 24, bottom: 4 } as const;

/** A line chart: the axes and tooltip from Recharts, the lines themselves from LineMarks. */
export function LineDrawing(props: DrawingProps) {
  const { data, categories, valueFormatter, pointLabel, domain, ticks, common } = props;
  return (
    <LineChart data={[...data]} margin={{ ...LINE_MARGIN, right: 100, left: 4 }} {...common}>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey={props.index}
        // Every year gets its tick: no measuring of tick text to thin them out.
        interval={0}
        // Room left of the first year for its values ("≈83.81%"), in the projector theme's larger labels too.
        padding={{ left: 92, right: 8 }}
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
