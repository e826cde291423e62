import type { KnownFacets } from '../domain/exporter-file/facets';
import type { ImportResult } from '../domain/exporter-file/import';
import type { ImportPlan } from '../domain/exporter-file/table-import';
import type { ImportEngine, ImportSource, ReadOutcome } from './import-engine';
import type { WorkerMessage, WorkerRequest } from './import-worker';
import { startImportWorker } from './import-worker-start';

/*
 * An import as the page sees it: open a file or pasted cells (a preview with a guessed column
 * map comes back, or, for JSON and files that cannot be read, the result at once), then run
 * the chosen sheet through the map. It runs in a Web Worker, so that the page stays
 * responsive while a long list is read; where there is no Worker (tests, old runtimes) it runs
 * on the main thread, with the importer loaded only then: the page's own chunk does not carry it.
 * The single file runs it on the main thread too: a page opened from file:// cannot start a
 * worker, and its Content-Security-Policy allows no blob: one.
 */

export interface ImportSession {
  readonly opened: Promise<ReadOutcome>;
  run(sheet: number, plan: ImportPlan): Promise<ImportResult>;
  close(): void;
}

function aborted(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

/** Progress to the page in steps of 5%, and always the end. */
function stepped(onProgress: (f: number) => void): (f: number) => void {
  let last = 0;
  return (fraction) => {
    if (fraction - last < 0.05 && fraction < 1) return;
    last = fraction;
    onProgress(fraction);
  };
}

function inPage(source: ImportSource, known: KnownFacets, onProgress: (f: number) => void): ImportSession {
  let engine: ImportEngine | undefined;
  const opened = import('./import-engine').then(({ createEngine }) => {
    engine = createEngine();
    return engine.read(source, known, stepped(onProgress));
  });
  return {
    opened,
    run: async (sheet, plan) => {
      await opened;
      if (!engine) throw new Error('Nothing has been read to import.');
      return engine.run(sheet, plan, known, stepped(onProgress));
    },
    close: () => {},
  };
}

function inWorker(source: ImportSource, known: KnownFacets, onProgress: (f: number) => void): ImportSession {
  const worker = startImportWorker();
  let pending: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | undefined;
  let closed = false;
  const settle = (fn: (p: NonNullable<typeof pending>) => void) => {
    const p = pending;
    pending = undefined;
    if (p) fn(p);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'failed') settle((p) => p.reject(new Error(message.message)));
    else settle((p) => p.resolve(message));
  };
  worker.onerror = (event) => {
    // Out of memory on a hostile file, among others: the worker dies, the page does not.
    event.preventDefault();
    settle((p) => p.reject(new Error(event.message || 'The import worker stopped.')));
  };
  worker.onmessageerror = () => settle((p) => p.reject(new Error('The import result could not be received.')));

  const ask = (request: WorkerRequest, transfer: Transferable[] = []) =>
    new Promise<WorkerMessage>((resolve, reject) => {
      if (closed) {
        reject(aborted());
        return;
      }
      pending = { resolve, reject };
      worker.postMessage(request, transfer);
    });

  // Transferred, not copied: the buffer can be 50 MB.
  const opened = ask({ type: 'read', source, known }, source.kind === 'file' ? [source.bytes] : []).then(
    (m): ReadOutcome => {
      if (m.type === 'preview') return { kind: 'preview', preview: m.preview };
      if (m.type === 'done') return { kind: 'done', result: m.result };
      throw new Error('The import worker answered out of turn.');
    },
  );
  return {
    opened,
    run: async (sheet, plan) => {
      const m = await ask({ type: 'import', sheet, plan, known });
      if (m.type !== 'done') throw new Error('The import worker answered out of turn.');
      onProgress(1);
      return m.result;
    },
    close: () => {
      closed = true;
      worker.terminate();
      settle((p) => p.reject(aborted()));
    },
  };
}

/** Starts an import of a file or of pasted cells. Close the session when done with it. */
export function openImport(source: ImportSource, known: KnownFacets, onProgress: (f: number) => void): ImportSession {
  return __SINGLE_FILE__ || typeof Worker === 'undefined'
    ? inPage(source, known, onProgress)
    : inWorker(source, known, onProgress);
}

/** A file's bytes, as an import source. */
export async function fileSource(file: File, signal?: AbortSignal): Promise<ImportSource> {
  if (signal?.aborted) throw aborted();
  const bytes = await file.arrayBuffer();
  if (signal?.aborted) throw aborted();
  return { kind: 'file', bytes, fileName: file.name };
}
