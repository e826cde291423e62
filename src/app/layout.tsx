import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { TakenOverMark } from './taken-over';
import { ErrorBoundary } from '../components/error-boundary';
import { useCatalog } from '../api/catalog';
import { AppLink } from '../components/app-link';
import { Loading } from '../components/loading';
import { useT } from '../components/use-settings';
import { formatDate } from '../domain/format';
import { Header } from './header';
import { UrlGuard } from './url-guard';
import { useHydrated } from '../components/use-hydrated';
import { takeUpdatedNotice } from './service-worker';
import './layout.css';

// Read once per page load: a new version says so on the first visit that runs it.
let updatedThisLoad: boolean | undefined;

/** A quiet line on the first visit after an update; never on the slides, never mid-talk. */
function UpdatedNotice() {
  const { t } = useT();
  const { pathname } = useLocation();
  const hydrated = useHydrated();
  const [dismissed, setDismissed] = useState(false);
  if (!hydrated || dismissed || pathname.endsWith('/present')) return null;
  updatedThisLoad ??= takeUpdatedNotice();
  if (!updatedThisLoad) return null;
  return (
    <div className="notice notice--quiet" role="status">
      <p>{t('app.updated')}</p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
import { RouteError } from './route-error';

function AsOf() {
  const { t, lang } = useT();
  const catalog = useCatalog();
  return <p>{t('app.footer', { date: formatDate(catalog.dataset.asOf, lang) })}</p>;
}

function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      {/* Its own boundaries: the date waits for the figures, the rest of the page does not;
          if the figures fail, the page says why and the footer just leaves the date out. */}
      <ErrorBoundary fallback={() => null}>
        <Suspense fallback={null}>
          <AsOf />
        </Suspense>
      </ErrorBoundary>
      <p>
        <AppLink to="/sources">{t('app.footerSources')}</AppLink>
      </p>
    </footer>
  );
}

export function Layout() {
  const { t } = useT();
  const { pathname } = useLocation();
  // Present mode: the header folds away and the slides take the rest of the screen (layout.css).
  const present = pathname.endsWith('/present');
  return (
    <div className="app" data-present={present ? '' : undefined}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header folds={present} />
      <UrlGuard />
      <UpdatedNotice />
      <main id="main" tabIndex={-1}>
        {/* Keyed by path: an error on one page does not follow the reader to the next. */}
        <ErrorBoundary key={pathname} fallback={(error) => <RouteError error={error} />}>
          <Suspense fallback={<Loading />}>
            <Outlet />
            {/* Figures that fail to load are the page's to report, not the mark's. */}
            <ErrorBoundary fallback={() => null}>
              <TakenOverMark />
            </ErrorBoundary>
          </Suspense>
        </ErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}
