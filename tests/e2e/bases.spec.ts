import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { chromiumTable, expectRowBlocks, narrowestValue } from './table-ax';

type Theme = 'light' | 'dark';

const TITLE = 'Export bases';
const COOP_ZONE = 'China (Zhejiang) International Cooperation Zone for the Film and TV Industry';
const ARTS_ZONE = 'China Zhejiang International Cooperation Zone for Arts Trade';
const DIGITAL_ZONE = 'Zhejiang Digital Culture International Cooperation Zone (translated name)';
/** Bases, zones, clusters, the platform and the other programme's designation. */
const PLACES = 8;
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(15, 19, 24)';

async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  const radio = page.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light', exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
}

const CAPTION = 'Export bases, zones and the cloud platform';
const table = (page: Page) => page.getByRole('table', { name: CAPTION });

test('filter by city, reload keeps the filter, open a detail page from the table', async ({ page }) => {
  await page.goto('/bases?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(`${PLACES} of ${PLACES} shown`)).toBeVisible();

  // A click, not check(): the box is controlled by the address, which updates in a transition.
  const yiwu = page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: /^Yiwu/ });
  await yiwu.click();
  await expect(yiwu).toBeChecked();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'yiwu');
  await expect(page.getByText(`1 of ${PLACES} shown`)).toBeVisible();
  await expect(table(page).getByRole('rowheader')).toHaveText([ARTS_ZONE]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(`1 of ${PLACES} shown`)).toBeVisible();
  await expect(page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: /^Yiwu/ })).toBeChecked();
  await expect(table(page).getByRole('rowheader')).toHaveText([ARTS_ZONE]);

  await table(page).getByRole('link', { name: ARTS_ZONE }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/bases/arts-trade-zone');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTS_ZONE);
  await expect(page.getByRole('region', { name: 'Related' }).getByRole('link', { name: COOP_ZONE })).toBeVisible();
});

test('the level facet keeps the two national culture export bases, each with its batch, and the link to Zoland', async ({
  page,
}) => {
  await page.goto('/bases?lang=en');
  const levels = page.getByRole('group', { name: 'Level' });
  const national = levels.getByRole('checkbox', { name: /^National culture export base/ });
  await expect(national.locator('xpath=..')).toContainText('2');
  await national.click();
  await expect(page).toHaveURL((url) => url.searchParams.get('level') === 'national');
  await expect(page.getByText(`2 of ${PLACES} shown`)).toBeVisible();
  await expect(table(page).getByRole('rowheader')).toHaveText([COOP_ZONE, DIGITAL_ZONE]);
  await expect(table(page).getByRole('row').filter({ hasText: COOP_ZONE })).toContainText(
    'First batch, announced June 2018',
  );
  await table(page).getByRole('link', { name: DIGITAL_ZONE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DIGITAL_ZONE);
  await expect(page.getByText('Second batch, announced 26 August 2021')).toBeVisible();
  await page.getByRole('region', { name: 'Related' }).getByRole('link', { name: 'Zoland Cartoon Co' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoland Cartoon Co');
  await expect(page.getByRole('region', { name: 'Related' }).getByRole('link', { name: DIGITAL_ZONE })).toBeVisible();
});

test('search by a Chinese name and sort by a column', async ({ page }) => {
  await page.goto('/bases?lang=en');
  await page.getByRole('searchbox', { name: 'Search by name, in English or Chinese' }).fill('合作区');
  await expect(page.getByText(`3 of ${PLACES} shown`)).toBeVisible();
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(page.getByRole('button', { name: 'Sort by Name' }).locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('q') === '合作区' && url.searchParams.get('sort') === 'name',
  );
});

for (const path of ['/bases', '/bases/coop-zone'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: ${path} in the ${theme} theme has no WCAG A/AA violations`, async ({ page }) => {
      await page.goto(`${path}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(path === '/bases' ? TITLE : COOP_ZONE);
      await chooseTheme(page, theme);
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test.describe('phone width (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each place is a block headed by its name, still a table to Chromium, sorted from the control above', async ({
    page,
  }) => {
    await page.goto('/bases?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    expect(await expectRowBlocks(table(page))).toBe(PLACES);
    expect(await narrowestValue(table(page)), 'the narrowest value, in characters').toBeGreaterThanOrEqual(6);
    const ax = await chromiumTable(page, CAPTION);
    expect(ax.columnHeaders).toEqual(['Name', 'City', 'Kind', 'Level', 'Rank or status', 'Highlights', 'Launched']);
    expect(ax.rows[0]?.header).toBe(COOP_ZONE);
    expect(ax.rows[0]?.cells.slice(0, 2)).toEqual(['City: Hangzhou', 'Kind: Cooperation zone']);

    const control = page.getByRole('group', { name: CAPTION, exact: true });
    await control.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'City' });
    await control.getByRole('button', { name: 'Descending' }).click();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('sort') === 'city' && url.searchParams.get('dir') === 'desc',
    );
    await expect(table(page).getByRole('rowheader').first()).toHaveText(ARTS_ZONE);
    await expect(table(page).getByRole('columnheader', { name: 'City' })).toHaveAttribute('aria-sort', 'descending');
  });

  test('the count line is a status, and Clear stays in place, disabled until there is something to clear', async ({
    page,
  }) => {
    await page.goto('/bases?lang=en');
    const count = page.getByRole('status').filter({ hasText: /^\d+ of \d+ shown$/ });
    const clear = page.getByRole('search').getByRole('button', { name: 'Clear search and filters' });
    await expect(count).toHaveText(`${PLACES} of ${PLACES} shown`);
    await expect(clear).toBeDisabled();
    await page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: /^Yiwu/ }).click();
    await expect(count).toHaveText(`1 of ${PLACES} shown`);
    await clear.click();
    await expect(count).toHaveText(`${PLACES} of ${PLACES} shown`);
    await expect(clear).toBeDisabled();
    await expect(page.getByRole('searchbox', { name: 'Search by name, in English or Chinese' })).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: the stacked /bases in Chinese, ${theme} theme, has no WCAG A/AA violations`, async ({ page }) => {
      // The stored theme, as boot.js applies it (the switch is named in Chinese here).
      await page.addInitScript((t) => localStorage.setItem('zj-culture-exports.theme', t), theme);
      await page.goto('/bases?lang=zh');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('出口基地');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
        .toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
      await expect(page.getByRole('combobox', { name: '排序依据' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  for (const path of ['/bases', '/bases/coop-zone'] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${path} in ${lang} has no horizontal page scroll`, async ({ page }) => {
        await page.goto(`${path}?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('contentinfo')).toBeVisible();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.client).toBe(390);
        expect(widths.scroll, 'document scrollWidth at 390px viewport').toBeLessThanOrEqual(390);
      });
    }
  }
});
