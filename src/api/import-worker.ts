import type { KnownFacets } from '../domain/exporter-file/facets';
import { parseExporterFile, type ImportResult } from '../domain/exporter-file/import';

/*
 * Parses an imported file off the main thread: a 50 MB list takes long enough to freeze the
 * page otherwise. The app's tsconfig has the DOM lib, not the webworker lib, so the worker
 * scope is typed here by hand rather than by a lib reference that would clash with DOM.
 */

export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  known: KnownFacets;
}

export type WorkerMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; result: ImportResult } | { type: 'failed'; message: string };

const ctx = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

ctx.onmessage = (event) => {
  try {
    const { bytes, fileName, known } = event.data;
    // Posting costs a structured clone each time, so progress goes out in steps of 5%.
    let last = 0;
    const result = parseExporterFile(new Uint8Array(bytes), fileName, known, (fraction) => {
      if (fraction - last < 0.05) return;
      last = fraction;
      ctx.postMessage({ type: 'progress', fraction });
    });
    ctx.postMessage({ type: 'done', result });
  } catch (error) {
    ctx.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
