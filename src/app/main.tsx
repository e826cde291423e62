// First, so that the tokens and the base come before every component's rules.
import './styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../api/catalog';
import { App, basename } from './app';
import { preloadRoute } from './app-routes';
import { createI18n } from './i18n';
import { parseGlobalParams } from '../domain/params';
import { preferredLang } from '../components/use-settings';
import { settleAddressBeforeRender } from '../components/use-search-state';
import { applyTheme, storedTheme } from '../components/use-theme';
import { registerServiceWorker } from './service-worker';
import { hashLocation, keepInPageLinks } from '../components/app-address';

// public/boot.js has applied the theme before the first paint; this covers the dev server too.
applyTheme(storedTheme());
// Where the routes are the hash, a link to a part of the page must not be taken for one.
if (__SINGLE_FILE__) keepInPageLinks(document);

/** Ends this task and goes on in a new one, so that start-up is several short tasks, not one long one. */
function yieldToBrowser(): Promise<void> {
  // A message rather than a timer: timers of a background tab wait up to a second.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const client = new QueryClient();
// Start loading the figures now, alongside the page's own chunk, not after it.
void client.prefetchQuery(catalogQuery);
// Each step below is a task of its own: the browser may paint or take a tap in between.
await yieldToBrowser();

// Read as every page reads it (src/domain/params.ts), so the first render agrees with the header.
// The single file's address is its hash (components/app-address.ts).
const search = new URLSearchParams(__SINGLE_FILE__ ? hashLocation().search : window.location.search);
const lang = parseGlobalParams(search).params.lang ?? preferredLang();
// The address the app would settle on at once (the language written in, see UrlGuard), written
// before the first render, so hydration matches the prerendered links that carry it.
settleAddressBeforeRender(lang);
// The page's own chunk loads alongside the figures and the language, not after them.
const path = __SINGLE_FILE__ ? hashLocation().pathname : window.location.pathname;
preloadRoute(basename !== '/' && path.startsWith(basename) ? path.slice(basename.length) || '/' : path);
await yieldToBrowser();

const i18n = createI18n(lang);
// Chinese strings are a chunk of their own: have them before the first render, not a flash of suspense.
if (lang !== 'en') await i18n.loadLanguages(lang);

/** Resolves after the browser has painted what is on screen (at once in a background tab). */
function afterPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App client={client} i18n={i18n} />
    </StrictMode>
  );
  const html = document.documentElement;
  // public/boot.js marks a prerendered page this visit cannot use ("stale"); none is marked once
  // the page in the visit's language is in place.
  const usable = root.dataset.prerendered !== undefined && html.dataset.prerender === undefined;
  if (usable) {
    // The overview is already in the HTML: let it paint, then hydrate at once so the switches
    // work. Parts that wait for the figures keep their HTML until the figures are in.
    await afterPaint();
    // As a transition, React hydrates in slices of a few milliseconds, yielding to the browser
    // between them, instead of one long task that holds up a tap (about 100 ms on a slow phone).
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
    html.removeAttribute('data-prerender');
  }
}
registerServiceWorker();
