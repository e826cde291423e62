// Writes the prerendered pages into dist/ (run after both builds; see package.json):
// the overview into index.html, /growth into growth.html, /exporters/netease into
// exporters/netease.html: every page src/domain/pages.ts lists. Each file holds the page in
// English, and in Chinese inside a <template> that public/boot.js puts in its place for a
// Chinese visit (one address answers both languages, so one file has to).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

const dist = resolve('dist');
const ssrDir = resolve('.ssr');
const { render, prerenderedPages } = await import(pathToFileURL(resolve(ssrDir, 'prerender.js')).href);

let template = await readFile(resolve(dist, 'index.html'), 'utf8');
const marker = '<div id="root"></div>';
if (!template.includes(marker)) throw new Error(`dist/index.html has no ${marker} to fill`);

// The text is in the HTML, so the app's JavaScript need not hold up the first paint:
// public/boot.js loads it once the page has painted. Vite's tags become two meta tags.
const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(template);
if (!entry) throw new Error('dist/index.html has no module entry script');
const preloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
template = template.replace(entry[0], '');
for (const p of preloads) template = template.replace(p[0], '');
const bootTag = /<script src="[^"]*boot\.js"><\/script>/.exec(template);
if (!bootTag) throw new Error('dist/index.html has no boot.js script');
// Vite puts the stylesheet last in <head>, after boot.js: its request then waited for boot.js,
// and the browser laid the page out once without styles and once again with them (about 100 ms
// of a slow phone). Before boot.js, it is requested at once.
const styles = [...template.matchAll(/<link rel="stylesheet"[^>]*>\s*/g)];
for (const l of styles) template = template.replace(l[0], '');
template = template.replace(bootTag[0], `${styles.map((l) => l[0].trim()).join('\n    ')}\n    ${bootTag[0]}`);

// Each page links the CSS of its own chunk and of the chunks that chunk imports (Vite's manifest
// names them), after the entry's: the prerendered page is styled before any JavaScript runs,
// and when the app takes over, Vite finds the sheets already linked and does not load them again.
const manifestFile = resolve(dist, '.vite/manifest.json');
const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
const base = /<html[^>]* data-base="([^"]*)"/.exec(template)?.[1] ?? '/';
const linked = new Set(styles.map((l) => /href="([^"]+)"/.exec(l[0])?.[1]));
function pageStyles(module) {
  if (!manifest[module])
    throw new Error(`the build has no chunk for ${module} (see PAGE_MODULES in src/app/prerender.tsx)`);
  const css = [];
  const seen = new Set();
  // The page's chunk and what it imports, and one level of what they load lazily: a lazy part
  // that the prerender draws (the overview's small chart) must be styled before the app runs.
  const lazy = [];
  const visit = (key, followLazy) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    for (const imported of chunk.imports ?? []) visit(imported, followLazy);
    if (followLazy) lazy.push(...(chunk.dynamicImports ?? []));
    for (const file of chunk.css ?? [])
      if (!css.includes(base + file) && !linked.has(base + file)) css.push(base + file);
  };
  visit(module, true);
  for (const key of lazy) visit(key, false);
  return css.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`);
}

/**
 * The elements a page's first paint waits for (`data-first-paint="after"`, with an id): a page
 * painted while its HTML is still arriving would otherwise move when they come (present mode's
 * bar, below 15 slides, takes room from the deck). Browsers without `rel="expect"` paint as before.
 */
function firstPaintAfter(html) {
  return [...html.matchAll(/<[^>]*\sdata-first-paint="after"[^>]*>/g)].flatMap((m) => {
    const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
    return id ? [`<link rel="expect" href="#${id}" blocking="render" />`] : [];
  });
}

const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

for (const page of await prerenderedPages()) {
  const html = await render(page.path, 'en');
  const zh = await render(page.path, 'zh');
  // Before boot.js, which reads them as it runs.
  const file = template
    .replace(
      bootTag[0],
      [...pageStyles(page.module), ...firstPaintAfter(html)].map((link) => `${link}\n    `).join('') +
        `<meta name="app-entry" content="${entry[1]}" />\n` +
        `    <meta name="app-preload" content="${preloads.map((p) => p[1]).join(' ')}" />\n` +
        `    <meta name="prerendered-path" content="${page.path}" />\n    ${bootTag[0]}`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(page.titles.en)}</title>`)
    .replace(
      marker,
      `<div id="root" data-prerendered="${page.path}">${html}</div>` +
        `<template id="prerendered-zh" data-title="${escape(page.titles.zh)}">${zh}</template>`,
    );
  await mkdir(dirname(resolve(dist, page.file)), { recursive: true });
  await writeFile(resolve(dist, page.file), file);
  console.log(
    `prerendered ${page.path} into dist/${page.file} (${(html.length / 1024).toFixed(1)} KB of HTML, ${(zh.length / 1024).toFixed(1)} KB in Chinese)`,
  );
}
await rm(ssrDir, { recursive: true, force: true });
// Read above; not a file for the site to serve.
await rm(resolve(dist, '.vite'), { recursive: true, force: true });
