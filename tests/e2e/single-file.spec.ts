import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { BrowserContext, Page } from '@playwright/test';
import { SINGLE_DIR, SINGLE_FILE_NAME } from '../../scripts/single-file.mjs';
import { test, expect, CHART_DRAWN } from './fixtures';

/*
 * The single file (npm run build:single) as a reader opens it from a USB stick: from file://,
 * with no server. Every request the browser makes is recorded, and any that is not of the file
 * itself (file:) or of data the page made (data:, blob:) fails the test; so does any console
 * error, a refusal of the Content-Security-Policy among them (fixtures.ts).
 */

const FILE = resolve(SINGLE_DIR, SINGLE_FILE_NAME);
const URL_OF_FILE = pathToFileURL(FILE).href;
const ZH_TITLE = '浙江文化服务贸易一览';
const TRADE = 'Culture-services trade, exports and imports';

/** Every URL the context requests from now on. */
function requests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  return seen;
}

function expectNoNetwork(seen: string[]): void {
  expect(seen.length, 'the file itself was requested').toBeGreaterThan(0);
  expect(seen.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
}

/** The router's address, from the hash: "/present?lang=zh&slide=2" as a URL to read. */
function address(page: Page): URL {
  const url = new URL(page.url());
  expect(url.protocol).toBe('file:');
  return new URL(url.hash.slice(1) || '/', 'http://address.invalid');
}

async function open(page: Page, route = ''): Promise<void> {
  expect(existsSync(FILE), `${FILE} is missing: run npm run build:single`).toBe(true);
  await page.goto(URL_OF_FILE + route);
}

test('from file://: switch to 中文, present mode, step through slides and reload, with no network request', async ({
  page,
  context,
}) => {
  const seen = requests(context);
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhejiang’s culture-services trade at a glance');
  await expect.poll(() => address(page).searchParams.get('lang')).toBe('en');
  // One page with every resource inside: a policy that allows no request at all, no inline code but its own.
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute('content', /^default-src 'none'; script-src 'sha256-.*; connect-src 'none'/);
  await expect(policy).not.toHaveAttribute('content', /unsafe-|'self'/);

  await page.getByRole('radio', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect.poll(() => address(page).searchParams.get('lang')).toBe('zh');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '演示' }).click();
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  expect(address(page).pathname).toBe('/present');
  const current = page.locator('section.slide--current');
  await expect(current).toHaveAttribute('aria-label', /^第1页，共15页：/);
  await page.keyboard.press('PageDown');
  await expect.poll(() => address(page).searchParams.get('slide')).toBe('2');
  await expect(current).toHaveAttribute('aria-label', /^第2页，共15页：/);
  await expect(current).toContainText('141.6');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect.poll(() => address(page).searchParams.get('slide')).toBe('4');
  await page.keyboard.press('PageUp');
  await expect.poll(() => address(page).searchParams.get('slide')).toBe('3');
  await page.keyboard.press('End');
  await expect(current).toHaveAttribute('aria-label', /^第15页，共15页：/);

  // The address in the hash is the whole state: a reload comes back to the same slide, in Chinese.
  await page.reload();
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(current).toHaveAttribute('aria-label', /^第15页，共15页：/);
  expect(address(page).pathname).toBe('/present');
  expect(address(page).searchParams.get('lang')).toBe('zh');

  // Back goes through the history the hash kept.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(ZH_TITLE);
  expect(address(page).pathname).toBe('/');
  expectNoNetwork(seen);
});

test('from file://: charts drawn and downloaded, the dark theme, a link to a part of the page, an Excel import on the page', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = requests(context);
  await open(page, '#/growth?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Growth');
  const chart = page.locator('#chart-trade .recharts-surface');
  await expect(chart).toBeVisible(CHART_DRAWN);

  await page.getByRole('radio', { name: 'Dark', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // SheetJS is in the file: the chart's Excel download works without a server.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${TRADE} as Data (Excel)` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  // Links and copied links carry the route in the hash, the chart's fragment after it.
  const tableTab = page.locator('#chart-trade').getByRole('tab', { name: 'Table' });
  expect(await tableTab.getAttribute('href')).toMatch(/^#\/growth\?.*#chart-trade$/);
  await page.getByRole('button', { name: `Copy link to ${TRADE} as shown` }).click();
  const status = page.locator('#chart-trade').getByRole('status');
  await expect(status).toContainText(/Link copied|Copy/);
  const copied = (await status.getByRole('textbox').count())
    ? await status.getByRole('textbox').inputValue()
    : await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${URL_OF_FILE}#/growth?lang=en#chart-trade`);

  // The skip link's "#main" is a part of the page, not a route.
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  expect(address(page).pathname).toBe('/growth');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Growth');

  // The import runs on the page (a file:// page can start no worker), SheetJS included.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exporters' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exporting companies');
  await expect(page.getByRole('searchbox', { name: 'Search names (English or 中文)' })).toBeEnabled();
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['企业名称', '所在城市', '2023年出口额（万元）'],
      ['杭州甲文化公司', '杭州', 8000],
    ]),
    '名单',
  );
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'team.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array),
  });
  const map = page.getByRole('region', { name: 'Check the columns of team.xlsx' });
  await expect(map.getByRole('combobox', { name: 'Column A, “企业名称”' })).toHaveValue('name_zh');
  await map.getByRole('button', { name: 'Import the rows below the header' }).click();
  await expect(page.locator('.import-report')).toContainText('1 row accepted, 0 rejected');
  const row = page.getByRole('table', { name: 'Exporters', exact: true }).getByRole('row', { name: /杭州甲文化公司/ });
  await expect(row).toContainText('80 million yuan');
  // The list is kept in this browser (IndexedDB of the file:// page) across a reload.
  await page.reload();
  await expect(row).toContainText('80 million yuan');
  expectNoNetwork(seen);
});
