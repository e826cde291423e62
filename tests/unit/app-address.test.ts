import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressHash, hashAddress, hashLocation, hashUrl, keepInPageLinks } from '../../src/components/app-address';

/* The single file's address, held in the hash: read as React Router's HashRouter reads it. */

describe('hashAddress', () => {
  it('reads the path, the query and a fragment after them', () => {
    expect(hashAddress('#/present?lang=zh&slide=2')).toEqual({
      pathname: '/present',
      search: '?lang=zh&slide=2',
      hash: '',
    });
    expect(hashAddress('#/growth?lang=en#chart-trade')).toEqual({
      pathname: '/growth',
      search: '?lang=en',
      hash: '#chart-trade',
    });
  });

  it('reads no hash as the overview, and a path without its slash as HashRouter does', () => {
    expect(hashAddress('')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(hashAddress('#')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(hashAddress('#?lang=zh')).toEqual({ pathname: '/', search: '?lang=zh', hash: '' });
    expect(hashAddress('#main')).toEqual({ pathname: '/main', search: '', hash: '' });
  });

  it('writes back what it reads', () => {
    for (const hash of ['#/', '#/present?lang=zh&slide=2', '#/growth?lang=en#chart-trade', '#/bases/coop-zone'])
      expect(addressHash(hashAddress(hash))).toBe(hash);
    expect(addressHash({ pathname: '/growth', search: 'table=share' })).toBe('#/growth?table=share');
  });
});

describe('the page address', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('changes one part of the address in the hash and keeps the others, the file path untouched', () => {
    window.history.replaceState(null, '', '/stick/dashboard.html#/growth?lang=zh');
    expect(hashLocation()).toEqual({ pathname: '/growth', search: '?lang=zh', hash: '' });
    const link = hashUrl({ hash: 'chart-trade' });
    expect(link.pathname).toBe('/stick/dashboard.html');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#/growth?lang=zh#chart-trade');
    expect(hashUrl({ search: 'lang=zh&currency=USD' }).hash).toBe('#/growth?lang=zh&currency=USD');
  });
});

describe('keepInPageLinks', () => {
  it('brings a part of the page into view and focus instead of taking its link for a route', () => {
    document.body.innerHTML =
      '<a id="skip" href="#main">Skip</a><a id="route" href="#/growth">Growth</a>' +
      '<a id="handled" href="#chart-x">Tab</a><main id="main" tabindex="-1"></main>';
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    keepInPageLinks(document);
    const click = (id: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      document.getElementById(id)?.dispatchEvent(event);
      return event.defaultPrevented;
    };

    expect(click('skip')).toBe(true);
    expect(document.activeElement?.id).toBe('main');
    expect(scrolled).toHaveBeenCalledTimes(1);

    expect(click('route')).toBe(false);
    // A link the app handles itself (its own click prevented first) is left to it.
    document.getElementById('handled')?.addEventListener('click', (e) => e.preventDefault());
    click('handled');
    expect(scrolled).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '';
  });
});
