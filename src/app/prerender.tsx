import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { catalogQuery } from '../api/catalog';
import { AppRoutes } from './app-routes';
import { createI18n } from './i18n';
import { Providers } from './providers';

/*
 * Build-time only: the overview in English as static HTML, so the figures paint before any
 * JavaScript has run. The browser then hydrates it (see main.tsx), or, for another page or
 * language, hides it and draws afresh (see public/boot.js).
 */

export const PRERENDERED_PATH = '/';
// Rendered as the address the app settles on, so that links carry ?lang=en like the live page.
const PRERENDERED_LOCATION = `${PRERENDERED_PATH}?lang=en`;

export async function render(): Promise<string> {
  const client = new QueryClient();
  await client.prefetchQuery(catalogQuery);
  const { prelude } = await prerender(
    <Providers client={client} i18n={createI18n('en')}>
      <StaticRouter location={PRERENDERED_LOCATION}>
        <AppRoutes />
      </StaticRouter>
    </Providers>,
  );
  return new Response(prelude).text();
}
