import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

function current(page: Page) {
  return page.locator('section.slide--current');
}

/** Opens the deck and waits until the app has taken over the prerendered page, so keys work. */
async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
}

async function slideNumber(page: Page): Promise<number> {
  return Number(new URL(page.url()).searchParams.get('slide') ?? '1');
}

test('clicker keys step through the deck and the address follows; a reload lands on the same slide', async ({
  page,
}) => {
  await openDeck(page, '/present?lang=en');
  await expect(current(page)).toHaveAttribute('aria-label', /^Slide 1 of 15: /);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
  await expect(current(page).getByRole('heading', { name: 'Culture-services trade' })).toBeVisible();
  await expect(current(page)).toContainText('14.16');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(() => slideNumber(page)).toBe(5);
  await page.keyboard.press('PageUp');
  await expect.poll(() => slideNumber(page)).toBe(4);
  await page.keyboard.press('End');
  await expect.poll(() => slideNumber(page)).toBe(15);
  await expect(current(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect.poll(() => slideNumber(page)).toBe(1);

  // A number, then Enter, jumps.
  await page.keyboard.press('8');
  await expect(page.getByText('Go to slide 8: press Enter')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => slideNumber(page)).toBe(8);

  await page.reload();
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(current(page)).toHaveAttribute('aria-label', /^Slide 8 of 15: /);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '8');
});

test('B blacks the screen and B again brings it back; keys do nothing while it is black', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=2');
  await expect(current(page)).toContainText('14.16');
  await page.keyboard.press('b');
  const black = page.locator('.present__black');
  await expect(black).toBeVisible();
  await expect(black).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.keyboard.press('PageDown');
  await expect.poll(() => slideNumber(page)).toBe(2);
  await page.keyboard.press('.');
  await expect(black).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => slideNumber(page)).toBe(3);
});

test('the chosen deck and order come from ?slides=, and a switch of language keeps the slide', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slides=sources,exports-total,title&slide=2');
  await expect(current(page)).toHaveAttribute('aria-label', 'Slide 2 of 3: Culture-services exports');
  await expect(current(page)).toContainText('13.16');
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'zh' && url.searchParams.get('slide') === '2');
  await expect(current(page)).toHaveAttribute('aria-label', '第2页，共3页：文化服务出口');
  await expect(current(page)).toContainText('131.6');
});

test('an unknown slide or deck entry is dropped with a notice, never a blank page', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slides=title,nope&slide=99');
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText('slides=nope');
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText('slide=99');
  await expect(current(page)).toHaveAttribute('aria-label', /^Slide 1 of 1: /);
});

test('printing gives one landscape page per slide', async ({ page }) => {
  await openDeck(page, '/present?lang=en');
  await expect(current(page)).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(15);
  // A4 landscape: the first MediaBox is wider than tall.
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
});

test('a lobby screen advances on its own (?auto=), round to the first slide after the last', async ({ page }) => {
  // A repeated auto is reported, and the first one still runs the screen.
  await openDeck(page, '/present?lang=en&slides=title,trade-total&auto=3&auto=30');
  await expect(page.getByText('Advancing every 3 s')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'does not understand' })).toContainText('auto=30');
  await expect(page).toHaveURL((url) => url.searchParams.getAll('auto').join() === '3');
  await expect.poll(() => slideNumber(page), { timeout: 8000 }).toBe(2);
  await expect.poll(() => slideNumber(page), { timeout: 8000 }).toBe(1);
});

test('/present has its title, and its slides say where they come from', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=2');
  await expect(page).toHaveTitle('Present · Zhejiang Culture Exports');
  await expect(current(page)).toContainText('Source: National honor spotlights Zhejiang');
});

test('axe: a figure slide and the help overlay have no WCAG A/AA violations', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=2');
  await expect(current(page)).toContainText('14.16');
  await expectNoAxeViolations(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Black screen on or off');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
