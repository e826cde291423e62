import { CURRENCIES, type Currency } from './figures';
import { LANGS, type Lang } from './format';
import { oneOf, searchParser, type IgnoredParam } from './search-schema';

/*
 * The search parameters every page shares. Parsing never throws: a value that is not
 * understood is dropped and reported, so the page can say what it ignored.
 */

export type { IgnoredParam };

export interface GlobalParams {
  lang: Lang | undefined;
  currency: Currency | undefined;
}

/** Links are typed by hand: ?lang=ZH and ?currency=usd mean what they say. */
export const GLOBAL_SEARCH = searchParser({
  lang: oneOf(LANGS, (s) => s.trim().toLowerCase()),
  currency: oneOf(CURRENCIES, (s) => s.trim().toUpperCase()),
});

export function parseGlobalParams(params: URLSearchParams): { params: GlobalParams; ignored: IgnoredParam[] } {
  const { values, ignored } = GLOBAL_SEARCH.parse(params);
  return { params: { lang: values.lang, currency: values.currency }, ignored };
}
