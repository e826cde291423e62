import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { catalogQuery } from '../api/catalog';
import type { Dataset } from '../data/schema';
import { displayName } from '../domain/figures';
import { entityPath, FIXED_PAGES, prerenderedFile, prerenderedPaths } from '../domain/pages';
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
  /** Where the build writes it: index.html for the root, growth.html for /growth, exporters/netease.html. */
  file: string;
  /** The <title> the page sets once running, so the static HTML has it too. */
  title: string;
}

const i18n = createI18n('en');
const app = i18n.t('app.name');

/** The title each fixed page sets once running (see usePageTitle). */
const FIXED_TITLES: Record<(typeof FIXED_PAGES)[number], string> = {
  '/': i18n.t('nav.overview'),
  '/growth': i18n.t('growth.title'),
  '/exporters': i18n.t('exporters.title'),
  '/bases': i18n.t('nav.bases'),
  '/sources': i18n.t('nav.sources'),
  '/present': i18n.t('present.title'),
};

function titleOf(dataset: Dataset, path: string): string {
  const fixed = (FIXED_PAGES as readonly string[]).includes(path)
    ? FIXED_TITLES[path as (typeof FIXED_PAGES)[number]]
    : undefined;
  const entity = dataset.entities.find((e) => entityPath(e) === path);
  const title = fixed ?? (entity ? displayName(entity.name, 'en').text : undefined);
  if (title === undefined) throw new Error(`no title for the prerendered page ${path}`);
  return `${title} · ${app}`;
}

/** Every page the build writes (the dataset is imported here as the app does, lazily). */
export async function prerenderedPages(): Promise<PrerenderedPage[]> {
  const { dataset } = await import('../data/dataset');
  return prerenderedPaths(dataset).map((path) => ({
    path,
    file: prerenderedFile(path),
    title: titleOf(dataset, path),
  }));
}

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
    // Every boundary in place: React otherwise moves a large one (over 12.8 KB) to the end of
    // the page with an inline script to swap it in, which the Content-Security-Policy forbids
    // and which lays out the whole page twice.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  if (/<script|<template/i.test(html)) throw new Error(`the prerendered ${path} has a <script> or <template> in it`);
  return html;
}
