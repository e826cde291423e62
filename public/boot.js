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
  var currency = (params.get('currency') || 'CNY').trim().toUpperCase();
  var base = root.getAttribute('data-base') || '/';
  var path = window.location.pathname;
  var atOverview = path === base || path + '/' === base || path === base + 'index.html';
  var stale = !atOverview || lang !== 'en' || currency !== 'CNY';
  if (stale) root.setAttribute('data-prerender', 'stale');

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') || '' : '';
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
