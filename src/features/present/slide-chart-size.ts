import { useEffect, useState, type RefObject } from 'react';
import type { ChartHeight } from '../../components/chart-frame';

/**
 * The size a slide's chart is drawn at, chosen from the deck's box: near the room the chart has
 * on the slide, so that present-fit.css scales it little and its labels stay their size. A
 * hidden slide has no box to measure; the deck always has.
 */
export interface SlideChartSize {
  /** A line or bar chart's drawing. */
  width: number;
  height: ChartHeight;
  /** The published figures' dot chart: its row labels need the width, its height follows them. */
  dotsWidth: number;
}

/** The size before the deck is measured (the prerendered page, the first render, jsdom). */
export const SLIDE_CHART_DEFAULT: SlideChartSize = { width: 960, height: 440, dotsWidth: 720 };

const WIDTHS = [360, 480, 640, 800, 960] as const;
const HEIGHTS = [280, 340, 440] as const;
/** A phone's width (the tokens' phone breakpoint): the words below its chart scroll into view. */
const PHONE = 600;
/**
 * What a chart slide has around its drawing: the slide's padding across; down, its padding, the
 * chart's title, legend, words and source (on a phone only what comes above the drawing).
 */
const AROUND = { across: 48, down: 300, downPhone: 220 } as const;

export function slideChartSize(deck: { width: number; height: number } | undefined): SlideChartSize {
  if (!deck || deck.width <= 0 || deck.height <= 0) return SLIDE_CHART_DEFAULT;
  const phone = deck.width <= PHONE;
  const roomAcross = deck.width - AROUND.across;
  const roomDown = Math.max(1, deck.height - (phone ? AROUND.downPhone : AROUND.down));
  const width = [...WIDTHS].reverse().find((w) => w <= roomAcross) ?? WIDTHS[0];
  // The drawing's shape follows the room's: wide and low on a projector, taller on a phone.
  const fits = (h: number) => h <= (width * roomDown) / Math.max(1, roomAcross);
  const height = [...HEIGHTS].reverse().find(fits) ?? HEIGHTS[0];
  return { width, height, dotsWidth: phone ? 480 : 720 };
}

/** slideChartSize of the element's box, kept up to date; a new size only when the drawing's changes. */
export function useSlideChartSize(ref: RefObject<Element | null>): SlideChartSize {
  const [size, setSize] = useState(SLIDE_CHART_DEFAULT);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      const next = slideChartSize(box && { width: box.width, height: box.height });
      setSize((before) =>
        before.width === next.width && before.height === next.height && before.dotsWidth === next.dotsWidth
          ? before
          : next,
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
