import { buildCatalog, type Catalog } from '../domain/catalog';
import type { DatasetIssue } from '../data/dataset-error';

/*
 * Loads, validates and derives the figures off the main thread. Validation and derivation
 * (and evaluating the validator's code) took about 190 ms of a simulated phone's main thread,
 * most of it inside the long tasks that delay a page's first response to input.
 * The worker scope is typed by hand, as in import-worker.ts.
 */

export type CatalogMessage =
  | { type: 'done'; catalog: Catalog }
  | { type: 'invalid'; issues: DatasetIssue[] }
  | { type: 'failed'; name: string; message: string };

const ctx = self as unknown as { postMessage: (message: CatalogMessage) => void };

async function load(): Promise<void> {
  try {
    const [{ dataset }, { validateDataset, DatasetError }] = await Promise.all([
      import('../data/dataset'),
      import('../data/schema'),
    ]);
    try {
      ctx.postMessage({ type: 'done', catalog: buildCatalog(validateDataset(dataset)) });
    } catch (error) {
      if (error instanceof DatasetError) ctx.postMessage({ type: 'invalid', issues: error.issues });
      else throw error;
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    ctx.postMessage({ type: 'failed', name: e.name, message: e.message });
  }
}

void load();
