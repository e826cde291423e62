/*
 * Runs before the first paint (a plain script, so the Content-Security-Policy needs no inline
 * code). It applies a stored theme, and hides the prerendered English overview when this visit
 * wants something else (another page, Chinese, US dollars), so nobody sees the wrong page flash.
 * In the production build it then starts the app once the page has painted.
 */
(function () {
  var root = document.documentElement;
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  var theme = stored('zj-culture-exports.theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  // A control of the prerendered page carries aria-disabled until the app has taken it over
  // (src/components/use-hydrated.ts): what is aimed at it before then is held back, since the
  // static page would tick the box or take the word without the app ever knowing. Tab still
  // moves on.
  function holdBack(event) {
    var target = event.target;
    if (!target || !target.closest || !target.closest('[aria-disabled="true"]')) return;
    if (event.type === 'keydown' && (event.key === 'Tab' || event.key === 'Shift')) return;
    event.preventDefault();
  }
  ['click', 'keydown', 'beforeinput', 'paste', 'drop'].forEach(function (type) {
    document.addEventListener(type, holdBack, true);
  });

  var params = new URLSearchParams(window.location.search);
  var lang = (params.get('lang') || '').trim().toLowerCase();
  if (lang !== 'en' && lang !== 'zh') {
    var remembered = stored('zj-culture-exports.lang');
    lang =
      remembered === 'en' || remembered === 'zh'
        ? remembered
        : (navigator.language || '').toLowerCase().indexOf('zh') === 0
          ? 'zh'
          : 'en';
  }
  var base = root.getAttribute('data-base') || '/';
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') || '' : '';
  }
  // The page this HTML was prerendered for ("/", "/growth"), relative to the base; the same
  // file also answers unknown paths as the single-page fallback.
  var prerendered = meta('prerendered-path') || '/';
  var path = window.location.pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  var here = '/' + (path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\//, ''));
  var samePage = here.replace(/\/$/, '') === prerendered.replace(/\/$/, '');
  // It shows the English, yuan, default view: any other parameter asks for something else.
  var plain = true;
  params.forEach(function (value, key) {
    if (!((key === 'lang' && value.trim().toLowerCase() === 'en') || (key === 'currency' && value.trim().toUpperCase() === 'CNY')))
      plain = false;
  });
  var stale = !samePage || lang !== 'en' || !plain;
  if (stale) root.setAttribute('data-prerender', 'stale');

  function start() {
    var entry = meta('app-entry');
    if (!entry) return; // the dev server loads the app itself
    meta('app-preload')
      .split(' ')
      .forEach(function (href) {
        if (!href) return;
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }
  // A hidden prerender or a background tab has nothing to paint first: load the app at once.
  // Otherwise let the prerendered overview paint, then load it.
  if (stale || document.visibilityState === 'hidden') start();
  else
    document.addEventListener('DOMContentLoaded', function () {
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
    });
})();
