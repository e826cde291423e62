import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { matchPath, StaticRouter } from 'react-router';
import { catalogQuery } from '../api/catalog';
import type { Dataset } from '../data/schema';
import { displayName } from '../domain/figures';
import { entityPath, prerenderedFile, prerenderedPaths } from '../domain/pages';
import { ROUTES, type FixedRoute, type RoutePattern } from '../domain/routes';
import type { TFunction } from 'i18next';
import type { Lang } from '../domain/format';
import { AppRoutes } from './app-routes';
import { createI18n, loadStrings, STRINGS_PARTS } from './i18n';
import { Providers } from './providers';

/*
 * Build-time only: pages as static HTML, in English and in Chinese, so their text paints before
 * any JavaScript has run. The browser then hydrates a page (see main.tsx), or, for another page
 * or view, hides it and draws afresh (see public/boot.js).
 */

export interface PrerenderedPage {
  /** The address the page answers. */
  path: string;
  /** Where the build writes it: index.html for the root, growth.html for /growth, exporters/netease.html. */
  file: string;
  /** The <title> the page sets once running, in each language, so the static HTML has it too. */
  titles: Record<Lang, string>;
  /** The source module of the page's chunk, as Vite's manifest names it: its CSS is linked into the HTML. */
  module: string;
}

/** Each page's module, as app-routes.tsx loads it (the prerender fails if one is not in the build). */
const PAGE_MODULES: Record<RoutePattern, string> = {
  '/': 'src/features/overview/overview-page.tsx',
  '/growth': 'src/features/growth/growth-page.tsx',
  '/exporters': 'src/features/exporters/exporters-page.tsx',
  '/exporters/:id': 'src/features/exporters/exporter-detail-page.tsx',
  '/bases': 'src/features/bases/bases-page.tsx',
  '/bases/:id': 'src/features/bases/base-detail-page.tsx',
  '/sources': 'src/features/sources/sources-page.tsx',
  '/present': 'src/features/present/present-page.tsx',
};

function moduleOf(path: string): string {
  const route = ROUTES.find((pattern) => matchPath(pattern, path));
  if (!route) throw new Error(`no route answers the prerendered page ${path}`);
  return PAGE_MODULES[route];
}

/**
 * The strings of a language, with every page's own part (which the app loads with the page's
 * chunk): the titles below name every page, and a page renders with its part in place.
 */
async function strings(lang: Lang) {
  const i18n = createI18n(lang);
  if (lang !== 'en') await i18n.loadLanguages(lang);
  await Promise.all(STRINGS_PARTS.map(loadStrings));
  return i18n;
}

/** The title a page sets once running (see usePageTitle). */
function titleOf(dataset: Dataset, path: string, lang: Lang, t: TFunction): string {
  const fixed: Record<FixedRoute, string> = {
    '/': t('nav.overview'),
    '/growth': t('growth.title'),
    '/exporters': t('exporters.title'),
    '/bases': t('nav.bases'),
    '/sources': t('nav.sources'),
    '/present': t('present.title'),
  };
  const entity = dataset.entities.find((e) => entityPath(e) === path);
  const title = Object.hasOwn(fixed, path) ? fixed[path as FixedRoute] : entity && displayName(entity.name, lang).text;
  if (title === undefined) throw new Error(`no title for the prerendered page ${path}`);
  return `${title} · ${t('app.name')}`;
}

/** Every page the build writes (the dataset is imported here as the app does, lazily). */
export async function prerenderedPages(): Promise<PrerenderedPage[]> {
  const { dataset } = await import('../data/dataset');
  const t = { en: (await strings('en')).t, zh: (await strings('zh')).t };
  return prerenderedPaths(dataset).map((path) => ({
    path,
    file: prerenderedFile(path),
    titles: { en: titleOf(dataset, path, 'en', t.en), zh: titleOf(dataset, path, 'zh', t.zh) },
    module: moduleOf(path),
  }));
}

export async function render(path: string, lang: Lang): Promise<string> {
  const client = new QueryClient();
  await client.prefetchQuery(catalogQuery);
  const { prelude } = await prerender(
    <Providers client={client} i18n={await strings(lang)}>
      {/* Rendered as the address the app settles on, so that links carry ?lang= like the live page. */}
      <StaticRouter location={`${path}?lang=${lang}`}>
        <AppRoutes />
      </StaticRouter>
    </Providers>,
    // Every boundary in place: React otherwise moves a large one (over 12.8 KB) to the end of
    // the page with an inline script to swap it in, which the Content-Security-Policy forbids
    // and which lays out the whole page twice.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  if (/<script|<template/i.test(html))
    throw new Error(`the prerendered ${path} (${lang}) has a <script> or <template> in it`);
  return html;
}
