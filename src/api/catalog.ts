import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { buildCatalog, type Catalog } from '../domain/figures';

/*
 * The only place that knows where the data lives. Today it is a module bundled with the app,
 * loaded on demand and validated; an HTTP source would replace loadCatalog and nothing else.
 */

async function loadCatalog(): Promise<Catalog> {
  // The dataset and its validator load on demand, beside the route, not in the first bundle.
  const [{ dataset }, { validateDataset }] = await Promise.all([import('../data/dataset'), import('../data/schema')]);
  return buildCatalog(validateDataset(dataset));
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
