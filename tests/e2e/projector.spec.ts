import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import axeCore from 'axe-core';
import { test, expect, expectNoAxeViolations, CHART_DRAWN } from './fixtures';

/*
 * The projector theme: chosen in the theme switch and remembered, toggled by C in present mode
 * (back to the theme before), and AAA contrast (7:1, 4.5:1 for large text) for every text on
 * the pages a talk uses, in both languages.
 */
const THEME_KEY = 'zj-culture-exports.theme';
const WHITE = 'rgb(255, 255, 255)';

function theme(page: Page) {
  return page.locator('html');
}

function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
}

test('Projector in the theme switch is applied, remembered over a reload, and its colours are custom properties', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const radio = page.getByRole('radio', { name: 'Projector', exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
  await expect.poll(() => bodyBackground(page)).toBe(WHITE);

  await page.reload();
  // boot.js puts it back before the first paint, and the switch shows it.
  await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('radio', { name: 'Projector', exact: true })).toBeChecked();
  expect(await bodyBackground(page)).toBe(WHITE);

  // What the PowerPoint download reads: the colours themselves on <html>, not light-dark().
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return ['--text', '--bg', '--accent', '--cat-1', '--cat-2', '--cat-3', '--cat-4'].map((p) =>
      style.getPropertyValue(p).trim(),
    );
  });
  // The built style sheet may shorten a colour (#000): the same colour.
  const long = (hex: string) => (/^#[\da-f]{3}$/i.test(hex) ? hex.replace(/[\da-f]/gi, (d) => d + d) : hex);
  expect(colours.map(long)).toEqual(['#000000', '#ffffff', '#003d73', '#004c99', '#7a3300', '#00573f', '#7a1f5c']);

  await page.goto('/?lang=zh');
  await expect(page.getByRole('radio', { name: '投影仪', exact: true })).toBeChecked();
});

test('on /present, C turns the projector theme on and C again returns to the theme before, over a reload too', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await page.getByRole('radio', { name: 'Dark', exact: true }).click();
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');

  await openDeck(page, '/present?lang=en&slide=2');
  await page.keyboard.press('c');
  await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
  await expect.poll(() => bodyBackground(page)).toBe(WHITE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('projector');
  // The slide stays where it was.
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);

  await page.keyboard.press('C');
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('c');
  await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
  await page.reload();
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
  await page.keyboard.press('c');
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
});

/** Runs axe's AAA contrast rule; fails listing each text, and returns the lowest ratio it passed. */
async function expectAaaContrast(page: Page, where: string): Promise<number> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join('; ')}`),
  );
  expect(found, `AAA contrast on ${where}:\n${found.join('\n')}`).toEqual([]);
  return lowestRatio(results.passes.flatMap((p) => p.nodes));
}

/** The lowest contrast ratio axe found among the texts it checked (SVG text it leaves undecided). */
function lowestRatio(nodes: readonly { any: readonly { data?: unknown }[] }[]): number {
  const ratios = nodes
    .flatMap((n) => n.any.map((c) => (c.data as { contrastRatio?: number } | null)?.contrastRatio))
    .filter((r): r is number => typeof r === 'number' && r > 0);
  return Math.min(...ratios);
}

/**
 * axe's AAA contrast rule on the slide on screen only, axe put into the page once (a slide is a
 * step of the same page): AxeBuilder sets axe up again on every run, 15 times too slow here.
 */
async function expectAaaContrastOnSlide(page: Page, where: string): Promise<number> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof axeCore }).axe;
    const r = await axe.run('section.slide--current', { runOnly: ['color-contrast-enhanced'] });
    const strip = (results: typeof r.passes) =>
      results.flatMap((v) => v.nodes.map((n) => ({ target: n.target.join(' '), any: n.any })));
    return { violations: strip(r.violations), passes: strip(r.passes) };
  });
  const found = violations.map((n) => `${n.target}: ${n.any.map((c) => c.message).join('; ')}`);
  expect(found, `AAA contrast on ${where}:\n${found.join('\n')}`).toEqual([]);
  return lowestRatio(passes);
}

/** Scrolls the page through, so every chart that draws on coming into view is drawn. */
async function drawEveryChart(page: Page): Promise<void> {
  const canvases = page.locator('.chart-canvas');
  for (let i = 0; i < (await canvases.count()); i++) {
    await canvases.nth(i).scrollIntoViewIfNeeded();
    await expect(canvases.nth(i).locator('svg.recharts-surface')).toHaveCount(1, CHART_DRAWN);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const HEADINGS = {
  '/': { en: 'Zhejiang’s culture-services trade at a glance', zh: '浙江文化服务贸易一览' },
  '/growth': { en: 'Growth', zh: '增长' },
  '/exporters': { en: 'Exporting companies', zh: '出口企业' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  for (const path of ['/', '/growth', '/exporters'] as const) {
    test(`axe: ${path} in ${lang}, projector theme, every text has AAA contrast`, async ({ page }) => {
      test.slow();
      await page.addInitScript((key) => localStorage.setItem(key, 'projector'), THEME_KEY);
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS[path][lang]);
      await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
      await drawEveryChart(page);
      const lowest = await expectAaaContrast(page, `${path} (${lang})`);
      test.info().annotations.push({ type: 'lowest contrast', description: lowest.toFixed(2) });
      await expectNoAxeViolations(page);
    });
  }

  test(`axe: every slide of /present in ${lang}, projector theme, has AAA contrast`, async ({ page }) => {
    test.slow();
    await page.addInitScript((key) => localStorage.setItem(key, 'projector'), THEME_KEY);
    await openDeck(page, `/present?lang=${lang}`);
    await expect(theme(page)).toHaveAttribute('data-theme', 'projector');
    const count = await page.locator('section.slide').count();
    let lowest = Infinity;
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      const slide = page.locator('section.slide--current');
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
      const id = await slide.getAttribute('data-slide');
      if (id?.startsWith('chart-') || id === 'published')
        await expect(slide.locator('svg.recharts-surface')).toHaveCount(1, CHART_DRAWN);
      // The slide on screen only: the rest of the page is the same on every slide, checked once below.
      lowest = Math.min(lowest, await expectAaaContrastOnSlide(page, `/present slide ${n} (${id}, ${lang})`));
    }
    lowest = Math.min(lowest, await expectAaaContrast(page, `/present (${lang})`));
    test.info().annotations.push({ type: 'lowest contrast', description: lowest.toFixed(2) });
    await expectNoAxeViolations(page);
  });
}
