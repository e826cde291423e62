import type { Currency } from './figures';
import type { Lang } from './format';

/** What a phone in the room needs to open the view on screen. */
export interface SharedView {
  lang: Lang;
  currency: Currency;
  /** The slide on screen, from 1. */
  slide: number;
}

/** Commas of a deck (?slides=title,trade-total) need no escaping in a query: the address stays short. */
const COMMA = /%2C/gi;

/**
 * The address a QR code of present mode shows: this page, in this language and currency, on
 * this slide, all three written even when they are the defaults (a phone may prefer another
 * language, and a default may change). A chosen deck (?slides=) is kept as written, so the
 * slide number means the same slide; every other parameter (?auto=, a tracking tag) and the
 * hash are dropped, so the code stays small enough to read from the back of the room.
 */
export function shareAddress(href: string, view: SharedView): string {
  const url = new URL(href);
  const search = new URLSearchParams();
  search.set('lang', view.lang);
  search.set('currency', view.currency);
  const slides = url.searchParams.get('slides');
  if (slides) search.set('slides', slides);
  search.set('slide', String(view.slide));
  return `${url.origin}${url.pathname}?${search.toString().replace(COMMA, ',')}`;
}
