// Writes the prerendered overview into dist/index.html (run after both builds; see package.json).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const dist = resolve('dist');
const ssrDir = resolve('.ssr');
const { render, PRERENDERED_PATH } = await import(pathToFileURL(resolve(ssrDir, 'prerender.js')).href);

const html = await render();
const indexPath = resolve(dist, 'index.html');
let index = await readFile(indexPath, 'utf8');
const marker = '<div id="root"></div>';
if (!index.includes(marker)) throw new Error(`dist/index.html has no ${marker} to fill`);
index = index.replace(marker, `<div id="root" data-prerendered="${PRERENDERED_PATH}">${html}</div>`);

// The figures are in the HTML now, so the app's JavaScript need not hold up the first paint:
// public/boot.js loads it once the page has painted. Vite's tags become two meta tags.
const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(index);
if (!entry) throw new Error('dist/index.html has no module entry script');
const preloads = [...index.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
index = index.replace(entry[0], '');
for (const p of preloads) index = index.replace(p[0], '');
const bootTag = /<script src="[^"]*boot\.js"><\/script>/.exec(index);
if (!bootTag) throw new Error('dist/index.html has no boot.js script');
// Before boot.js, which reads them as it runs.
index = index.replace(
  bootTag[0],
  `<meta name="app-entry" content="${entry[1]}" />\n` +
    `    <meta name="app-preload" content="${preloads.map((p) => p[1]).join(' ')}" />\n    ${bootTag[0]}`,
);
await writeFile(indexPath, index);
await rm(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${PRERENDERED_PATH} into dist/index.html (${(html.length / 1024).toFixed(1)} KB of HTML)`);
