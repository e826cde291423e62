import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { DatasetError } from '../data/dataset-error';
import { buildCatalog, type Catalog } from '../domain/figures';
import type { CatalogMessage } from './catalog-worker';

/*
 * The only place that knows where the data lives. Today it is a module bundled with the app,
 * loaded on demand and validated; an HTTP source would replace loadCatalog and nothing else.
 */

/** On this thread: where there is no Worker (the build's prerender, tests, old runtimes). */
async function loadHere(): Promise<Catalog> {
  // The dataset and its validator load on demand, beside the route, not in the first bundle.
  const [{ dataset }, { validateDataset }] = await Promise.all([import('../data/dataset'), import('../data/schema')]);
  return buildCatalog(validateDataset(dataset));
}

/** In a Web Worker, so that validating and deriving never block the page. */
function loadInWorker(): Promise<Catalog> {
  const worker = new Worker(new URL('./catalog-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Catalog>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CatalogMessage>) => {
      worker.terminate();
      const message = event.data;
      if (message.type === 'done') resolve(message.catalog);
      // Rebuilt here, so that error pages recognise it and name the record and field.
      else if (message.type === 'invalid') reject(new DatasetError(message.issues));
      else reject(Object.assign(new Error(message.message), { name: message.name }));
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      // A worker script that cannot load is a chunk that cannot load: the page offers a reload.
      reject(
        new Error(`Failed to fetch dynamically imported module: the figures' worker (${event.message || 'no detail'})`),
      );
    };
  });
}

function loadCatalog(): Promise<Catalog> {
  return typeof Worker === 'undefined' || import.meta.env.SSR ? loadHere() : loadInWorker();
}

export const catalogQuery = queryOptions({
  queryKey: ['catalog'],
  queryFn: loadCatalog,
  // The figures are published and do not change while the page is open.
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useCatalog(): Catalog {
  return useSuspenseQuery(catalogQuery).data;
}
