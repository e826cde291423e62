import type { ChartId } from './chart-series';
import { chartViewSearch } from './chart-params';
import type { Catalog } from './figures';
import { GLOBAL_SEARCH } from './params';
import { ROUTES, type RoutePattern } from './routes';
import type { SearchParser } from './search-schema';
import { AUTO_SEARCH, deckSearch, VIEW_SEARCH } from './slides';
import { tableSearch, type TableParamSpec } from './table-params';

/*
 * Every route with the parsers that read its address, so one test can throw the same hostile
 * addresses at all of them. The pages hand these same parsers to useSearchState
 * (src/components/use-search-state.ts), which reads and writes the address with them; a page
 * that starts reading a new key belongs here too.
 */

/** What the parsers need from the page: what exists in its rows, charts and figures. */
export interface RouteSearchContext {
  catalog: Catalog;
  exporters: TableParamSpec;
  bases: TableParamSpec;
  /** The charts of the growth page, in page order. */
  charts: readonly ChartId[];
}

export interface RouteSearch {
  /** The route's pattern (src/domain/routes.ts). */
  path: RoutePattern;
  /** Each owns its own keys; together they are everything the route reads from the address. */
  parsers: readonly SearchParser[];
}

export function routeSearches(context: RouteSearchContext): RouteSearch[] {
  // Keyed by every route: a page added to src/domain/routes.ts and not here fails the type check.
  const parsers: Record<RoutePattern, readonly SearchParser[]> = {
    '/': [GLOBAL_SEARCH],
    '/growth': [GLOBAL_SEARCH, chartViewSearch(context.charts)],
    '/exporters': [GLOBAL_SEARCH, tableSearch(context.exporters)],
    '/exporters/:id': [GLOBAL_SEARCH],
    '/bases': [GLOBAL_SEARCH, tableSearch(context.bases)],
    '/bases/:id': [GLOBAL_SEARCH],
    '/sources': [GLOBAL_SEARCH],
    '/present': [GLOBAL_SEARCH, deckSearch(context.catalog), AUTO_SEARCH, VIEW_SEARCH],
  };
  return ROUTES.map((path) => ({ path, parsers: parsers[path] }));
}
