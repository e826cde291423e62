// The list half of `npm run bench`: the design's budgets for long imported lists.
//
// 1. in Node: queryIndex (src/domain/row-index.ts) against the same filter as a plain loop, over
//    10,000 and 100,000 synthetic rows (seeded: scripts/synthetic.mjs);
// 2. in Chromium: imports each list through the page's file input, then times keystroke to
//    painted table in the search box, and reads the JS heap.
// With `profile` (or when the keystroke budget is missed) it also says where the main thread's
// time goes while typing.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { generateExporters } from '../synthetic.mjs';
import { median, onCleanup, progress, round, run, viteBin } from './common.mjs';

export const SIZES = [10_000, 100_000];
const SEED = 42;
const RUNS = 20;
export const LIST_BUDGETS = { ratio: 2, keystrokeMs: 50, heapMb: 150 };
const BUDGET = LIST_BUDGETS;

// Every keystroke must change the shown count, or there is no repaint to wait for: names are
// numbered from 00000, so each digit typed narrows the list and each deletion widens it again.
const KEYS = [...'12345', ...Array(5).fill('Backspace'), ...'708', ...Array(3).fill('Backspace')];

// ── Node: queryIndex against a plain loop ──────────────────────────────────────────────────

/** The filter the page runs, written plainly: prepared text, the same facet tests, then a sort. */
function plainFilter(rows, text, query, compare) {
  const terms = query.q.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
  const cities = query.filters.city;
  const markets = query.filters.market;
  const out = [];
  for (let i = 0; i < rows.length; i++) {
    const t = text[i];
    let ok = true;
    for (const term of terms)
      if (!t.includes(term)) {
        ok = false;
        break;
      }
    if (!ok) continue;
    const row = rows[i];
    if (!row.city || !cities.has(row.city.key)) continue;
    let market = false;
    for (const m of row.markets)
      if (markets.has(m.key)) {
        market = true;
        break;
      }
    if (!market) continue;
    out.push(i);
  }
  // Stable, so ties keep the list's order as the index's kept order does.
  out.sort((a, b) => compare(rows[a].name.en, rows[b].name.en));
  return out;
}

async function nodeBench(lib, csvBySize) {
  const out = {};
  for (const size of SIZES) {
    const bytes = csvBySize.get(size);
    let t = performance.now();
    const parsed = lib.parseExporterFile(bytes, `synthetic-${size}.csv`, lib.knownFacets([]));
    const parseMs = performance.now() - t;
    if (parsed.error || parsed.accepted.length !== size) {
      throw new Error(`the ${size}-row file did not import whole: ${parsed.error ?? parsed.rejected.length} rejected`);
    }
    const rows = parsed.accepted;
    t = performance.now();
    const index = lib.buildIndex(rows, lib.exporterIndexSpec);
    const buildMs = performance.now() - t;

    const query = {
      q: 'studio 1',
      filters: { city: new Set(['hangzhou']), market: new Set(['europe']) },
      sort: { key: 'name', dir: 'asc' },
      lang: 'en',
    };
    t = performance.now();
    const first = lib.queryIndex(index, query);
    const firstMs = performance.now() - t;

    // Prepared once, outside the timing, like the index's own text.
    const text = rows.map((r) => `${r.name.en} ${r.name.zh ?? ''}`.normalize('NFKC').toLowerCase());
    const compare = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;
    const plain = plainFilter(rows, text, query, compare);
    if (plain.length !== first.total || plain.some((v, i) => v !== first.matches[i])) {
      throw new Error(`queryIndex and the plain loop disagree on ${size} rows (${first.total} vs ${plain.length})`);
    }

    // Interleaved, so that a slow moment of the machine falls on both alike.
    const indexTimes = [];
    const plainTimes = [];
    for (let r = -3; r < RUNS; r++) {
      t = performance.now();
      lib.queryIndex(index, query);
      const a = performance.now() - t;
      t = performance.now();
      plainFilter(rows, text, query, compare);
      const b = performance.now() - t;
      if (r >= 0) {
        indexTimes.push(a);
        plainTimes.push(b);
      }
    }
    const indexMs = median(indexTimes);
    const plainMs = median(plainTimes);
    out[size] = {
      parseMs: round(parseMs, 1),
      buildIndexMs: round(buildMs, 1),
      firstQueryMs: round(firstMs, 1),
      queryIndexMs: round(indexMs, 3),
      plainLoopMs: round(plainMs, 3),
      ratio: round(indexMs / plainMs, 2),
      matches: first.total,
      query: { q: query.q, city: 'hangzhou', market: 'europe', sort: 'name asc' },
    };
    progress(
      `node ${size} rows: queryIndex ${indexMs.toFixed(2)} ms, plain loop ${plainMs.toFixed(2)} ms ` +
        `(x${(indexMs / plainMs).toFixed(2)}), ${first.total} matches; parse ${parseMs.toFixed(0)} ms, ` +
        `buildIndex ${buildMs.toFixed(0)} ms, first query with its sort ${firstMs.toFixed(0)} ms`,
    );
  }
  return out;
}

/** How many synthetic rows each step of KEYS shows: each must differ from the one before. */
function checkKeys(lib, csvBySize) {
  for (const size of SIZES) {
    const rows = lib.parseExporterFile(csvBySize.get(size), 'check.csv', lib.knownFacets([])).accepted;
    const index = lib.buildIndex(rows, lib.exporterIndexSpec);
    let q = '';
    let previous = size;
    const counts = [];
    for (const key of KEYS) {
      q = key === 'Backspace' ? q.slice(0, -1) : q + key;
      const total = lib.queryIndex(index, { q, filters: {}, lang: 'en' }).total;
      counts.push(total);
      if (total === previous) progress(`warning: typing ${JSON.stringify(q)} does not change the ${size}-row list`);
      previous = total;
    }
    progress(`keystrokes over ${size} rows show ${counts.join(' → ')} synthetic rows`);
  }
}

// ── Chromium (scripts/chromium.mjs) ──────────────────────────────────────────────────────────────────────────────

const STATUS = /^\d+ of \d+ shown$/;

async function statusText(page) {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const el = [...document.querySelectorAll('[role=status]')].find((e) => re.test(e.textContent?.trim() ?? ''));
    return el?.textContent?.trim() ?? '';
  }, STATUS.source);
}

/**
 * Chooses a file on /exporters and confirms the column map the page guessed for it (the
 * dashboard's own headers map by themselves): the user's two steps, timed as one.
 */
export async function importThroughMap(page, path, timeout = 240_000) {
  await page.getByLabel('Choose a file to import').setInputFiles(path);
  await page.getByRole('button', { name: 'Import the rows below the header' }).click({ timeout });
}

export async function waitForStatus(page, text, timeout) {
  await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.trim() === wanted),
    text,
    { timeout, polling: 100 },
  );
}

/**
 * Installs the keystroke timer in the page. A keydown on the search box starts a measurement
 * (at the event's timestamp: the moment the browser received the key); the first change the
 * page makes to the status line or the exporters table ends it at the frame that paints it:
 * `nextPaint` is taken in a task posted from the next animation frame (the frame's paint
 * runs right after its rAF callbacks), `twoFrames` at the second animation frame, a frame
 * later (the stricter figure, used for the budget).
 */
async function installTimer(page) {
  await page.evaluate((source) => {
    const re = new RegExp(source);
    const status = [...document.querySelectorAll('[role=status]')].find((e) => re.test(e.textContent?.trim() ?? ''));
    const table = [...document.querySelectorAll('table caption')]
      .find((c) => c.textContent?.trim() === 'Exporters')
      ?.closest('table');
    const input = document.querySelector('input[type=search]');
    if (!status || !table || !input) throw new Error('the exporters page has no status line, table or search box');

    const w = window;
    // Installed again for each list: the last timer goes first.
    w.__benchStop?.();
    let armed = null;
    w.__benchArm = () => {
      let done;
      const result = new Promise((res) => (done = res));
      armed = { start: 0, seen: false, done };
      setTimeout(() => done(null), 5000);
      w.__benchResult = result;
    };
    const onKeydown = (event) => {
      if (armed && !armed.start) armed.start = Math.min(event.timeStamp, performance.now());
    };
    input.addEventListener('keydown', onKeydown, true);
    const observer = new MutationObserver(() => {
      const m = armed;
      if (!m || !m.start || m.seen) return;
      m.seen = true;
      const changed = performance.now();
      requestAnimationFrame(() => {
        let nextPaint = 0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (nextPaint = performance.now());
        channel.port2.postMessage(0);
        requestAnimationFrame(() => {
          const twoFrames = performance.now();
          // The posted task has run by now: it was queued a whole frame earlier.
          m.done({
            changedMs: changed - m.start,
            nextPaintMs: (nextPaint || twoFrames) - m.start,
            twoFramesMs: twoFrames - m.start,
          });
        });
      });
    });
    for (const target of [status, table])
      observer.observe(target, { childList: true, subtree: true, characterData: true });
    w.__benchStop = () => {
      observer.disconnect();
      input.removeEventListener('keydown', onKeydown, true);
    };
  }, STATUS.source);
}

const HANG_MS = 10_000;

class Hung extends Error {}

/** The promise, or a Hung error after `ms`: a page stuck in a loop answers nothing. */
function within(promise, ms, what) {
  promise.catch(() => {});
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`${what}: no answer from the page within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Types KEYS into the search box, one at a time, and times each; stops if the page hangs. */
async function typeAndTime(page) {
  const samples = [];
  await within(page.getByLabel('Search names (English or 中文)').focus(), HANG_MS, 'focus the search box');
  for (const key of KEYS) {
    try {
      await within(
        page.evaluate(() => window.__benchArm()),
        HANG_MS,
        'arm the timer',
      );
      await within(page.keyboard.press(key), HANG_MS, `press ${key}`);
      const sample = await within(
        page.evaluate(() => window.__benchResult),
        HANG_MS,
        `wait for the paint after ${key}`,
      );
      samples.push(sample ? { key, ...sample } : { key, unchanged: true });
    } catch (error) {
      if (!(error instanceof Hung)) throw error;
      return { samples, hung: { key, after: samples.length, message: error.message } };
    }
    // A pause between keys, as a person types, so that each keystroke is timed on its own.
    await page.waitForTimeout(120);
  }
  return { samples };
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

/** Self time per trace event on the page's main thread, from a Chromium trace. */
function summariseTrace(buffer) {
  const events = JSON.parse(buffer.toString('utf8'));
  const list = Array.isArray(events) ? events : events.traceEvents;
  const threadName = new Map();
  for (const e of list) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name);
  const main = list.filter(
    (e) => e.ph === 'X' && typeof e.dur === 'number' && threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us);
  for (const e of main) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(parent.name, -Math.min(e.dur, parent.end - e.ts));
    add(e.name, e.dur);
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return [...self.entries()]
    .map(([name, us]) => ({ name, ms: round(us / 1000, 1) }))
    .filter((e) => e.ms >= 1)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
}

/** JS self time by script and by function, from a CPU profile. */
function summariseProfile(profile, origin) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id);
    const url = callFrame.url.replace(origin, '') || `(${callFrame.functionName || 'native'})`;
    byScript.set(url, (byScript.get(url) ?? 0) + us);
    const fn = `${callFrame.functionName || '(anonymous)'} ${url}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (map, n) =>
    [...map.entries()]
      .filter(([name]) => !name.startsWith('(idle)'))
      .map(([name, us]) => ({ name, ms: round(us / 1000, 1) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n);
  return { byScript: top(byScript, 8), byFunction: top(byFunction, 12) };
}

/** Types the keys again under a trace and a CPU profile, and says where the time went. */
async function diagnose(browser, page, cdp, origin) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // The profiler first, so that its start-up is not in the trace.
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
  });
  const { samples } = await typeAndTime(page);
  const trace = await browser.stopTracing();
  const { profile } = await cdp.send('Profiler.stop');
  return { samples, mainThread: summariseTrace(trace), js: summariseProfile(profile, origin) };
}

/**
 * Where a page that no longer answers is stuck: the debugger pauses it a few times (V8 takes
 * the pause even inside a running script) and the frames on each stack are counted. The
 * debugger must be on before the page hangs, so this types into a fresh page that has it on,
 * leaving the timed pass without it.
 */
async function diagnoseHang(browser, devices, baseUrl, file, total) {
  const session = await openExporters(browser, devices, baseUrl, []);
  const { page, cdp } = session;
  try {
    const scripts = new Map();
    cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url.replace(baseUrl, '')));
    await cdp.send('Debugger.enable');
    await importThroughMap(page, file.path);
    await waitForStatus(page, `${total} of ${total} shown`, 240_000);
    await installTimer(page);
    const { hung } = await typeAndTime(page);
    if (!hung) return { error: 'with the debugger on, the page did not hang this time' };
    const stacks = [];
    for (let i = 0; i < 8; i++) {
      const paused = new Promise((res) => cdp.once('Debugger.paused', res));
      await within(cdp.send('Debugger.pause'), HANG_MS, 'Debugger.pause');
      const event = await within(paused, HANG_MS, 'Debugger.paused');
      stacks.push(
        event.callFrames.map(
          (f) =>
            `${f.functionName || '(anonymous)'} ${scripts.get(f.location.scriptId) ?? '?'}:` +
            `${f.location.lineNumber + 1}:${f.location.columnNumber + 1}`,
        ),
      );
      await within(cdp.send('Debugger.resume'), HANG_MS, 'Debugger.resume');
      await new Promise((res) => setTimeout(res, 250));
    }
    const onStack = new Map();
    for (const stack of stacks) for (const frame of new Set(stack)) onStack.set(frame, (onStack.get(frame) ?? 0) + 1);
    const frames = [...onStack.entries()]
      .map(([frame, count]) => ({ frame, pauses: count }))
      .sort((a, b) => b.pauses - a.pauses)
      .slice(0, 15);
    return { pauses: stacks.length, frames, stacks: stacks.map((st) => st.slice(0, 12)) };
  } finally {
    await session.close();
  }
}

export async function openExporters(browser, devices, baseUrl, errors) {
  const context = await browser.newContext({ ...devices['Desktop Chrome'] });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}/exporters?lang=en`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The page is prerendered: its controls lose aria-disabled once the app has taken it over
  // (a file set before then would be held back, and the import never start).
  await page.waitForSelector('input[type=search]:not([disabled]):not([aria-disabled])');
  await page.waitForSelector('input[type=file]:not([disabled]):not([aria-disabled])');
  await page.waitForFunction((s) => {
    const re = new RegExp(s);
    return [...document.querySelectorAll('[role=status]')].some((e) => re.test(e.textContent?.trim() ?? ''));
  }, STATUS.source);
  const official = Number((await statusText(page)).split(' ')[0]);
  const close = () => within(context.close(), HANG_MS, 'close the page').catch(() => {});
  return { context, page, cdp, official, close };
}

async function browserBench(baseUrl, files, profile) {
  const { chromium, devices } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  const errors = [];
  let session = await openExporters(browser, devices, baseUrl, errors);
  const { official } = session;
  progress(`browser: /exporters shows ${official} official rows; Chromium ${browser.version()}`);

  const out = { chromium: browser.version(), official, lists: {} };
  for (const size of SIZES) {
    if (!session) {
      session = await openExporters(browser, devices, baseUrl, errors);
      progress('browser: a fresh page (the last one hung)');
    }
    const { page, cdp } = session;
    const { path, name } = files.get(size);
    const total = official + size;
    let t = performance.now();
    await importThroughMap(page, path);
    await waitForStatus(page, `${total} of ${total} shown`, 240_000);
    const importS = (performance.now() - t) / 1000;
    progress(`browser ${size} rows: imported in ${importS.toFixed(1)} s (status "${total} of ${total} shown")`);
    // With the list loaded and the page idle, before any typing.
    const heapLoaded = round(await heapMb(cdp), 1);
    progress(`browser ${size} rows: JS heap after GC, list loaded ${heapLoaded} MB`);

    await installTimer(page);
    const { samples, hung } = await typeAndTime(page);
    const timed = samples.filter((s) => !s.unchanged);
    const list = { importS: round(importS, 1), heapLoadedMb: heapLoaded, samples: samples.map(roundSample) };
    out.lists[size] = list;
    if (timed.length) {
      list.keystroke = {
        twoFramesMs: round(median(timed.map((s) => s.twoFramesMs)), 1),
        nextPaintMs: round(median(timed.map((s) => s.nextPaintMs)), 1),
        changedMs: round(median(timed.map((s) => s.changedMs)), 1),
        maxTwoFramesMs: round(Math.max(...timed.map((s) => s.twoFramesMs)), 1),
        timed: timed.length,
        unchanged: samples.length - timed.length,
      };
    }
    if (hung) {
      list.hung = hung;
      progress(
        `browser ${size} rows: the page stopped answering at keystroke ${hung.after + 1} (${hung.key}): ${hung.message}; ` +
          'typing again in a fresh page with the debugger on, to see where it is stuck',
      );
      await session.close();
      session = null;
      try {
        list.hungStacks = await diagnoseHang(browser, devices, baseUrl, files.get(size), total);
      } catch (error) {
        list.hungStacks = { error: String(error instanceof Error ? error.message : error) };
      }
      continue;
    }
    const k = list.keystroke;
    progress(
      `browser ${size} rows: keystroke to paint, median of ${k.timed}: ${k.twoFramesMs} ms at the ` +
        `second frame, ${k.nextPaintMs} ms at the first paint (table changed after ${k.changedMs} ms; ` +
        `slowest ${k.maxTwoFramesMs} ms)` +
        (k.unchanged ? `; ${k.unchanged} keystrokes changed nothing and are left out` : ''),
    );
    await waitForStatus(page, `${total} of ${total} shown`, 30_000);
    list.heapTypedMb = round(await heapMb(cdp), 1);
    progress(`browser ${size} rows: JS heap after GC, after typing ${list.heapTypedMb} MB`);

    if (profile || k.twoFramesMs > BUDGET.keystrokeMs) {
      progress(`browser ${size} rows: tracing the keystrokes again to see where the time goes`);
      const diagnosis = await diagnose(browser, page, cdp, baseUrl);
      await waitForStatus(page, `${total} of ${total} shown`, 30_000);
      list.diagnosis = { ...diagnosis, samples: diagnosis.samples.map(roundSample) };
    }

    t = performance.now();
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await waitForStatus(page, `${official} of ${official} shown`, 60_000);
    progress(`browser ${size} rows: list removed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await session?.close();
  if (errors.length) out.pageErrors = errors;
  return out;
}

function roundSample(s) {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? round(v, 1) : v]));
}

function printDiagnosis(size, d) {
  console.log(`Where the time goes while typing over ${size.toLocaleString('en')} rows (trace of a second pass):`);
  console.log('  main thread, self time by trace event:');
  for (const e of d.mainThread) console.log(`    ${String(e.ms).padStart(8)} ms  ${e.name}`);
  console.log('  JavaScript, self time by script:');
  for (const e of d.js.byScript) console.log(`    ${String(e.ms).padStart(8)} ms  ${e.name}`);
  console.log('  JavaScript, self time by function (names as built, script:line:column):');
  for (const e of d.js.byFunction) console.log(`    ${String(e.ms).padStart(8)} ms  ${e.name}`);
  console.log('');
}

function printHang(size, list) {
  const { hung, hungStacks } = list;
  console.log(
    `The page hung while typing over ${size.toLocaleString('en')} rows: keystroke ${hung.after + 1} (${hung.key}), ` +
      `${hung.message}.`,
  );
  if (hungStacks.error) {
    console.log(`  It could not be paused to see where: ${hungStacks.error}`);
  } else {
    console.log(`  Frames on the stack in ${hungStacks.pauses} debugger pauses (script:line:column of the build):`);
    for (const f of hungStacks.frames.slice(0, 8))
      console.log(`    ${String(f.pauses).padStart(3)}/${hungStacks.pauses}  ${f.frame}`);
    console.log('  The innermost frames of each pause (callee < caller):');
    for (const stack of hungStacks.stacks) console.log(`    ${stack.slice(0, 4).join('  <  ')}`);
  }
  console.log('');
}

/**
 * Builds the app's search code for Node, generates the synthetic lists into `workDir`, and
 * times them in Node and in the served app at `baseUrl`. Returns the figures and the details.
 */
export async function runLists({ workDir, baseUrl, profile = false }) {
  progress('building scripts/bench-entry.ts for Node');
  await run(
    process.execPath,
    [viteBin, 'build', '--ssr', 'scripts/bench-entry.ts', '--outDir', workDir, '--emptyOutDir', '--logLevel', 'warn'],
    'vite build --ssr scripts/bench-entry.ts',
  );
  const lib = await import(pathToFileURL(resolve(workDir, 'bench-entry.js')).href);

  const csvBySize = new Map();
  const files = new Map();
  for (const size of SIZES) {
    const text = generateExporters({ rows: size, seed: SEED });
    const name = `synthetic-${size}-seed-${SEED}.csv`;
    const path = resolve(workDir, name);
    await writeFile(path, text);
    csvBySize.set(size, new TextEncoder().encode(text));
    files.set(size, { path, name });
    progress(`generated ${size} rows (seed ${SEED}), ${(text.length / 1e6).toFixed(1)} M characters`);
  }
  checkKeys(lib, csvBySize);
  const node = await nodeBench(lib, csvBySize);
  const browser = await browserBench(baseUrl, files, profile);
  return { figures: listFigures(node, browser), details: { seed: SEED, keys: KEYS, node, browser } };
}

function listFigures(node, browser) {
  const figures = [];
  for (const size of SIZES) {
    const n = node[size];
    const group = `search, ${size.toLocaleString('en')} rows`;
    figures.push({
      id: `search-node-${size}`,
      group,
      figure: `queryIndex in Node, median of ${RUNS} (floor: a plain loop)`,
      value: n.queryIndexMs,
      unit: 'ms',
      floor: n.plainLoopMs,
      better: 'lower',
    });
    figures.push({
      id: `search-ratio-${size}`,
      group,
      figure: 'queryIndex / plain loop',
      value: n.ratio,
      unit: 'x',
      budget: { op: '<=', limit: BUDGET.ratio },
      better: 'lower',
    });
    const b = browser.lists[size];
    const ks = b.keystroke;
    if (b.hung) {
      figures.push({
        id: `search-keystroke-${size}`,
        group,
        figure: `keystroke to paint in Chromium: page hung at keystroke ${b.hung.after + 1}`,
        value: ks ? ks.twoFramesMs : null,
        unit: 'ms',
        budget: { op: '<=', limit: BUDGET.keystrokeMs },
        pass: false,
        better: 'lower',
      });
    } else {
      figures.push({
        id: `search-keystroke-${size}`,
        group,
        figure: `keystroke to paint in Chromium (2nd frame), median of ${ks.timed}`,
        value: ks.twoFramesMs,
        unit: 'ms',
        budget: { op: '<=', limit: BUDGET.keystrokeMs },
        better: 'lower',
      });
    }
    // The larger of the two readings: list loaded, and after typing (when the page still answered).
    const heap = Math.max(b.heapLoadedMb, b.heapTypedMb ?? 0);
    figures.push({
      id: `search-heap-${size}`,
      group,
      figure: 'JS heap after GC, list loaded' + (b.heapTypedMb === undefined ? '' : ' and typed in'),
      value: heap,
      unit: 'MB',
      budget: { op: '<=', limit: BUDGET.heapMb },
      better: 'lower',
    });
    figures.push({
      id: `search-import-${size}`,
      group,
      figure: 'import to "N of N shown"',
      value: b.importS,
      unit: 's',
      better: 'lower',
    });
  }
  return figures;
}

/** What the table cannot hold: where the time went when typing was slow or the page hung. */
export function printListDetails({ browser }) {
  for (const size of SIZES) {
    const list = browser.lists[size];
    if (list.diagnosis) printDiagnosis(size, list.diagnosis);
    if (list.hungStacks) printHang(size, list);
  }
}
