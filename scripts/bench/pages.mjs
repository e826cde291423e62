// The page half of `npm run bench`: Lighthouse 12 (mobile preset) on every route, and the
// JavaScript each route's first view loads, measured on the served production build.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { median, onCleanup, progress, round } from './common.mjs';

/** Lighthouse's own viewport for its mobile preset (a Moto G Power). */
export const PHONE = { width: 412, height: 823 };

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * The routes measured: the fixed pages, and one detail page, the first exporter page the build
 * prerendered (so the benchmark follows the dataset rather than naming a company).
 */
export function benchRoutes(distDir) {
  const details = existsSync(resolve(distDir, 'exporters'))
    ? readdirSync(resolve(distDir, 'exporters'))
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
  const detail = details.length ? `/exporters/${details[0].replace(/\.html$/, '')}` : '/exporters/netease';
  return ['/', '/growth', '/exporters', '/bases', detail, '/present', '/sources'];
}

/** One Lighthouse run in a fresh Chromium (a cold cache and no service worker, as a first visit). */
async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  const kill = onCleanup(() => chrome.kill());
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarise(result.lhr);
  } finally {
    await kill();
  }
}

/** The figures of one run, and what Lighthouse found wrong when a category is below 100. */
function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${lhr.requestedUrl}: ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id];
  const scripts = (audit('network-requests').details?.items ?? []).filter((r) => r.resourceType === 'Script');
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const failing = {};
  for (const id of CATEGORIES) {
    const refs = lhr.categories[id].auditRefs.filter((r) => r.weight > 0);
    const below = refs
      .map((r) => audit(r.id))
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => (id === 'performance' ? `${a.title} (${a.displayValue ?? a.score})` : a.title));
    if (below.length) failing[id] = below;
  }
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: audit('first-contentful-paint').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    siMs: audit('speed-index').numericValue,
    jsTransferredKb: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    failing,
    lighthouse: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}

/**
 * Lighthouse `runs` times on every page, round by round (each round visits every page once),
 * so a slow minute of the machine falls on all pages alike rather than on one.
 */
export async function lighthouseAll(pages, runs) {
  const byPage = new Map(pages.map((p) => [p.key, []]));
  for (let r = 1; r <= runs; r++) {
    for (const p of pages) {
      const one = await lighthouseOnce(p.url);
      byPage.get(p.key).push(one);
      progress(
        `lighthouse ${r}/${runs} ${p.key}: performance ${one.perf}, accessibility ${one.a11y}, best practices ` +
          `${one.bestPractices}, LCP ${(one.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(one.tbtMs)} ms`,
      );
    }
  }
  const out = {};
  for (const [key, list] of byPage) {
    const m = (k) => median(list.map((x) => x[k]));
    // What went wrong, from the run whose performance score is the median one.
    const typical = [...list].sort((a, b) => a.perf - b.perf)[list.length >> 1];
    out[key] = {
      perf: m('perf'),
      a11y: m('a11y'),
      bestPractices: m('bestPractices'),
      fcpMs: round(m('fcpMs'), 0),
      lcpMs: round(m('lcpMs'), 0),
      tbtMs: round(m('tbtMs'), 0),
      cls: round(m('cls'), 3),
      siMs: round(m('siMs'), 0),
      jsTransferredKb: round(m('jsTransferredKb'), 1),
      perfRuns: list.map((x) => x.perf),
      failing: typical.failing,
      lighthouse: typical.lighthouse,
    };
  }
  return out;
}

/**
 * The JavaScript the first view of each page loads, at Lighthouse's phone size with nothing
 * scrolled: every script the page and its workers request until the network has been quiet
 * for a second, each compressed with gzip -9 (what a static host serves). Service workers
 * are blocked: the offline copy the app makes after load is not part of the first view.
 */
export async function firstViewAll(pages) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  const out = {};
  for (const p of pages) {
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    const origin = new URL(p.url).origin;
    const urls = new Set();
    let last = performance.now();
    const seen = (url) => {
      last = performance.now();
      const u = new URL(url);
      if (u.origin === origin && /\.m?js$/.test(u.pathname)) urls.add(u.href);
    };
    context.on('request', (request) => seen(request.url()));
    page.on('worker', (worker) => seen(worker.url()));
    await page.goto(p.url, { waitUntil: 'load' });
    const deadline = performance.now() + 15_000;
    while (performance.now() - last < 1000 && performance.now() < deadline) await page.waitForTimeout(200);
    await context.close();
    const scripts = [];
    for (const url of [...urls].sort()) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      scripts.push({ path: new URL(url).pathname, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    const gzipKb = round(scripts.reduce((s, x) => s + x.gzip, 0) / 1024, 1);
    out[p.key] = { gzipKb, scripts };
    progress(`first view of ${p.key}: ${scripts.length} scripts, ${gzipKb} KB gzip`);
  }
  return out;
}
