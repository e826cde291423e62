import { lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { SettingsProvider } from '../components/settings-provider';
import { Layout } from './layout';
import { NotFound } from './route-error';

// Each page is its own chunk, loaded when first shown (or earlier: see preloadRoute).
const pages = {
  overview: () => import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
  exporters: () => import('../features/exporters/exporters-page').then((m) => ({ default: m.ExportersPage })),
  exporter: () => import('../features/exporters/exporter-detail-page').then((m) => ({ default: m.ExporterDetailPage })),
  sources: () => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })),
  growth: () => import('../features/growth/growth-page').then((m) => ({ default: m.GrowthPage })),
  bases: () => import('../features/bases/bases-page').then((m) => ({ default: m.BasesPage })),
  base: () => import('../features/bases/base-detail-page').then((m) => ({ default: m.BaseDetailPage })),
  present: () => import('../features/present/present-page').then((m) => ({ default: m.PresentPage })),
};
const OverviewPage = lazy(pages.overview);
const ExportersPage = lazy(pages.exporters);
const ExporterDetailPage = lazy(pages.exporter);
const SourcesPage = lazy(pages.sources);
const GrowthPage = lazy(pages.growth);
const BasesPage = lazy(pages.bases);
const BaseDetailPage = lazy(pages.base);
const PresentPage = lazy(pages.present);

const PRELOADS: readonly (readonly [string, () => Promise<unknown>])[] = [
  ['/', pages.overview],
  ['/growth', pages.growth],
  ['/exporters', pages.exporters],
  ['/exporters/:id', pages.exporter],
  ['/bases', pages.bases],
  ['/bases/:id', pages.base],
  ['/sources', pages.sources],
  ['/present', pages.present],
];

/**
 * Starts loading the chunk of the page at this path (relative to the router's basename) at
 * once, alongside the figures and the language, instead of after the first render asks for it.
 * A failure is left for the page itself to meet and report.
 */
export function preloadRoute(pathname: string): void {
  const hit = PRELOADS.find(([pattern]) => matchPath(pattern, pathname));
  hit?.[1]().catch(() => undefined);
}

/** Routes only compose: each page comes from its feature. */
export function AppRoutes() {
  return (
    <SettingsProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<OverviewPage />} />
          <Route path="sources" element={<SourcesPage />} />
          <Route path="growth" element={<GrowthPage />} />
          <Route path="exporters" element={<ExportersPage />} />
          <Route path="exporters/:id" element={<ExporterDetailPage />} />
          <Route path="bases" element={<BasesPage />} />
          <Route path="bases/:id" element={<BaseDetailPage />} />
          <Route path="present" element={<PresentPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </SettingsProvider>
  );
}
