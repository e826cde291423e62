import type { KnownFacets } from '../domain/exporter-file/facets';
import type { ImportResult } from '../domain/exporter-file/import';
import type { ImportPlan } from '../domain/exporter-file/table-import';
import { createEngine, type ImportSource, type TablePreview } from './import-engine';

/*
 * Reads an imported file off the main thread: a 50 MB list, or a workbook, takes long enough
 * to freeze the page otherwise. One worker serves one import: it reads, keeps the sheets while
 * the user settles the column map, then imports. The app's tsconfig has the DOM lib, not the
 * webworker lib, so the worker scope is typed here by hand rather than by a lib reference that
 * would clash with DOM.
 */

export type WorkerRequest =
  | { type: 'read'; source: ImportSource; known: KnownFacets }
  | { type: 'import'; sheet: number; plan: ImportPlan; known: KnownFacets };

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'preview'; preview: TablePreview }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };

const ctx = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

const engine = createEngine();

/** Posting costs a structured clone each time, so progress goes out in steps of 5%. */
function progressPoster(): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    if (fraction - last < 0.05) return;
    last = fraction;
    ctx.postMessage({ type: 'progress', fraction });
  };
}

ctx.onmessage = (event) => {
  const request = event.data;
  const fail = (error: unknown) =>
    ctx.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  try {
    if (request.type === 'read') {
      engine
        .read(request.source, request.known, progressPoster())
        .then((outcome) =>
          ctx.postMessage(
            outcome.kind === 'preview'
              ? { type: 'preview', preview: outcome.preview }
              : { type: 'done', result: outcome.result },
          ),
        )
        .catch(fail);
    } else {
      ctx.postMessage({
        type: 'done',
        result: engine.run(request.sheet, request.plan, request.known, progressPoster()),
      });
    }
  } catch (error) {
    fail(error);
  }
};
