import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/*
 * Addresses anyone could paste or be sent: markup, script, broken encoding, huge values,
 * repeated and prototype-named keys, numbers out of range. On every page each one renders a
 * page with its heading, runs nothing it carries, pollutes nothing, and throws nothing (the
 * shared fixture fails a test on any console error or uncaught exception).
 */

const PWN = 'window.__pwned=1';

/**
 * Queries every page meets; `%` sequences are sent as typed, broken ones included. The long
 * values stay under the 16 KB a Node server (vite preview) takes for a request line: longer,
 * and the server refuses the request before the app is reached, unless the service worker
 * happens to be in control already, which made the test depend on its install.
 */
const ANY_PAGE = [
  `?lang=<script>${PWN}</script>`,
  `?lang=en&q=<img src=x onerror="${PWN}">`,
  `?currency=%E0%A4%A&lang=%%`,
  '?lang=en&lang=zh&lang=__proto__&currency=usd&currency=EUR',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x',
  `?lang=zh%00&currency=CNY%0A`,
  `?q=${'a'.repeat(12_000)}`,
  '?lang=%F0%9F%98%80%E2%80%AEtxt.exe',
  `?lang=javascript:${PWN}`,
];

/** Queries aimed at one page's own parameters. */
const OWN: Record<string, string[]> = {
  '/exporters': [
    `?q=<svg onload="${PWN}">&city=hangzhou,,,%00,yiwu,__proto__&sort=constructor&dir=<b>`,
    '?sector=1e309&markets=-1&sort=name&sort=city&dir=desc&dir=asc',
  ],
  '/bases': ['?city=%ZZ&kind=toString&sort=rank&dir=sideways', `?q=${'中'.repeat(1_500)}`],
  '/growth': [`?table=" onmouseover="${PWN}&table=trade`, '?table=trade,trade,TRADE,../share,__proto__'],
  '/present': [
    '?slide=1e309&auto=-1',
    '?slides=../../etc/passwd,chart-trade,,title&slide=0&auto=1e309',
    '?slide=-1&slide=2',
  ],
};

const PAGES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /culture-services trade at a glance|文化服务贸易一览/ },
  { path: '/growth', heading: /^(Growth|增长)$/ },
  { path: '/exporters', heading: /^(Exporting companies|出口企业)$/ },
  { path: '/bases', heading: /^(Export bases|出口基地)$/ },
  { path: '/exporters/netease', heading: /^(NetEase|网易)$/ },
  { path: '/present', heading: /^(Present|演示)$/ },
  { path: '/sources', heading: /^(Sources and methods|来源与方法)$/ },
];

async function expectSafe(page: Page, url: string, heading: RegExp): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 }).first(), url).toHaveText(heading);
  const harm = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    polluted: (Object.prototype as Record<string, unknown>).polluted,
    scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
  }));
  expect(harm.pwned, `${url} ran a script it carried`).toBeUndefined();
  expect(harm.polluted, `${url} polluted Object.prototype`).toBeUndefined();
  expect(
    harm.scripts.filter((s) => s === 'inline'),
    `${url} added an inline script`,
  ).toEqual([]);
}

for (const { path, heading } of PAGES) {
  test(`${path}: hostile addresses render the page and run nothing`, async ({ page }) => {
    test.setTimeout(90_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of [...ANY_PAGE, ...(OWN[path] ?? [])]) await expectSafe(page, `${path}${query}`, heading);
    expect(dialogs).toEqual([]);
  });
}

test('a bad language is dropped and named in the notice, with the markup shown as text', async ({ page }) => {
  await page.goto(`/sources?lang=<b>bold</b>&currency=EUR`);
  const notice = page.getByRole('status').filter({ hasText: 'does not understand' });
  await expect(notice).toContainText('lang=<b>bold</b>, currency=EUR');
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'en' && !url.searchParams.has('currency'));
});

test('an exporter id made of markup shows "not found" with the id as text', async ({ page }) => {
  await page.goto(`/exporters/${encodeURIComponent(`<img src=x onerror="${PWN}">`)}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exporter not found');
  await expect(page.getByText('<img src=x onerror=', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.getByRole('link', { name: /exporters/i }).last()).toBeVisible();
});

test('links to other sites open with noopener noreferrer', async ({ page }) => {
  await page.goto('/sources?lang=en');
  const external = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => ({ href: a.href, rel: (a.getAttribute('rel') ?? '').split(/\s+/).sort().join(' ') })),
  );
  expect(external.length).toBeGreaterThan(0);
  expect(external.filter((a) => a.rel !== 'noopener noreferrer')).toEqual([]);
});

test('a page chunk that cannot load (offline after a new deploy) shows "reload", not a blank page', async ({
  page,
  pageErrors,
}) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhejiang’s culture-services trade at a glance');
  await page.route(/\/assets\/growth-page-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Growth' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This part of the dashboard could not be loaded');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.unroute(/\/assets\/growth-page-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Growth');
  // The failed download is the only error there was, and this test caused it.
  const expected = /growth-page|Failed to fetch dynamically imported module|net::ERR_INTERNET_DISCONNECTED/;
  expect(pageErrors.filter((e) => !expected.test(e))).toEqual([]);
  pageErrors.splice(0);
});
