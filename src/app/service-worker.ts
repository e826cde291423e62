import { readStored, writeStored } from '../components/storage';

const BUILD_KEY = 'zj-culture-exports.build';

/**
 * Registers the service worker that keeps the dashboard working offline (production only:
 * the dev server has none). It waits for the page's load and then for an idle moment, so
 * copying the whole build for later never competes with the first view. The single file has
 * none: it is the whole dashboard already, and a page from file:// cannot register one.
 */
export function registerServiceWorker(): void {
  if (__SINGLE_FILE__ || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // No offline copy this time (private mode, a blocked scope): the page works as before.
    });
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(() => void register(), { timeout: 5000 })
      : setTimeout(() => void register(), 2000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * True once per new version, on the first visit that runs it: the page can say, quietly, that
 * the dashboard was updated. The first visit ever says nothing.
 */
export function takeUpdatedNotice(): boolean {
  const seen = readStored(BUILD_KEY);
  writeStored(BUILD_KEY, __BUILD_ID__);
  return seen !== null && seen !== __BUILD_ID__;
}
