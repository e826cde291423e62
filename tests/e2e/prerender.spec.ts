import { dataset } from '../../src/data/dataset';
import { prerenderedPaths } from '../../src/domain/pages';
import type { Page } from '@playwright/test';
import { test, expect, holdApp } from './fixtures';

/*
 * Every page the build prerenders (src/domain/pages.ts): its text is in the HTML, the HTML
 * runs no script of its own and carries the Content-Security-Policy, and the app takes the page
 * over without a mismatch (the shared fixture fails a test on any console error, which is how
 * React reports a mismatch and Chromium a violation of the policy).
 */
const PATHS = prerenderedPaths(dataset);
const APP = 'Zhejiang Culture Exports';
/** Present mode folds the header to one line: its settings and pages wait behind its Menu button. */
const FOLDED = '/present';

/** Unfolds the header of present mode, once the app has taken it over (a click before then does nothing). */
async function unfold(page: Page, path: string, menu: 'Menu' | '菜单'): Promise<void> {
  if (path !== FOLDED) return;
  const button = page.getByRole('button', { name: menu, exact: true });
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
}

test('the build prerenders the fixed pages and one page per exporter and base', () => {
  expect(PATHS).toEqual(expect.arrayContaining(['/', '/growth', '/exporters', '/bases', '/sources', '/present']));
  expect(PATHS).toContain('/exporters/netease');
  expect(PATHS).toContain('/bases/coop-zone');
});

for (const path of PATHS) {
  test(`${path}: readable without JavaScript, its only script boot.js, under a strict Content-Security-Policy`, async ({
    browser,
    request,
  }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`<meta name="prerendered-path" content="${path}" />`);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/boot.js">']);
    // A style attribute in the HTML would be refused by the policy before the app could set it.
    expect(html).not.toMatch(/\sstyle="/);
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    await expect(heading).not.toHaveText('');
    await expect(page).toHaveTitle(new RegExp(` · ${APP}$`));
    await expect(page.getByRole('main')).toBeVisible();
    await context.close();
  });

  test(`${path}: the app takes over the page, and switching to 中文 translates it`, async ({ page }) => {
    await page.goto(`${path}?lang=en`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    const english = (await heading.textContent()) ?? '';
    await unfold(page, path, 'Menu');
    await page.getByRole('radio', { name: '中文' }).click();
    await expect(page).toHaveURL((url) => url.pathname === path && url.searchParams.get('lang') === 'zh');
    await expect(heading).not.toHaveText(english);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test(`${path}?lang=zh: the page is in the HTML in Chinese too, and the app takes it over`, async ({ page }) => {
    // The app's entry is held, so what shows first is the HTML alone.
    const release = await holdApp(page);
    await page.goto(`${path}?lang=zh`, { waitUntil: 'domcontentloaded' });
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    if (path === FOLDED) await expect(page.getByRole('button', { name: '菜单', exact: true })).toBeVisible();
    else
      await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/ · 浙江文化出口$/);
    const chinese = (await heading.textContent()) ?? '';

    release();
    // Taken over without a mismatch (the fixture fails the test on any console error): the
    // language switch works once the app runs (a click before then does nothing, so retry).
    await unfold(page, path, '菜单');
    await expect(async () => {
      await page.getByRole('radio', { name: 'English' }).click();
      await expect(page).toHaveURL((url) => url.pathname === path && url.searchParams.get('lang') === 'en', {
        timeout: 1000,
      });
    }).toPass();
    await expect(heading).not.toHaveText(chinese);
  });
}

/** The style sheets the page links, in order. */
async function styleSheets(page: Page): Promise<string[]> {
  const links = await page.locator('link[rel="stylesheet"]').all();
  return Promise.all(links.map(async (link) => (await link.getAttribute('href')) ?? ''));
}

for (const path of PATHS) {
  test(`${path}: styled without JavaScript, and the app that takes it over adds no style sheet`, async ({
    browser,
    page,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(path);
    const linked = await styleSheets(plain);
    // The app's sheet is there: the frame is laid out by the base and the shell's own rules
    // (not the browser's defaults).
    await expect(plain.locator('body')).toHaveCSS('margin', '0px');
    // Present mode's slides take the whole width.
    await expect(plain.getByRole('main')).toHaveCSS('max-width', path === FOLDED ? 'none' : '1200px');
    await expect(plain.locator('.site-header')).toHaveCSS('border-bottom-style', 'solid');
    expect(linked).not.toEqual([]);
    await context.close();

    // Everything the running page needs was in its HTML: nothing is added, nothing repeated,
    // so nothing restyles (flashes) as the app takes over.
    await page.goto(`${path}?lang=en`);
    // Running: the language switch works (a click before the app has taken over does nothing).
    await unfold(page, path, 'Menu');
    await expect(async () => {
      await page.getByRole('radio', { name: '中文' }).click();
      await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'zh', { timeout: 1000 });
    }).toPass();
    await page.waitForLoadState('networkidle');
    expect(await styleSheets(page)).toEqual(linked);
  });
}
