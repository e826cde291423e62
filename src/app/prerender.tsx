import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { catalogQuery } from '../api/catalog';
import { AppRoutes } from './app-routes';
import { createI18n } from './i18n';
import { Providers } from './providers';

/*
 * Build-time only: pages in English as static HTML, so their text paints before any
 * JavaScript has run. The browser then hydrates a page (see main.tsx), or, for another page,
 * language or view, hides it and draws afresh (see public/boot.js).
 */

export interface PrerenderedPage {
  /** The address the page answers. */
  path: string;
  /** Where the build writes it: index.html for the root, growth.html for /growth. */
  file: string;
  /** The <title> the page sets once running, so the static HTML has it too. */
  title: string;
}

const i18n = createI18n('en');
const app = i18n.t('app.name');

export const PRERENDERED: readonly PrerenderedPage[] = [
  { path: '/', file: 'index.html', title: `${i18n.t('nav.overview')} · ${app}` },
  { path: '/growth', file: 'growth.html', title: `${i18n.t('growth.title')} · ${app}` },
  { path: '/present', file: 'present.html', title: `${i18n.t('present.title')} · ${app}` },
];

export async function render(path: string): Promise<string> {
  const client = new QueryClient();
  await client.prefetchQuery(catalogQuery);
  const { prelude } = await prerender(
    <Providers client={client} i18n={createI18n('en')}>
      {/* Rendered as the address the app settles on, so that links carry ?lang=en like the live page. */}
      <StaticRouter location={`${path}?lang=en`}>
        <AppRoutes />
      </StaticRouter>
    </Providers>,
  );
  return new Response(prelude).text();
}
