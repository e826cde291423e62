/*
 * Runs before the first paint (a plain script, so the Content-Security-Policy needs no inline
 * code). It applies a stored theme, shows the prerendered page in Chinese for a Chinese visit,
 * and hides the prerendered page when this visit wants something else (another page, US dollars,
 * a filter), so nobody sees the wrong page flash. In the production build it then starts the app
 * once the page has painted.
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
  if (theme === 'light' || theme === 'dark' || theme === 'projector') root.setAttribute('data-theme', theme);

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
  // It shows the default view in yuan, in English or Chinese: any other parameter asks for
  // something else.
  var plain = true;
  params.forEach(function (value, key) {
    var v = value.trim();
    if (!((key === 'lang' && (v.toLowerCase() === 'en' || v.toLowerCase() === 'zh')) || (key === 'currency' && v.toUpperCase() === 'CNY')))
      plain = false;
  });
  if (lang === 'zh') root.setAttribute('lang', 'zh-CN'); // now, before there is a page to restyle
  // A background tab starts the app at once, before the Chinese page could be put in place.
  var stale = !samePage || !plain || (lang === 'zh' && document.visibilityState === 'hidden');
  if (stale) root.setAttribute('data-prerender', 'stale');
  else if (lang === 'zh') {
    // The page in Chinese waits in a <template> (scripts/prerender.mjs): it takes the English
    // one's place as soon as the HTML is parsed, before the first paint and before the app runs.
    root.setAttribute('data-prerender', 'zh');
    document.addEventListener('DOMContentLoaded', function () {
      // The dev server's app has run before this, and drawn the page itself.
      if (root.getAttribute('data-prerender') !== 'zh') return;
      var template = document.getElementById('prerendered-zh');
      var page = document.getElementById('root');
      if (!template || !page || !template.content) {
        root.setAttribute('data-prerender', 'stale');
        return;
      }
      page.replaceChildren(template.content);
      document.title = template.getAttribute('data-title') || document.title;
      template.remove();
      root.removeAttribute('data-prerender');
    });
  }

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
