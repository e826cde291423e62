import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from '../api/catalog';
import { AppLink } from '../components/app-link';
import { Loading } from '../components/loading';
import { useT } from '../components/use-settings';
import { formatDate } from '../domain/format';
import { Header } from './header';
import { UrlGuard } from './url-guard';
import { RouteError } from './route-error';

function Footer() {
  const { t, lang } = useT();
  // The footer never suspends: it shows the date once the figures are in.
  const { data } = useQuery(catalogQuery);
  return (
    <footer className="site-footer">
      {data && <p>{t('app.footer', { date: formatDate(data.dataset.asOf, lang) })}</p>}
      <p>
        <AppLink to="/sources">{t('app.footerSources')}</AppLink>
      </p>
    </footer>
  );
}

export function Layout() {
  const { t } = useT();
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <UrlGuard />
      <main id="main" tabIndex={-1}>
        {/* Keyed by path: an error on one page does not follow the reader to the next. */}
        <ErrorBoundary key={pathname} fallback={(error) => <RouteError error={error} />}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}
