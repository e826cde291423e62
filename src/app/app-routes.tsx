import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ComingPage } from '../components/coming-page';
import { Layout } from './layout';
import { NotFound } from './route-error';

// Each page is its own chunk, loaded when first shown.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const ExportersPage = lazy(() =>
  import('../features/exporters/exporters-page').then((m) => ({ default: m.ExportersPage })),
);
const SourcesPage = lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })));
const GrowthPage = lazy(() => import('../features/growth/growth-page').then((m) => ({ default: m.GrowthPage })));
const BasesPage = lazy(() => import('../features/bases/bases-page').then((m) => ({ default: m.BasesPage })));
const BaseDetailPage = lazy(() =>
  import('../features/bases/base-detail-page').then((m) => ({ default: m.BaseDetailPage })),
);
const ExporterDetailPage = lazy(() =>
  import('../features/exporters/exporter-detail-page').then((m) => ({ default: m.ExporterDetailPage })),
);

/** Routes only compose: each page comes from its feature. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="growth" element={<GrowthPage />} />
        <Route path="exporters" element={<ExportersPage />} />
        <Route path="exporters/:id" element={<ExporterDetailPage />} />
        <Route path="bases" element={<BasesPage />} />
        <Route path="bases/:id" element={<BaseDetailPage />} />
        <Route path="present" element={<ComingPage section="present" />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
