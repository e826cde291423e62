/*
 * Every page of the app, by the pattern of its address. The one list a new page is added to:
 * the app's routes and preloads (src/app/app-routes.tsx), the address parsers
 * (src/domain/route-search.ts) and the prerendered pages (src/domain/pages.ts and the titles in
 * src/app/prerender.tsx) are records keyed by it, so TypeScript names whatever a new page lacks.
 */
export const ROUTES = [
  '/',
  '/growth',
  '/exporters',
  '/exporters/:id',
  '/bases',
  '/bases/:id',
  '/sources',
  '/present',
] as const;

export type RoutePattern = (typeof ROUTES)[number];

/** A page with a fixed address (no parameter in it): prerendered once, as it is. */
export type FixedRoute = Exclude<RoutePattern, `${string}:${string}`>;

function isFixedRoute(route: RoutePattern): route is FixedRoute {
  return !route.includes(':');
}

/** The pages with a fixed address, in the order of ROUTES. */
export const FIXED_ROUTES: readonly FixedRoute[] = ROUTES.filter(isFixedRoute);
