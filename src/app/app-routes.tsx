import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ComingPage } from '../components/coming-page';
import { Layout } from './layout';
import { NotFound } from './route-error';

// Each page is its own chunk, loaded when first shown.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const SourcesPage = lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })));

/** Routes only compose: each page comes from its feature. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="growth" element={<ComingPage section="growth" />} />
        <Route path="exporters" element={<ComingPage section="exporters" />} />
        <Route path="bases" element={<ComingPage section="bases" />} />
        <Route path="present" element={<ComingPage section="present" />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
