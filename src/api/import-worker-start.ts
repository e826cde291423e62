/**
 * A new import worker: a module worker, so that its own dynamic import of SheetJS stays one
 * (see vite.config.ts). On its own so that the single-file build, which has no worker, can
 * leave it out (vite.single.config.ts puts import-worker-none.ts in its place).
 */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}
