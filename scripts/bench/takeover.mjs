// Two page figures measured in Chromium through Playwright, beside Lighthouse:
// - how long until the app has taken the page over (the mark of src/app/taken-over.tsx, which
//   the reference page sets too), on a phone-sized page with the CPU slowed 4x as Lighthouse's
//   mobile preset does, cold each time (a new context, no service worker);
// - with JavaScript disabled, how many of a page's chart places hold a drawn chart (an <svg>).
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { median, onCleanup, progress, round } from './common.mjs';
import { PHONE } from './pages.mjs';
import { TAKEN_OVER_MARK } from './reference.mjs';

const CPU_SLOWDOWN = 4;
/** Where a chart is drawn (src/components/chart-frame.tsx). */
const CHART_PLACE = '.chart-canvas';

async function launch() {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  return browser;
}

/** Milliseconds from navigation start to the take-over mark, once, cold. */
async function takenOverOnce(browser, url) {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      TAKEN_OVER_MARK,
      { timeout: 30_000, polling: 100 },
    );
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

/** The median time to take over each page, over `runs` rounds (each round visits every page). */
export async function takenOverAll(pages, runs) {
  const browser = await launch();
  const times = new Map(pages.map((p) => [p.key, []]));
  for (let r = 1; r <= runs; r++) {
    for (const p of pages) {
      const ms = await takenOverOnce(browser, p.url);
      times.get(p.key).push(ms);
      progress(`taken over ${r}/${runs} ${p.key}: ${Math.round(ms)} ms (CPU ${CPU_SLOWDOWN}x slower)`);
    }
  }
  await browser.close();
  return Object.fromEntries([...times].map(([key, list]) => [key, { ms: round(median(list), 0), runs: list }]));
}

/**
 * With JavaScript disabled: the chart places in the page's HTML, and how many of them hold a
 * drawn chart. A page passes when every place holds one.
 */
export async function chartsWithoutScript(pages) {
  const browser = await launch();
  const out = {};
  for (const p of pages) {
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(p.url, { waitUntil: 'load' });
      const places = await page.locator(CHART_PLACE).count();
      const drawn = await page.locator(`${CHART_PLACE} svg.recharts-surface`).count();
      out[p.key] = { places, drawn };
      progress(`charts in the HTML of ${p.key}, JavaScript disabled: ${drawn} drawn of ${places} places`);
    } finally {
      await context.close();
    }
  }
  await browser.close();
  return out;
}
