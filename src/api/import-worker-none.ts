/**
 * The single file's stand-in for import-worker-start.ts (vite.single.config.ts): a page opened
 * from file:// cannot start a worker, so the import runs on the page (import-file.ts) and this
 * is never called. Without it the build would still bundle the worker, as a file of its own.
 */
export function startImportWorker(): Worker {
  throw new Error('The single file runs the import on the page: it has no import worker.');
}
