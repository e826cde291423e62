import { createPath, parsePath, type Path } from 'react-router';

/*
 * The address where routes live in the hash: the single file, opened from file://, routes on
 * what follows the file's own path (zhejiang-culture-exports.html#/growth?lang=zh#chart-exports),
 * where the hosted site routes on the path (/growth?lang=zh#chart-exports). For the code that
 * reads or writes the address outside the router: before the first render, a copied link, an
 * href. Each use sits behind `__SINGLE_FILE__ ?`, a compile-time constant: the hosted build
 * keeps its own code exactly as it was and none of this.
 */

/** The router's address held in a URL's hash, read as React Router's HashRouter reads it. */
export function hashAddress(hash: string): Path {
  const { pathname = '/', search = '', hash: fragment = '' } = parsePath(hash.replace(/^#/, ''));
  return {
    pathname: pathname.startsWith('/') || pathname.startsWith('.') ? pathname : `/${pathname}`,
    search,
    hash: fragment,
  };
}

/** The hash of a URL that holds this address, in HashRouter's form: "#/growth?lang=zh". */
export function addressHash(address: Partial<Path>): string {
  return `#${createPath(address)}`;
}

/** The address the page is at, from its hash. */
export function hashLocation(): Path {
  return hashAddress(window.location.hash);
}

/** The page's URL with parts of the address in its hash changed (a query, a fragment). */
export function hashUrl(change: Partial<Path>): URL {
  const url = new URL(window.location.href);
  url.hash = addressHash({ ...hashAddress(url.hash), ...change });
  return url;
}

/**
 * Where routes live in the hash, a link to a part of the page (the skip link's "#main", the
 * sources page's contents) would be taken for a route: it brings the part into view and
 * focus instead, as the browser does on the hosted site. Links the app handles itself (their
 * click prevented) and routes ("#/growth") are left alone.
 */
export function keepInPageLinks(doc: Document): void {
  doc.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const href = link?.getAttribute('href') ?? '';
    if (!link || href.startsWith('#/')) return;
    event.preventDefault();
    let id = href.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      return;
    }
    const target = doc.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
}
