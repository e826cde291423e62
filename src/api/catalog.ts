import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Catalog } from '../domain/catalog';

/*
 * The only place that knows where the data lives, and whether it still has to be checked.
 * The dataset module bundled with the app was validated when the app was built (the
 * validate-dataset plugin of vite.config.ts fails the build naming the record and the field),
 * so a production build takes it as it is and ships no validator. Data from outside the build
 * is untrusted and goes through untrustedCatalog: the dev server's module, which is whatever
 * the editor saved a moment ago, and an HTTP source, which would replace bundledData and
 * nothing else.
 */

/** Data the build has not checked: validated first, with the validator loaded only now. */
export async function untrustedCatalog(input: unknown): Promise<Catalog> {
  const [{ validateDataset }, { buildCatalog }] = await Promise.all([
    import('../data/schema'),
    import('../domain/catalog'),
  ]);
  return buildCatalog(validateDataset(input));
}

/** The dataset module bundled with the app, loaded on demand beside the route's own chunk. */
async function bundledData() {
  return (await import('../data/dataset')).dataset;
}

async function loadCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return untrustedCatalog(await bundledData());
  // Deriving takes about a millisecond: a worker would cost more to start than it saves.
  const [dataset, { buildCatalog }] = await Promise.all([bundledData(), import('../domain/catalog')]);
  return buildCatalog(dataset);
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
