import type { Figure, Source } from '../data/schema';
import { usdTwinOf, type Catalog, type Currency } from './figures';

/*
 * The headline figures: which make a card of their own, and what each card carries beside its
 * value. Everything is found by the links the dataset states (`growthOf`, `currencyTwinOf`,
 * `clarifies`, see src/data/figure-links.ts), never by ids or metrics that look alike, so a
 * dataset that leaves a link out gets a card without that line, never one with another's.
 */

export interface Headline {
  figure: Figure;
  /** The source the card names: the first the figure cites. */
  source: Source | undefined;
  /** Its change on the year before: a figure that states its growth, a stored one before a derived one. */
  growth: Figure | undefined;
  /**
   * In the yuan view, the source's own figure in US dollars, shown beside the value. (In the
   * dollar view that figure is the value itself: see inCurrency.)
   */
  usdTwin: Figure | undefined;
  /** In the yuan view, the more precise value another source gives of the same figure. */
  precise: Figure | undefined;
}

/** Whether a figure is shown on another figure's card: a growth, a currency twin or a clarification. */
export function ridesOnAnother(f: Figure): boolean {
  return f.growthOf !== undefined || f.currencyTwinOf !== undefined || f.clarifies !== undefined;
}

/** A figure with a card of its own: one the article states (tier A) that rides on no other. */
export function isHeadline(f: Figure): boolean {
  return f.tier === 'A' && !ridesOnAnother(f);
}

/** The figure that states this one's growth: a source's own before one derived here. */
export function growthOf(catalog: Catalog, figure: Figure): Figure | undefined {
  const linked = catalog.growth.get(figure.id) ?? [];
  return linked.find((g) => g.tier !== 'D') ?? linked[0];
}

/** A more precise value of the figure: a clarification in the same unit that gives another value. */
export function preciseValueOf(catalog: Catalog, figure: Figure): Figure | undefined {
  return (catalog.clarifications.get(figure.id) ?? []).find((c) => c.unit === figure.unit && c.value !== figure.value);
}

/** The headline cards in dataset order, each with what it shows beside its value in this currency. */
export function headlines(catalog: Catalog, currency: Currency): Headline[] {
  return catalog.dataset.figures.filter(isHeadline).map((figure) => ({
    figure,
    source: catalog.sources.get(figure.sourceIds[0] ?? ''),
    growth: growthOf(catalog, figure),
    usdTwin: currency === 'CNY' ? usdTwinOf(figure, catalog) : undefined,
    precise: currency === 'CNY' ? preciseValueOf(catalog, figure) : undefined,
  }));
}
