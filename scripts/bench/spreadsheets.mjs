// The spreadsheet part of `npm run bench`: 100,000 synthetic rows (seeded, every row marked
// synthetic) imported as .xlsx until the table shows them, beside the same rows as CSV in the
// same run, and the same rows written out as Excel.
// 1. in Chromium: each file through the page's file input and its column map, in a fresh
//    browser context (its own IndexedDB), timed until "N of N shown";
// 2. in Node, in a process with a 300 MB heap limit: the import worker's code on the workbook
//    (read, guessed map, rows), its sampled peak heap and peak RSS, then the Excel export.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { generateExporters } from '../synthetic.mjs';
import { onCleanup, progress, round, run, viteBin } from './common.mjs';
import { importThroughMap, openExporters, waitForStatus } from './lists.mjs';

const ROWS = 100_000;
const SEED = 42;
export const SPREADSHEET_BUDGETS = { xlsxOverCsv: 3, heapMb: 300 };

/** The generated CSV as a workbook: the table on the first sheet, its `#` lines on a second. */
export function asWorkbook(csv) {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta = lines.filter((l) => l.startsWith('#')).map((l) => [l.slice(1).trim()]);
  const body = lines.filter((l) => l && !l.startsWith('#')).join('\n');
  // raw: every cell stays the text the CSV has (ids, periods); values are made numbers below.
  const table = XLSX.read(body, { type: 'string', raw: true, dense: true });
  const sheet = table.Sheets[table.SheetNames[0]];
  const header = sheet['!data'][0].map((c) => c.v);
  const valueColumn = header.indexOf('value');
  for (const row of sheet['!data'].slice(1)) {
    const cell = row?.[valueColumn];
    if (cell && cell.v !== '') Object.assign(cell, { t: 'n', v: Number(cell.v) });
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Synthetic exporters');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(meta), 'About');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
}

async function timeImport(browser, devices, baseUrl, path, errors) {
  const session = await openExporters(browser, devices, baseUrl, errors);
  const { page, cdp, official } = session;
  try {
    let peak = 0;
    const poll = setInterval(() => {
      cdp
        .send('Performance.getMetrics')
        .then(({ metrics }) => {
          const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          peak = Math.max(peak, used);
        })
        .catch(() => {});
    }, 200);
    const t = performance.now();
    await importThroughMap(page, path);
    await waitForStatus(page, `${official + ROWS} of ${official + ROWS} shown`, 300_000);
    const seconds = (performance.now() - t) / 1000;
    clearInterval(poll);
    return { seconds: round(seconds, 1), pagePeakHeapMb: round(peak / 2 ** 20, 1) };
  } finally {
    await session.close();
  }
}

export async function runSpreadsheets({ workDir, baseUrl }) {
  const entry = resolve(workDir, 'bench-entry.js');
  if (!existsSync(entry)) {
    progress('building scripts/bench-entry.ts for Node');
    await run(
      process.execPath,
      [viteBin, 'build', '--ssr', 'scripts/bench-entry.ts', '--outDir', workDir, '--logLevel', 'warn'],
      'vite build --ssr scripts/bench-entry.ts',
    );
  }
  const csv = generateExporters({ rows: ROWS, seed: SEED });
  const csvPath = resolve(workDir, `synthetic-${ROWS}-seed-${SEED}.csv`);
  const xlsxPath = resolve(workDir, `synthetic-${ROWS}-seed-${SEED}.xlsx`);
  await writeFile(csvPath, csv);
  const xlsx = asWorkbook(csv);
  await writeFile(xlsxPath, xlsx);
  progress(
    `spreadsheets: ${ROWS} synthetic rows (seed ${SEED}) as CSV ${round(csv.length / 2 ** 20, 1)} MB and as xlsx ${round(xlsx.length / 2 ** 20, 1)} MB`,
  );

  const { chromium, devices } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  const errors = [];
  const csvRun = await timeImport(browser, devices, baseUrl, csvPath, errors);
  progress(`spreadsheets: CSV imported in the browser in ${csvRun.seconds} s`);
  const xlsxRun = await timeImport(browser, devices, baseUrl, xlsxPath, errors);
  progress(`spreadsheets: xlsx imported in the browser in ${xlsxRun.seconds} s`);
  await browser.close();

  const child = async (mode, heapMb) => {
    const args = [resolve(import.meta.dirname, 'xlsx-child.mjs'), entry, xlsxPath, mode];
    if (heapMb) args.unshift(`--max-old-space-size=${heapMb}`);
    try {
      const out = await run(process.execPath, args, `the xlsx ${mode} in Node`);
      return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
    } catch (error) {
      return { failed: String(error instanceof Error ? error.message : error).slice(0, 300) };
    }
  };
  const node = await child('import', SPREADSHEET_BUDGETS.heapMb);
  progress(
    `spreadsheets: the import worker's code in Node, heap limit ${SPREADSHEET_BUDGETS.heapMb} MB: ${JSON.stringify(node)}`,
  );
  const exported = await child('export');
  progress(`spreadsheets: Excel export in Node: ${JSON.stringify(exported)}`);

  const group = `spreadsheets, ${ROWS.toLocaleString('en')} rows`;
  const figures = [
    {
      id: 'xlsx-import-csv-s',
      group,
      figure: 'import as CSV to "N of N shown" (floor for the xlsx)',
      value: csvRun.seconds,
      unit: 's',
      better: 'lower',
    },
    {
      id: 'xlsx-import-s',
      group,
      figure: 'import as .xlsx to "N of N shown" (floor: the same rows as CSV)',
      value: xlsxRun.seconds,
      unit: 's',
      floor: csvRun.seconds,
      better: 'lower',
    },
    {
      id: 'xlsx-import-ratio',
      group,
      figure: '.xlsx import time / CSV import time',
      value: round(xlsxRun.seconds / csvRun.seconds, 2),
      unit: 'x',
      budget: { op: '<=', limit: SPREADSHEET_BUDGETS.xlsxOverCsv },
      better: 'lower',
    },
    {
      id: 'xlsx-page-heap',
      group,
      figure: 'page JS heap, peak while importing the .xlsx (sampled every 200 ms)',
      value: xlsxRun.pagePeakHeapMb,
      unit: 'MB',
      budget: { op: '<=', limit: SPREADSHEET_BUDGETS.heapMb },
      better: 'lower',
    },
    {
      id: 'xlsx-worker-heap',
      group,
      figure: node.failed
        ? `the import worker's code in Node ran out of a ${SPREADSHEET_BUDGETS.heapMb} MB heap`
        : `the import worker's code in Node: peak heap (sampled), within a ${SPREADSHEET_BUDGETS.heapMb} MB limit`,
      value: node.failed ? null : node.peakHeapSampledMb,
      unit: 'MB',
      budget: { op: '<=', limit: SPREADSHEET_BUDGETS.heapMb },
      pass: node.failed ? false : undefined,
      better: 'lower',
    },
    {
      id: 'xlsx-export-s',
      group,
      figure: `Excel export of ${ROWS.toLocaleString('en')} rows in Node${exported.exportMb ? ` (a ${exported.exportMb} MB file)` : ''}`,
      value: exported.failed ? null : round(exported.exportMs / 1000, 1),
      unit: 's',
      better: 'lower',
    },
  ];
  return {
    figures,
    details: { rows: ROWS, seed: SEED, csv: csvRun, xlsx: xlsxRun, node, exported, pageErrors: errors },
  };
}
