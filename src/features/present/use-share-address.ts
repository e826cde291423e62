import { useHref, useLocation } from 'react-router';
import { useHydrated } from '../../components/use-hydrated';
import { useSettings } from '../../components/use-settings';
import { shareAddress } from '../../domain/share-address';

/**
 * The address a phone in the room opens for this slide (src/domain/share-address.ts):
 * undefined on the server and until the app has taken over (the prerendered page does not know
 * where it is served from), 'file' in a copy opened from disk, whose file: address no phone
 * can open.
 */
export function useShareAddress(slide: number): string | 'file' | undefined {
  const hydrated = useHydrated();
  const { lang, currency } = useSettings();
  const { pathname, search } = useLocation();
  // The page's path with the base the dashboard is served from (/dashboard/present).
  const path = useHref({ pathname });
  if (!hydrated) return undefined;
  const page = new URL(document.URL);
  if (page.protocol === 'file:') return 'file';
  return shareAddress(`${page.origin}${path}${search}`, { lang, currency, slide });
}
