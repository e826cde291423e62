// Run by scripts/bench/spreadsheets.mjs in its own Node process, with a heap limit: imports a
// workbook through the import worker's code (read, then the guessed map), then writes the rows
// back out as Excel. Prints one JSON line. A heap past the limit ends the process, so a run that
// prints at all has kept its heap within it.
//   node --max-old-space-size=MB xlsx-child.mjs BENCH_ENTRY.js FILE.xlsx import|export
// The export runs on the page, not in the worker: it is timed in a process of its own, so that
// the import's heap is the import's.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [entry, file, mode] = process.argv.slice(2);
const lib = await import(pathToFileURL(entry).href);
const bytes = await readFile(file);
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const known = lib.knownFacets([]);
const mb = (n) => Math.round((n / 2 ** 20) * 10) / 10;

let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const t0 = performance.now();
const engine = lib.createEngine();
const outcome = await engine.read({ kind: 'file', bytes: buffer, fileName: 'synthetic.xlsx' }, known, sample);
sample();
if (outcome.kind !== 'preview') throw new Error(`the workbook did not open: ${JSON.stringify(outcome.result.error)}`);
const sheet = outcome.preview.chosen;
const result = engine.run(sheet, outcome.preview.sheets[sheet].plan, known, sample);
sample();
const importMs = performance.now() - t0;
if (result.error || result.rejected.length)
  throw new Error(`the workbook did not import whole: ${result.error ?? result.rejected.length}`);

if (mode === 'import') {
  console.log(
    JSON.stringify({
      rows: result.accepted.length,
      importMs: Math.round(importMs),
      peakHeapSampledMb: mb(peakHeap),
      maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    }),
  );
} else {
  const t1 = performance.now();
  const out = lib.exportersToXlsx(result.accepted, 'en', [['Dataset', 'synthetic']], (id) => id);
  console.log(
    JSON.stringify({
      rows: result.accepted.length,
      exportMs: Math.round(performance.now() - t1),
      exportMb: mb(out.byteLength),
    }),
  );
}
