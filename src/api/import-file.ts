import type { KnownFacets } from '../domain/exporter-file/facets';
import type { ImportResult } from '../domain/exporter-file/import';
import type { ImportRequest, WorkerMessage } from './import-worker';

/*
 * Imports a file in a Web Worker, so that the page stays responsive while a long list is
 * read. Where there is no Worker (tests, old runtimes) it parses on the main thread, with the
 * importer loaded only then: the page's own chunk does not carry it.
 */

function aborted(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

export async function importFile(
  file: File,
  known: KnownFacets,
  onProgress: (f: number) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if (signal?.aborted) throw aborted();
  const bytes = await file.arrayBuffer();
  if (signal?.aborted) throw aborted();

  if (typeof Worker === 'undefined') {
    const { parseExporterFile } = await import('../domain/exporter-file/import');
    if (signal?.aborted) throw aborted();
    let last = 0;
    return parseExporterFile(new Uint8Array(bytes), file.name, known, (fraction) => {
      if (fraction - last < 0.05 && fraction < 1) return;
      last = fraction;
      onProgress(fraction);
    });
  }

  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(aborted());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.fraction);
      } else if (message.type === 'done') {
        finish();
        onProgress(1);
        resolve(message.result);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The import worker failed to start.'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('The import result could not be received.'));
    };
    const request: ImportRequest = { bytes, fileName: file.name, known };
    // Transferred, not copied: the buffer can be 50 MB.
    worker.postMessage(request, [bytes]);
  });
}
