import { CURRENCIES, type Currency } from './figures';
import { LANGS, type Lang } from './format';
import { oneOf, searchParser, writeSearch, type IgnoredParam } from './search-schema';

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

/**
 * The address the app settles on, or undefined when it already has: the language written in
 * (the one in use, when it names none), a currency after it, values not understood dropped
 * (and returned, for the notice that names them). Other parameters are left as they are.
 */
export function settledSearch(
  search: URLSearchParams,
  langInUse: Lang,
): { search: URLSearchParams; ignored: IgnoredParam[] } | undefined {
  const { params, ignored } = parseGlobalParams(search);
  const clean =
    ignored.length === 0 &&
    params.lang !== undefined &&
    search.getAll('lang').length === 1 &&
    search.getAll('currency').length <= 1;
  if (clean) return undefined;
  const values = { lang: params.lang ?? langInUse, currency: params.currency };
  return { search: writeSearch(search, GLOBAL_SEARCH.schema, values, 'grouped'), ignored };
}
