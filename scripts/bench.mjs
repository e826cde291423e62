// `npm run bench`: every performance budget of DESIGN.md, measured on the production build,
// each beside the same figure for a floor. Not part of `npm test`: timings on shared machines
// are for a person to read, not for a test to assert.
//
//   node scripts/bench.mjs [--no-build] [--dist DIR] [--runs N] [--only pages|lists|spreadsheets] [--profile]
//                          [--compare OLD.json]
//   node scripts/bench.mjs --compare OLD.json NEW.json   (no run: compares two results)
//
// 1. builds the app (unless --no-build) and serves dist/ with `vite preview`;
// 2. pages (scripts/bench/pages.mjs): every route, Lighthouse 12 mobile preset, median of N
//    runs (3), and the gzip size of the JavaScript each first view loads; the same for a
//    reference page, React alone rendering the KPI figures (scripts/bench/reference.mjs);
// 3. lists (scripts/bench/lists.mjs): search over 10,000 and 100,000 synthetic rows in Node
//    and in Chromium, against a plain loop, and the JS heap;
// 4. spreadsheets (scripts/bench/spreadsheets.mjs): 100,000 synthetic rows imported as .xlsx
//    against the same rows as CSV in the same run, the import's heap, and the Excel export;
// 5. prints one table, writes bench-results/latest.json, prints the change from OLD.json
//    with --compare, and exits 1 naming the missed budgets last.
// --dist DIR serves another build (implies --no-build), to compare a change before it lands.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cleanup, elapsedS, onCleanup, progress, root, round, run, startPreview } from './bench/common.mjs';
import { LIST_BUDGETS, printListDetails, runLists } from './bench/lists.mjs';
import { chartPages, PAGE_BUDGETS, pageFigures } from './bench/page-figures.mjs';
import { benchRoutes, firstViewAll, lighthouseAll } from './bench/pages.mjs';
import { startReference } from './bench/reference.mjs';
import { runSpreadsheets, SPREADSHEET_BUDGETS } from './bench/spreadsheets.mjs';
import { budgetLimit, judge, printComparison, printFigures, readResults } from './bench/report.mjs';
import { chartsWithoutScript, takenOverAll } from './bench/takeover.mjs';

const USAGE =
  'usage: npm run bench -- [--no-build] [--dist DIR] [--runs N] [--only pages|lists|spreadsheets] [--profile] [--compare OLD.json [NEW.json]]';

function parseArgs(argv) {
  const args = { build: true, dist: 'dist', runs: 3, only: undefined, profile: false, compare: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--no-build') args.build = false;
    else if (a === '--profile') args.profile = true;
    else if (a === '--dist') {
      args.dist = value();
      args.build = false;
    } else if (a === '--runs') {
      args.runs = Number(value());
      if (!Number.isInteger(args.runs) || args.runs < 1 || args.runs > 15)
        throw new Error(`--runs takes a whole number from 1 to 15\n${USAGE}`);
    } else if (a === '--only') {
      args.only = value();
      if (!['pages', 'lists', 'spreadsheets'].includes(args.only))
        throw new Error(`--only takes pages, lists or spreadsheets\n${USAGE}`);
    } else if (a === '--compare') {
      args.compare.push(value());
      if (argv[i + 1] && !argv[i + 1].startsWith('--')) args.compare.push(argv[++i]);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return args;
}

const BENCH_BUDGET_S = 600;
const benchDir = resolve(root, '.bench');
const resultsDir = resolve(root, 'bench-results');

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.compare.length === 2) {
    printComparison(await readResults(args.compare[0]), await readResults(args.compare[1]));
    return;
  }
  const old = args.compare.length ? await readResults(args.compare[0]) : undefined;
  const distDir = resolve(root, args.dist);

  await rm(benchDir, { recursive: true, force: true });
  await mkdir(benchDir, { recursive: true });
  onCleanup(() => rm(benchDir, { recursive: true, force: true }));

  if (args.build) {
    progress('npm run build');
    await run('npm', ['run', 'build'], 'npm run build');
  } else {
    progress(`no build: serving the build in ${distDir}`);
  }
  if (!existsSync(resolve(distDir, 'index.html'))) throw new Error(`no index.html in ${distDir}: build first`);
  const app = await startPreview(distDir);
  progress(`vite preview serving ${distDir} at ${app.url}`);

  const figures = [];
  const report = {
    budgets: {
      pages: PAGE_BUDGETS,
      lists: LIST_BUDGETS,
      spreadsheets: SPREADSHEET_BUDGETS,
      benchSeconds: BENCH_BUDGET_S,
    },
  };
  if (!args.only || args.only === 'pages') {
    const routes = benchRoutes(distDir);
    const reference = await startReference(app.url);
    const pages = [...routes.map((r) => ({ key: r, url: `${app.url}${r}` })), { key: 'reference', url: reference.url }];
    const fv = await firstViewAll(pages);
    const lh = await lighthouseAll(pages, args.runs);
    const takenOver = await takenOverAll(pages, args.runs);
    const noScript = await chartsWithoutScript(chartPages(app.url));
    figures.push(...pageFigures(routes, lh, fv, takenOver, noScript));
    Object.assign(report, {
      routes,
      runs: args.runs,
      referenceCards: reference.cards,
      lighthouse: lh,
      firstView: fv,
      takenOver,
      chartsWithoutScript: noScript,
    });
  }
  if (!args.only || args.only === 'lists') {
    const lists = await runLists({ workDir: benchDir, baseUrl: app.url, profile: args.profile });
    figures.push(...lists.figures);
    report.lists = lists.details;
  }
  if (!args.only || args.only === 'spreadsheets') {
    const sheets = await runSpreadsheets({ workDir: benchDir, baseUrl: app.url });
    figures.push(...sheets.figures);
    report.spreadsheets = sheets.details;
  }
  const full = !args.only && args.runs === 3;
  figures.push({
    id: 'bench-seconds',
    group: 'benchmark',
    figure: full ? 'run time of npm run bench' : 'run time (a partial run: no budget)',
    value: round(elapsedS(), 0),
    unit: 's',
    budget: full ? { op: '<=', limit: BENCH_BUDGET_S } : undefined,
    better: 'lower',
  });

  const judged = figures.map(judge);
  printFigures(judged);
  if (report.lists) printListDetails(report.lists);
  printLighthouseFindings(report.lighthouse, judged);

  const missed = judged.filter((f) => f.pass === false);
  const commit = await run('git', ['describe', '--always', '--dirty'], 'git describe').catch(() => undefined);
  const result = {
    date: new Date().toISOString(),
    commit: commit?.trim(),
    node: process.version,
    runSeconds: round(elapsedS(), 1),
    ...report,
    figures: judged,
    missed: missed.map((f) => `${f.group}: ${f.figure}`),
  };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(resolve(resultsDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nWrote bench-results/latest.json. Run time ${elapsedS().toFixed(0)} s.`);
  if (old) printComparison(old, result);
  if (report.lists?.browser.pageErrors)
    console.log(`\nPage errors during the run:\n  ${report.lists.browser.pageErrors.join('\n  ')}`);
  if (missed.length) {
    console.log(`\nMissed budgets (${missed.length}):`);
    for (const f of missed)
      console.log(
        `  - ${f.group}: ${f.figure}: ${f.value ?? 'no value'} ${f.unit} (budget ${f.budget.op} ${round(budgetLimit(f), 2)})`,
      );
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets met.');
  }
}

/** For a page that missed a Lighthouse budget: the audits that cost it points, from its median run. */
function printLighthouseFindings(lighthouse, judged) {
  if (!lighthouse) return;
  const missedPages = new Set(
    judged.filter((f) => f.pass === false && /^(perf|a11y|bp):/.test(f.id)).map((f) => f.group),
  );
  for (const page of missedPages) {
    const l = lighthouse[page];
    console.log(
      `\n${page}: FCP ${(l.fcpMs / 1000).toFixed(2)} s, LCP ${(l.lcpMs / 1000).toFixed(2)} s, TBT ${l.tbtMs} ms, ` +
        `CLS ${l.cls}, Speed Index ${(l.siMs / 1000).toFixed(2)} s. Audits below full marks:`,
    );
    for (const [category, audits] of Object.entries(l.failing)) console.log(`  ${category}: ${audits.join('; ')}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
