import type { ChartId } from './chart-series';
import { chartViewSearch } from './chart-params';
import type { Catalog } from './figures';
import { GLOBAL_SEARCH } from './params';
import type { SearchParser } from './search-schema';
import { AUTO_SEARCH, deckSearch } from './slides';
import { tableSearch, type TableParamSpec } from './table-params';

/*
 * Every route with the parsers that read its address, so one test can throw the same hostile
 * addresses at all of them. The pages call these parsers through parseGlobalParams,
 * parseTableParams, parseChartViews, parseDeck and parseAuto; a page that starts reading a
 * new key belongs here too.
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
  /** The route's pattern, as in the app's routes. */
  path: string;
  /** Each owns its own keys; together they are everything the route reads from the address. */
  parsers: readonly SearchParser[];
}

export function routeSearches(context: RouteSearchContext): RouteSearch[] {
  return [
    { path: '/', parsers: [GLOBAL_SEARCH] },
    { path: '/growth', parsers: [GLOBAL_SEARCH, chartViewSearch(context.charts)] },
    { path: '/exporters', parsers: [GLOBAL_SEARCH, tableSearch(context.exporters)] },
    { path: '/exporters/:id', parsers: [GLOBAL_SEARCH] },
    { path: '/bases', parsers: [GLOBAL_SEARCH, tableSearch(context.bases)] },
    { path: '/bases/:id', parsers: [GLOBAL_SEARCH] },
    { path: '/sources', parsers: [GLOBAL_SEARCH] },
    { path: '/present', parsers: [GLOBAL_SEARCH, deckSearch(context.catalog), AUTO_SEARCH] },
  ];
}
