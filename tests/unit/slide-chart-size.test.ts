import { describe, expect, it } from 'vitest';
import { SLIDE_CHART_DEFAULT, slideChartSize } from '../../src/features/present/slide-chart-size';

describe("a slide chart's drawn size", () => {
  it('is the full size until the deck has a box (the prerendered page, jsdom)', () => {
    expect(slideChartSize(undefined)).toEqual(SLIDE_CHART_DEFAULT);
    expect(slideChartSize({ width: 0, height: 0 })).toEqual(SLIDE_CHART_DEFAULT);
    expect(SLIDE_CHART_DEFAULT).toEqual({ width: 960, height: 440, dotsWidth: 720 });
  });

  it('on a phone (390 × 844) is about as wide as the slide and tall, its dot chart wider than the screen', () => {
    // The deck's box at 390 × 844: the viewport less the page's padding, the folded header and the bar.
    expect(slideChartSize({ width: 374, height: 690 })).toEqual({ width: 360, height: 440, dotsWidth: 480 });
  });

  it('on a 1280 × 720 projector is wide and low, so the words and source still fit under it', () => {
    expect(slideChartSize({ width: 1248, height: 600 })).toEqual({ width: 960, height: 280, dotsWidth: 720 });
  });

  it('on a tall screen is taller, and never wider than the room across', () => {
    expect(slideChartSize({ width: 1000, height: 1200 })).toEqual({ width: 800, height: 440, dotsWidth: 720 });
    for (const width of [361, 500, 700, 900, 1100, 2000]) {
      const size = slideChartSize({ width: width + 48, height: 700 });
      expect(size.width).toBeLessThanOrEqual(width);
    }
  });
});
