import { lazy, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { SettingsProvider } from '../components/settings-provider';
import { ROUTES, type RoutePattern } from '../domain/routes';
import { loadStrings, type StringsPart } from './i18n';
import { Layout } from './layout';
import { NotFound } from './route-error';

type PageModule = Promise<{ default: ComponentType }>;

/** A page whose own strings load alongside its chunk: it renders once both are in. */
function withStrings(part: StringsPart, page: PageModule): PageModule {
  return Promise.all([page, loadStrings(part)]).then(([m]) => m);
}

// Each page is its own chunk, loaded when first shown (or earlier: see preloadRoute). Keyed by
// src/domain/routes.ts: a page added there and not here fails the type check.
const pages: Record<RoutePattern, () => PageModule> = {
  '/': () => import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
  '/growth': () =>
    withStrings(
      'growth',
      import('../features/growth/growth-page').then((m) => ({ default: m.GrowthPage })),
    ),
  '/exporters': () =>
    withStrings(
      'exporters',
      import('../features/exporters/exporters-page').then((m) => ({ default: m.ExportersPage })),
    ),
  '/exporters/:id': () =>
    import('../features/exporters/exporter-detail-page').then((m) => ({ default: m.ExporterDetailPage })),
  '/bases': () => import('../features/bases/bases-page').then((m) => ({ default: m.BasesPage })),
  '/bases/:id': () => import('../features/bases/base-detail-page').then((m) => ({ default: m.BaseDetailPage })),
  '/sources': () => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })),
  '/present': () =>
    withStrings(
      'present',
      import('../features/present/present-page').then((m) => ({ default: m.PresentPage })),
    ),
};
const lazyPages = {} as Record<RoutePattern, ComponentType>;
for (const route of ROUTES) lazyPages[route] = lazy(pages[route]);

/**
 * Starts loading the chunk of the page at this path (relative to the router's basename) at
 * once, alongside the figures and the language, instead of after the first render asks for it.
 * A failure is left for the page itself to meet and report.
 */
export function preloadRoute(pathname: string): void {
  const hit = ROUTES.find((route) => matchPath(route, pathname));
  if (hit) pages[hit]().catch(() => undefined);
}

/** Routes only compose: each page comes from its feature. */
export function AppRoutes() {
  return (
    <SettingsProvider>
      <Routes>
        <Route element={<Layout />}>
          {ROUTES.map((route) => {
            const Page = lazyPages[route];
            return route === '/' ? (
              <Route key={route} index element={<Page />} />
            ) : (
              <Route key={route} path={route.slice(1)} element={<Page />} />
            );
          })}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </SettingsProvider>
  );
}
