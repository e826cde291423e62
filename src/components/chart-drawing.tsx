import { BarDrawing } from './chart-bar-drawing';
import { DotDrawing } from './chart-dot-drawing';
import { LineDrawing } from './chart-line-drawing';
import type { ChartDrawingProps } from './chart-types';

/*
 * The entry to the charting code, and with the modules it imports (chart-line-drawing,
 * chart-line-marks, chart-bar-drawing, chart-dot-drawing, chart-hatching, chart-tick,
 * chart-tooltip) the only code that knows Recharts. It draws what it is given, shaped around
 * the data: rows (`data`), what names each row (`index`), the columns drawn as lines or bars
 * (`categories`) and how to write values (chart-types.ts). It is loaded on its own, only where
 * a chart is shown: import it lazily, and its pieces only from here, so they stay in its chunk.
 *
 * Derived points are drawn apart from stated ones: hollow, dashed points and dashed line
 * segments on lines, hatched bars on bar charts. Dot charts draw each published figure on a
 * row of its own, named by what it measures and its source, a secondary copy as a hollow
 * diamond. Every line is named at its end and every bar's row on its axis, so nothing depends
 * on telling colours apart.
 */

export default function ChartDrawing(props: ChartDrawingProps) {
  const { kind, width, height, title, describedBy } = props;
  const size = width ? { width, height } : { responsive: true, style: { width: '100%', height } };
  const common = {
    ...size,
    accessibilityLayer: true,
    'aria-label': title,
    'aria-describedby': describedBy,
  };
  switch (kind) {
    case 'line':
      return <LineDrawing {...props} common={common} />;
    case 'bar':
      return <BarDrawing {...props} common={common} />;
    case 'dots':
      return <DotDrawing {...props} common={common} />;
  }
}
