/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { dataset } from './src/data/dataset/index.ts';
import { prerenderedFile, prerenderedPaths } from './src/domain/pages.ts';
import { validateDatasetPlugin } from './scripts/validate-dataset.ts';

const FRAMEWORK =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query)|i18next|react-i18next|use-sync-external-store)[\\/]/;

const EXPORTER_FILE = /[\\/]src[\\/]domain[\\/](exporter-rows|exporter-file[\\/](facets|period-text))\.ts$/;

const CHART_MODEL =
  /[\\/]src[\\/](domain[\\/](chart-series|published-series|chart-text)|components[\\/]chart-model)\.ts$/;

const SHELL =
  /[\\/]src[\\/](components[\\/](use-hydrated|use-page-title|tier-badge|use-in-view|headline-cards|storage|use-theme|app-link)|api[\\/]catalog|data[\\/]dataset-error)\.tsx?$/;

// One id per build: the app tells a returning visitor, quietly, that it was updated.
const BUILD_ID = new Date().toISOString();

// BASE_PATH lets the build be served from a sub-path (e.g. /dashboard/) on a static host.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  // __SINGLE_FILE__ is true in vite.single.config.ts only (the one-file build for file://).
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID), __SINGLE_FILE__: 'false' },
  plugins: [
    // pptxgenjs asks for Node's `require('sizeof')`, and JSZip's browser build for a `require`
    // of its own bundler, only where one exists: a browser has none, and the bundler's require
    // shim would otherwise land in the runtime chunk every page loads.
    {
      name: 'no-require-in-the-browser',
      transform(code, id) {
        const rules: [RegExp, string][] = [
          [/[\\/]pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/, "typeof require !== 'undefined' ? require('sizeof') : null"],
          [/[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/, '"function"==typeof require&&require'],
        ];
        const rule = rules.find(([file]) => file.test(id));
        if (!rule) return undefined;
        if (!code.includes(rule[1])) this.error(`${id} changed: check its require before upgrading`);
        return code.replaceAll(rule[1], 'null');
      },
    },
    // The app trusts the dataset it bundles: the build checks it, and stops naming every problem.
    validateDatasetPlugin(dataset),
    react(),
    // The dev server injects inline code (React Refresh, CSS hot reload) that the build's
    // Content-Security-Policy refuses: in dev only, the policy tag goes.
    {
      name: 'csp-in-build-only',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
    },
    // Offline after one visit: a service worker precaches the whole build. It never takes over
    // an open page (no skipWaiting): a new version waits for the next visit, so nothing changes
    // in the middle of a presentation. Registered by main.tsx, not by an inline script (CSP).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // The prerendered pages are written after Vite's build: listed here by hand.
        additionalManifestEntries: prerenderedPaths(dataset)
          .filter((path) => path !== '/')
          .map((path) => ({ url: prerenderedFile(path), revision: BUILD_ID })),
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  // The import worker is a module worker, so that its own dynamic import stays one: SheetJS
  // (130 KB gzip) loads for a workbook only, not for every CSV import. The default (iife)
  // would inline it into the worker.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet for the whole app (about 5.5 KB gzip), linked by every page: the per-route sheets
    // (5 to 8 small render-blocking requests a page) moved Lighthouse's simulated LCP from 0.9 s to 2-3 s.
    cssCodeSplit: false,
    // scripts/prerender.mjs reads it to link each page's CSS into its HTML.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Every page needs these: one chunk, rather than the handful of small ones automatic
          // splitting makes once the lazy chart chunk shares React with the entry.
          groups: [
            { name: 'framework', test: FRAMEWORK },
            // Small modules the first view needs anyway: one chunk instead of six tiny ones.
            { name: 'shell', test: SHELL },
            // The exporters table's rows and facets, shared by the page and the import: one chunk,
            // so that the address book of chunks every page loads stays short. The CSV writer on
            // its own: the charts' downloads load it without the rest.
            { name: 'csv', test: /[\\/]src[\\/]domain[\\/]csv\.ts$/ },
            { name: 'exporter-file', test: EXPORTER_FILE },
            // The charts' model and frame, one chunk each, as every chart page loads them: the
            // deck's lazily loaded PowerPoint model and presenter view use parts of them, which
            // would otherwise split them into several smaller chunks on every chart page.
            { name: 'chart-model', test: CHART_MODEL },
            { name: 'published-break', test: /[\\/]src[\\/](components|domain)[\\/]published-break\.tsx?$/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // The property tests run thousands of cases: on a busy 2-core machine one takes several seconds.
    testTimeout: 30_000,
  },
});
