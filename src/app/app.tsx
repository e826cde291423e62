import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter, HashRouter } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { AppRoutes } from './app-routes';
import { Providers } from './providers';
import { RootError } from './root-error';

/** Router basename from the build's base path, so the app can live under /some/path/. */
export const basename = __SINGLE_FILE__ ? '/' : import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function App({ client, i18n }: { client: QueryClient; i18n: I18n }) {
  return (
    <ErrorBoundary fallback={() => <RootError />}>
      <Providers client={client} i18n={i18n}>
        {/* The single file, opened from file://, routes on the hash (components/app-address.ts). */}
        {__SINGLE_FILE__ ? (
          <HashRouter>
            <AppRoutes />
          </HashRouter>
        ) : (
          <BrowserRouter basename={basename}>
            <AppRoutes />
          </BrowserRouter>
        )}
      </Providers>
    </ErrorBoundary>
  );
}
