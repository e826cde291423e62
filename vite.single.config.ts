import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dataset } from './src/data/dataset/index.ts';
import { validateDatasetPlugin } from './scripts/validate-dataset.ts';
import { CSP_PLACEHOLDER, SINGLE_DIR, SINGLE_FILE_NAME } from './scripts/single-file.mjs';

/*
 * The whole dashboard as one HTML file that opens from a USB stick (file://), run by
 * scripts/build-single.mjs, which then writes the file's Content-Security-Policy. The same
 * code as the hosted site (vite.config.ts), built with __SINGLE_FILE__ true: routes on the hash
 * (src/components/app-address.ts), no service worker, the import on the page. Every script,
 * style and lazy chunk is inlined (vite-plugin-singlefile), public/boot.js and the logo too;
 * there is no prerender, no manifest and no public folder: the file is all there is.
 */

const BUILD_ID = new Date().toISOString();
const source = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8').trim();
const LOGO = `data:image/svg+xml,${encodeURIComponent(source('public/favicon.svg'))}`;

/**
 * Before Vite reads index.html: public/boot.js written into the page (it runs before the first
 * paint, as on the hosted site), the icon as a data: URL, and the hosted site's policy, which
 * names 'self', set aside: scripts/build-single.mjs writes the file's own, with the hashes of
 * the inline code, once the code is final.
 */
function inlinePublicFiles(): Plugin {
  return {
    name: 'single-file-public',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const boot = /<script src="[^"]*boot\.js"><\/script>/;
        const icon = /<link rel="icon" href="[^"]*"/;
        const policy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*"/;
        if (!boot.test(html) || !icon.test(html) || !policy.test(html))
          throw new Error('index.html has no boot.js script, icon or Content-Security-Policy to replace');
        const code = source('public/boot.js');
        if (/<\/script|<!--/i.test(code)) throw new Error('public/boot.js holds text that would end an inline script');
        return html
          .replace(boot, () => `<script>${code}</script>`)
          .replace(icon, `<link rel="icon" href="${LOGO}"`)
          .replace(policy, `$1${CSP_PLACEHOLDER}"`)
          .replace(
            /<!--\s*Nothing runs but the site's own files[\s\S]*?-->/,
            '<!-- One file is the whole dashboard: its inline code runs by hash, and nothing is requested (scripts/single-file.mjs). -->',
          );
      },
    },
  };
}

export default defineConfig({
  // import.meta.env.MODE; NODE_ENV stays "production" (React's production build).
  mode: 'single',
  base: './',
  publicDir: false,
  define: {
    __BUILD_ID__: JSON.stringify(BUILD_ID),
    __SINGLE_FILE__: 'true',
    __SINGLE_FILE_LOGO__: JSON.stringify(LOGO),
  },
  resolve: {
    // The import runs on the page (src/api/import-file.ts): the worker's module stays out, or
    // the build would bundle the worker as a file of its own.
    alias: [
      {
        find: /^\.\/import-worker-start$/,
        replacement: fileURLToPath(new URL('src/api/import-worker-none.ts', import.meta.url)),
      },
    ],
  },
  plugins: [
    validateDatasetPlugin(dataset),
    react(),
    inlinePublicFiles(),
    // Its recommended settings: one chunk with every dynamic import inlined (Rolldown's
    // codeSplitting: false), one stylesheet, every asset inlined.
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
  ],
  build: {
    target: 'es2022',
    outDir: SINGLE_DIR,
    emptyOutDir: true,
    sourcemap: false,
    // Nothing to preload: the polyfill would only add code that fetches.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
