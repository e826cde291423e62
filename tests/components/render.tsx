import type { ReactElement, ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, type RenderResult } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { onTestFinished } from 'vitest';
import { catalogQuery } from '../../src/api/catalog';
import { AppRoutes } from '../../src/app/app-routes';
import { SettingsProvider } from '../../src/components/settings-provider';
import { createI18n } from '../../src/app/i18n';
import { zh } from '../../src/app/i18n/zh';
import { Providers } from '../../src/app/providers';
import { validateDataset } from '../../src/data/schema';
import { buildCatalog, type Catalog } from '../../src/domain/figures';
import { dataset } from '../../src/data/dataset';

/*
 * Renders with the app's own providers (React Query, i18next) and a memory router, so a
 * component sees exactly what it sees in the browser: the language and currency come from
 * the address, the figures from the query cache.
 */

// jsdom draws nothing, so it has no scrollIntoView; the sources page calls it for #anchors.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}

/** The catalog the app builds from the real dataset, as the loader would return it. */
export function realCatalog(): Catalog {
  return buildCatalog(validateDataset(structuredClone(dataset)));
}

export interface RenderOptions {
  /** Put these figures in the cache, as if they had already loaded. */
  catalog?: Catalog;
  /**
   * Replace the loader (e.g. one that validates a broken dataset and throws its DatasetError).
   * The hooks pass catalogQuery's own queryFn, which wins over any query defaults, so the
   * loader is swapped on catalogQuery itself for the length of the test.
   */
  queryFn?: () => Promise<Catalog>;
}

export interface Rendered extends RenderResult {
  client: QueryClient;
}

function newClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

function prepare({ catalog, queryFn }: RenderOptions): QueryClient {
  const client = newClient();
  if (catalog) client.setQueryData(catalogQuery.queryKey, catalog);
  if (queryFn) {
    const original = catalogQuery.queryFn;
    catalogQuery.queryFn = queryFn;
    onTestFinished(() => {
      catalogQuery.queryFn = original;
    });
  }
  return client;
}

const LOCATION_TEST_ID = 'location';

/** Writes the router's current address into a hidden element, for tests to read back. */
export function LocationProbe() {
  const { pathname, search, hash } = useLocation();
  return (
    <span hidden data-testid={LOCATION_TEST_ID}>
      {`${pathname}${search}${hash}`}
    </span>
  );
}

/** Lazy pages compile and load on first use, which can take a while in a cold test run. */
export const PAGE_TIMEOUT = 5000;

/** The page's h1 once its lazy chunk has loaded. */
export function findPageHeading(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name }, { timeout: PAGE_TIMEOUT });
}

/** The address the app is at now, as a URL (pathname, searchParams, hash). */
export function currentLocation(): URL {
  const text = screen.getByTestId(LOCATION_TEST_ID).textContent;
  return new URL(text, 'http://localhost');
}

function Shell({ client, path, children }: { client: QueryClient; path: string; children: ReactNode }) {
  return (
    <Providers client={client} i18n={createI18n('en', { zh })}>
      <MemoryRouter initialEntries={[path]}>
        <SettingsProvider>{children}</SettingsProvider>
        <LocationProbe />
      </MemoryRouter>
    </Providers>
  );
}

/** The whole app (layout, header, routes) at `path`. */
export function renderApp(path = '/', options: RenderOptions = {}): Rendered {
  const client = prepare(options);
  const result = render(
    <Shell client={client} path={path}>
      <AppRoutes />
    </Shell>,
  );
  return { ...result, client };
}

/** One component (or a small tree) inside the same providers and a router at `path`. */
export function renderWithProviders(
  ui: ReactElement,
  { path = '/', ...options }: RenderOptions & { path?: string } = {},
) {
  const client = prepare(options);
  const result = render(
    <Shell client={client} path={path}>
      {ui}
    </Shell>,
  );
  return { ...result, client };
}
