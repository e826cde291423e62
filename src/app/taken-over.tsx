import { useEffect } from 'react';
import { useCatalog } from '../api/catalog';

/** The performance mark `npm run bench` reads: the app has taken the page over. */
export const TAKEN_OVER_MARK = 'zj:taken-over';

/**
 * Sets the mark once, in the page's first commit that has both its route module and the
 * figures (it shares the route's Suspense boundary and waits for the figures): from then on the
 * page is React's, its switches work and its figures are in.
 */
export function TakenOverMark() {
  useCatalog();
  useEffect(() => {
    if (performance.getEntriesByName(TAKEN_OVER_MARK).length === 0) performance.mark(TAKEN_OVER_MARK);
  }, []);
  return null;
}
