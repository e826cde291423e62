import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, holdApp } from './fixtures';
import { chromiumTable, expectRowBlocks, narrowestValue } from './table-ax';

type Theme = 'light' | 'dark';

const TITLE = 'Exporting companies';
const SEARCH = 'Search names (English or 中文)';
const IMPORTED = 'imported — not part of the official figures';
/** The official rows in the dataset's order; an English name no source gives is marked as a translation. */
const OFFICIAL = [
  'NetEase',
  'Huahong Group',
  'Zoland Cartoon Co',
  'Zhejiang Publishing United Group',
  'Zhejiang University Press (translated name)',
  'Zhejiang Fubo Media Technology (translated name)',
  'Zhejiang Ruohong Culture (translated name)',
  'Huace Film & TV (translated name)',
  'Hangzhou Jiuyang Culture Media (translated name)',
  'Dafeng Industrial Co Ltd',
  'Huanyu (translated name)',
  'Huayi Brothers (translated name)',
  'Daylight (translated name)',
  'Qiancheng (translated name)',
  'Tangde (translated name)',
];
const N = OFFICIAL.length;
/** The Hangzhou rows, in the dataset's order. */
const HANGZHOU = [
  'NetEase',
  'Zoland Cartoon Co',
  'Zhejiang University Press (translated name)',
  'Zhejiang Fubo Media Technology (translated name)',
  'Zhejiang Ruohong Culture (translated name)',
  'Huace Film & TV (translated name)',
  'Hangzhou Jiuyang Culture Media (translated name)',
];
/** The Hangzhou rows by name, descending (the sort reads the name, not its mark). */
const HANGZHOU_DESC = [
  'Zoland Cartoon Co',
  'Zhejiang University Press (translated name)',
  'Zhejiang Ruohong Culture (translated name)',
  'Zhejiang Fubo Media Technology (translated name)',
  'NetEase',
  'Huace Film & TV (translated name)',
  'Hangzhou Jiuyang Culture Media (translated name)',
];
const HEADER = 'id,name_en,name_zh,city,sector,markets,value,unit,qualifier,period,note,source';
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(15, 19, 24)';

const table = (page: Page) => page.getByRole('table', { name: 'Exporters', exact: true });
/** The sort control above the stacked rows, named by the table's caption. */
const sortControl = (page: Page, caption = 'Exporters') => page.getByRole('group', { name: caption, exact: true });
const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ shown$/ });
const cityBox = (page: Page, city: string) =>
  page.getByRole('group', { name: 'City' }).getByRole('checkbox', { name: new RegExp(`^${city}`) });
const fileInput = (page: Page) => page.getByLabel('Choose a file to import');
const importReport = (page: Page) => page.locator('.import-report');

/** Chooses a file, then confirms the column map the dashboard guessed for it: nothing is stored before. */
async function importThroughMap(page: Page, files: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await fileInput(page).setInputFiles(files);
  const map = page.getByRole('region', { name: /^Check the columns of / });
  await map.getByRole('button', { name: 'Import the rows below the header' }).click();
  await expect(map).toHaveCount(0);
}

async function openExporters(page: Page, path = '/exporters?lang=en'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The app has taken over the prerendered page, and the imported lists have been read from IndexedDB.
  await expect(page.getByRole('searchbox', { name: SEARCH })).toBeEnabled();
  await expect(page.getByText('Reading the lists saved in this browser…')).toHaveCount(0);
}

async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  const radio = page.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light', exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
}

/** The numbers of "A rows accepted, R rejected, of T rows in the file (ENC)." */
async function reportNumbers(report: Locator): Promise<{ accepted: number; rejected: number; total: number }> {
  const text = (await report.getByText(/accepted, \d+ rejected, of/).textContent()) ?? '';
  const m = /(\d+) rows? accepted, (\d+) rejected, of (\d+) rows?/.exec(text);
  expect(m, `report summary: ${text}`).not.toBeNull();
  return { accepted: Number(m?.[1]), rejected: Number(m?.[2]), total: Number(m?.[3]) };
}

test('search for NetEase, filter by city, and a copied link reopens the same view', async ({ page, context }) => {
  await openExporters(page);
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
  await expect(table(page).getByRole('rowheader')).toHaveText(OFFICIAL);

  const search = page.getByRole('searchbox', { name: SEARCH });
  await search.fill('NetEase');
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
  await expect(table(page).getByRole('rowheader')).toHaveText(['NetEase']);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'NetEase');

  await search.fill('');
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
  // A click, not check(): the box is controlled by the address.
  await cityBox(page, 'Hangzhou').click();
  await expect(cityBox(page, 'Hangzhou')).toBeChecked();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'hangzhou');
  await expect(countLine(page)).toHaveText(`${HANGZHOU.length} of ${N} shown`);
  await expect(table(page).getByRole('rowheader')).toHaveText(HANGZHOU);

  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(page.getByRole('button', { name: 'Sort by Name' }).locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table(page).getByRole('rowheader')).toHaveText(HANGZHOU_DESC);
  await expect(page).toHaveURL((url) => url.searchParams.get('dir') === 'desc');

  const copied = page.url();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(countLine(other)).toHaveText(`${HANGZHOU.length} of ${N} shown`);
  await expect(cityBox(other, 'Hangzhou')).toBeChecked();
  await expect(cityBox(other, 'Yiwu')).not.toBeChecked();
  await expect(table(other).getByRole('rowheader')).toHaveText(HANGZHOU_DESC);
  await expect(other.getByRole('button', { name: 'Sort by Name' }).locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(other.url()).toBe(copied);
});

test('before the app takes over the prerendered page, a tick or a word is held back, not silently lost', async ({
  page,
}) => {
  // The app's entry is held, so the page stays the static HTML with its controls marked.
  const release = await holdApp(page);
  await page.goto('/exporters?lang=en', { waitUntil: 'domcontentloaded' });
  const search = page.getByRole('searchbox', { name: SEARCH });
  const hangzhou = cityBox(page, 'Hangzhou');
  await expect(search).toBeDisabled();
  await expect(page.getByRole('group', { name: 'City' })).toHaveAttribute('aria-disabled', 'true');

  // As a reader would, without waiting for the controls to become available.
  await hangzhou.click({ force: true });
  await expect(hangzhou).not.toBeChecked();
  await search.focus();
  await page.keyboard.type('net');
  await expect(search).toHaveValue('');
  // Tab still moves on.
  await page.keyboard.press('Tab');
  await expect(search).not.toBeFocused();

  release();
  await expect(search).toBeEnabled();
  await hangzhou.click();
  await expect(hangzhou).toBeChecked();
  await expect(countLine(page)).toHaveText(`${HANGZHOU.length} of ${N} shown`);
  await search.fill('net');
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
});

test('a search in the address survives a reload and opens in a new page', async ({ page, context }) => {
  await openExporters(page);
  await page.getByRole('searchbox', { name: SEARCH }).fill('网易');
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '网易');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('searchbox', { name: SEARCH })).toHaveValue('网易');
  await expect(countLine(other)).toHaveText(`1 of ${N} shown`);
  await expect(table(other).getByRole('rowheader')).toHaveText(['NetEase']);
});

test('an unknown city in the address is dropped and named in a notice', async ({ page }) => {
  await page.goto('/exporters?city=atlantis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('status').filter({ hasText: 'does not understand' })).toHaveText(
    /ignored: city=atlantis\./,
  );
  await expect(page).toHaveURL((url) => !url.searchParams.has('city') && url.searchParams.get('lang') === 'en');
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
});

test('the search box empties when the main navigation opens /exporters again', async ({ page }) => {
  await openExporters(page);
  const search = page.getByRole('searchbox', { name: SEARCH });
  await search.fill('netease');
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exporters' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/exporters' && !url.searchParams.has('q'));
  await expect(search).toHaveValue('');
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
});

test('on a slow phone, a search typed just before the main navigation opens /exporters again does not come back', async ({
  page,
}) => {
  await openExporters(page);
  const search = page.getByRole('searchbox', { name: SEARCH });
  // The search reaches the address 300 ms after typing stops; on a CPU 8x slower, the link's
  // navigation is still rendering then, and the address it leads to is the one already shown.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await search.fill('netease');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exporters' }).click();
  await expect(search).toHaveValue('');
  await page.waitForTimeout(600);
  await expect(page).toHaveURL((url) => url.pathname === '/exporters' && !url.searchParams.has('q'));
  await expect(search).toHaveValue('');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('the NetEase link in the table opens its detail page', async ({ page }) => {
  await openExporters(page);
  await table(page).getByRole('link', { name: 'NetEase', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/exporters/netease');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NetEase');
  await expect(page).toHaveTitle(/^NetEase · /);
});

test('export all rows as CSV, import the file back, keep it over a reload, then remove it', async ({
  page,
}, testInfo) => {
  await openExporters(page);
  const today = new Date().toISOString().slice(0, 10);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download all ${N} rows (CSV)` }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/\.csv$/);
  const saved = testInfo.outputPath(fileName);
  await download.saveAs(saved);
  const bytes = await readFile(saved);

  // UTF-8 BOM, so that Excel reads the Chinese names correctly.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split(/\r\n/);
  const meta = lines.filter((l) => /^"?# /.test(l));
  expect(
    meta.some((l) => /^"?# Source: Zhejiang Culture Exports dataset/.test(l)),
    meta.join('\n'),
  ).toBe(true);
  expect(meta).toContain(`# Exported: ${today}`);
  expect(meta).toContain('# Filters: none');
  const headerAt = lines.indexOf(HEADER);
  expect(headerAt, `header line in:\n${text}`).toBe(meta.length);
  // One data row per official exporter after the header, then the final CRLF.
  expect(lines.slice(headerAt + 1).filter(Boolean)).toHaveLength(N);
  expect(text).toContain('netease,NetEase,网易,Hangzhou,Video games');

  await importThroughMap(page, saved);
  await expect(importReport(page).getByRole('heading', { name: `Import report for ${fileName}` })).toBeVisible();
  await expect(importReport(page)).toContainText(`${N} rows accepted, 0 rejected, of ${N} rows`);
  await expect(countLine(page)).toHaveText(`${2 * N} of ${2 * N} shown`);
  await expect(table(page).getByRole('rowheader').filter({ hasText: IMPORTED })).toHaveCount(N);
  await expect(table(page).getByRole('rowheader').filter({ hasNotText: IMPORTED })).toHaveText(OFFICIAL);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(countLine(page)).toHaveText(`${2 * N} of ${2 * N} shown`);
  await expect(table(page).getByRole('rowheader').filter({ hasText: IMPORTED })).toHaveCount(N);

  await page.getByRole('button', { name: `Remove ${fileName}` }).click();
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
  await expect(table(page).getByRole('rowheader')).toHaveText(OFFICIAL);
  await expect(page.getByText('No list imported yet.')).toBeVisible();
});

test('exporting the rows shown records the filters in the file', async ({ page }, testInfo) => {
  await openExporters(page);
  await page.getByRole('searchbox', { name: SEARCH }).fill('net');
  await cityBox(page, 'Hangzhou').click();
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the 1 row shown (CSV)' }).click(),
  ]);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  const lines = (await readFile(saved, 'utf8')).replace(/^\uFEFF/, '').split(/\r\n/);
  // Quoted: the semicolon is one of the delimiters a reader may take.
  expect(lines).toContain('"# Filters: q=net; City=Hangzhou"');
  expect(lines.slice(lines.indexOf(HEADER) + 1).filter(Boolean)).toHaveLength(1);
});

test('a CSV with good and bad rows: each bad row is reported with its line and reason', async ({ page }, testInfo) => {
  await openExporters(page);
  const path = testInfo.outputPath('mixed.csv');
  await writeFile(
    path,
    [
      'name_en,city,value,unit',
      'Good Culture Co,Hangzhou,100,CNY',
      'Bad Value Co,Hangzhou,abc,CNY',
      ',Yiwu,5,CNY',
      'Euro Co,Yiwu,5,EUR',
      '',
    ].join('\n'),
  );
  await importThroughMap(page, path);
  const report = importReport(page);
  await expect(report.getByRole('heading', { name: 'Import report for mixed.csv' })).toBeVisible();
  const rejects = report.getByRole('listitem');
  await expect(rejects).toHaveCount(3);
  await expect(rejects.nth(0)).toContainText('line 3: the value is not a number');
  await expect(rejects.nth(0)).toContainText('abc');
  await expect(rejects.nth(1)).toContainText('line 4: no name in English or Chinese');
  await expect(rejects.nth(2)).toContainText('line 5: unknown unit');
  await expect(rejects.nth(2)).toContainText('EUR');

  const { accepted, rejected, total } = await reportNumbers(report);
  expect({ accepted, rejected, total }).toEqual({ accepted: 1, rejected: 3, total: 4 });
  expect(accepted + rejected).toBe(total);

  await expect(countLine(page)).toHaveText(`${N + 1} of ${N + 1} shown`);
  await expect(table(page).getByRole('rowheader').filter({ hasText: IMPORTED })).toHaveText([/^Good Culture Co/]);
});

test('a facet value that only an imported list has survives a reload', async ({ page }) => {
  await openExporters(page);
  await importThroughMap(page, {
    name: 'wenzhou.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name_en,city\nWenzhou Culture Co,Wenzhou\n'),
  });
  await expect(countLine(page)).toHaveText(`${N + 1} of ${N + 1} shown`);
  await cityBox(page, 'Wenzhou').click();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'wenzhou');
  await expect(countLine(page)).toHaveText(`1 of ${N + 1} shown`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(countLine(page)).toHaveText(`1 of ${N + 1} shown`);
  await expect(cityBox(page, 'Wenzhou')).toBeChecked();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'wenzhou');
  await expect(page.getByText(/does not understand/)).toHaveCount(0);
});

/** Deterministic bytes that are no text in any encoding (a small LCG, with NULs and high bytes). */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  Buffer.from('IHDR'),
  Buffer.from([0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61]),
]);

for (const [name, bytes] of [
  ['picture.png.csv', PNG],
  ['random.csv', noise(2048)],
] as const) {
  test(`a file that is not a table (${name}) gets a clear error and the official rows stay`, async ({ page }) => {
    await openExporters(page);
    await fileInput(page).setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
    await expect(page.getByRole('alert')).toHaveText('This file is not a table of exporters.');
    await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
    await expect(table(page).getByRole('rowheader')).toHaveText(OFFICIAL);
    await expect(page.getByText('No list imported yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: `Remove ${name}` })).toHaveCount(0);
  });
}

test('a GBK-encoded CSV imports with its Chinese name readable', async ({ page }) => {
  await openExporters(page);
  const gbk = Buffer.concat([
    Buffer.from('name_zh,city,value,unit\r\n'),
    Buffer.from([0xcd, 0xf8, 0xd2, 0xd7]), // 网易
    Buffer.from(','),
    Buffer.from([0xba, 0xbc, 0xd6, 0xdd]), // 杭州
    Buffer.from(',5,CNY\r\n'),
  ]);
  await importThroughMap(page, { name: 'gbk.csv', mimeType: 'text/csv', buffer: gbk });
  const report = importReport(page);
  await expect(report).toContainText('(GBK)');
  expect(await reportNumbers(report)).toEqual({ accepted: 1, rejected: 0, total: 1 });
  await expect(countLine(page)).toHaveText(`${N + 1} of ${N + 1} shown`);
  const row = table(page).getByRole('rowheader').filter({ hasText: IMPORTED });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('网易');
  // 杭州 in the file is the dataset's Hangzhou.
  await expect(cityBox(page, 'Hangzhou').locator('xpath=..')).toContainText(String(HANGZHOU.length + 1));

  await page.getByRole('searchbox', { name: SEARCH }).fill('网易');
  await expect(countLine(page)).toHaveText(`2 of ${N + 1} shown`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: /exporters in the ${theme} theme has no WCAG A/AA violations`, async ({ page }) => {
    // axe walks every cell of fifteen rows: well over the default 30 s on a slow two-core machine.
    test.slow();
    await openExporters(page);
    await chooseTheme(page, theme);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: /exporters filtered, with an imported list and an import report, ${theme} theme`, async ({ page }) => {
    // A city filter greys the facet values that would show nothing.
    await openExporters(page, '/exporters?lang=en&city=hangzhou');
    await chooseTheme(page, theme);
    await importThroughMap(page, {
      name: 'team.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name_en,value,unit\nTeam Co,1,CNY\nBad Co,x,CNY\n'),
    });
    await expect(importReport(page).getByRole('listitem')).toHaveCount(1);
    // The imported row has no city, so the Hangzhou filter leaves the official Hangzhou rows.
    await expect(countLine(page)).toHaveText(`${HANGZHOU.length} of ${N + 1} shown`);
    await expect(page.locator('.facet__option--empty').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: /exporters with no matching row, ${theme} theme`, async ({ page }) => {
    await openExporters(page, '/exporters?lang=en&q=nothing-like-this');
    await chooseTheme(page, theme);
    await expect(page.getByText('No exporter matches these filters.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: /exporters/netease in the ${theme} theme has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto('/exporters/netease?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NetEase');
    await chooseTheme(page, theme);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('on a wide screen the columns sort from their headers, and the stacked rows’ sort control is not shown', async ({
  page,
}) => {
  await openExporters(page);
  await expect(page.getByRole('button', { name: 'Sort by Name' })).toBeVisible();
  await expect(sortControl(page)).toBeHidden();
  // Six characters to the rounding of the layout.
  expect(await narrowestValue(table(page)), 'the narrowest column, in characters').toBeGreaterThanOrEqual(5.95);
  const ax = await chromiumTable(page, 'Exporters');
  expect(ax.rows.map((r) => r.header)).toEqual(OFFICIAL);
  expect(ax.rows[0]?.cells[0]).toBe('Hangzhou');
});

test('keyboard: Tab into the search box, type, Tab to a facet and Space toggles it', async ({ page }) => {
  await openExporters(page);
  const search = page.getByRole('searchbox', { name: SEARCH });
  // From the top of the page, Tab until the search box has focus; give up after the header's controls.
  await page.locator('body').focus();
  let tabs = 0;
  while (!(await search.evaluate((el) => el === document.activeElement)) && tabs < 40) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  await expect(search).toBeFocused();

  await page.keyboard.type('group');
  // Huahong Group and Zhejiang Publishing United Group.
  await expect(countLine(page)).toHaveText(`2 of ${N} shown`);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === 'group');

  await page.keyboard.press('Tab');
  await expect(cityBox(page, 'Hangzhou')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cityBox(page, 'Yiwu')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cityBox(page, 'Yiwu')).toBeChecked();
  await expect(cityBox(page, 'Yiwu')).toBeFocused();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'yiwu');
  await expect(countLine(page)).toHaveText(`1 of ${N} shown`);
  await expect(table(page).getByRole('rowheader')).toHaveText(['Huahong Group']);

  await page.keyboard.press('Space');
  await expect(cityBox(page, 'Yiwu')).not.toBeChecked();
  await expect(countLine(page)).toHaveText(`2 of ${N} shown`);
  await expect(page).toHaveURL((url) => !url.searchParams.has('city'));
});

test.describe('phone width (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function expectNoHorizontalScroll(page: Page): Promise<void> {
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.client).toBe(390);
    expect(widths.scroll, 'document scrollWidth at 390px viewport').toBeLessThanOrEqual(390);
  }

  for (const path of ['/exporters', '/exporters/netease'] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${path} in ${lang} has no horizontal page scroll`, async ({ page }) => {
        await page.goto(`${path}?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
      });
    }
  }

  test('each exporter is a block headed by its name, with labelled values, and still a table to Chromium', async ({
    page,
  }) => {
    await openExporters(page);
    expect(await expectRowBlocks(table(page))).toBe(N);
    expect(await narrowestValue(table(page)), 'the narrowest value, in characters').toBeGreaterThanOrEqual(6);
    // The column headers' sort buttons are gone with the head: nothing invisible takes the focus.
    await expect(page.getByRole('button', { name: 'Sort by Name' })).toBeHidden();

    const ax = await chromiumTable(page, 'Exporters');
    expect(ax.columnHeaders).toEqual([
      'Name',
      'City',
      'Sector',
      'Markets or regions',
      'Key exporter list',
      'Key figure',
      'Source',
    ]);
    expect(ax.rows.map((r) => r.header)).toEqual(OFFICIAL);
    expect(ax.rows[0]?.cells).toEqual([
      'City: Hangzhou',
      'Sector: Video games',
      'Markets or regions: not stated',
      'Key exporter list: None stated',
      'Key figure: over 80 million yuan 2020',
      'Source: The article Zhejiang Workers’ Daily',
    ]);
    const works = await chromiumTable(page, 'Works');
    expect(works.rows).toHaveLength(6);
    expect(works.rows[0]?.cells[0]).toMatch(/^Chinese title: /);
  });

  test('the sort control above the blocks sorts by keyboard, in step with the address and the headers', async ({
    page,
  }) => {
    await openExporters(page);
    const control = sortControl(page);
    const column = control.getByRole('combobox', { name: 'Sort by' });
    const descending = control.getByRole('button', { name: 'Descending' });
    await expect(column).toHaveValue('');
    await expect(descending).toBeDisabled();

    await column.selectOption({ label: 'Name' });
    await expect(table(page).getByRole('rowheader')).toHaveText([
      'Dafeng Industrial Co Ltd',
      'Daylight (translated name)',
      'Hangzhou Jiuyang Culture Media (translated name)',
      'Huace Film & TV (translated name)',
      'Huahong Group',
      'Huanyu (translated name)',
      'Huayi Brothers (translated name)',
      'NetEase',
      'Qiancheng (translated name)',
      'Tangde (translated name)',
      'Zhejiang Fubo Media Technology (translated name)',
      'Zhejiang Publishing United Group',
      'Zhejiang Ruohong Culture (translated name)',
      'Zhejiang University Press (translated name)',
      'Zoland Cartoon Co',
    ]);
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('sort') === 'name' && url.searchParams.get('dir') === 'asc',
    );
    await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

    await descending.focus();
    await page.keyboard.press('Space');
    await expect(descending).toHaveAttribute('aria-pressed', 'true');
    await expect(table(page).getByRole('rowheader').first()).toHaveText('Zoland Cartoon Co');
    await expect(page).toHaveURL((url) => url.searchParams.get('dir') === 'desc');
    await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');

    // Back to the list's own order: the sort leaves the address.
    await column.selectOption({ label: 'List order' });
    await expect(table(page).getByRole('rowheader')).toHaveText(OFFICIAL);
    await expect(page).toHaveURL((url) => !url.searchParams.has('sort') && !url.searchParams.has('dir'));

    // A sorted address opens with the control showing that sort.
    await page.goto('/exporters?lang=en&sort=city&dir=desc');
    await expect(sortControl(page).getByRole('combobox', { name: 'Sort by' })).toHaveValue('city');
    await expect(sortControl(page).getByRole('button', { name: 'Descending' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('in Chinese: the blocks read 城市：杭州 and the sort control speaks Chinese', async ({ page }) => {
    await page.goto('/exporters?lang=zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('出口企业');
    const zhTable = page.getByRole('table', { name: '出口企业', exact: true });
    await expect(zhTable.getByRole('rowheader').first()).toHaveText('网易');
    expect(await expectRowBlocks(zhTable)).toBe(N);
    expect(await narrowestValue(zhTable), 'the narrowest value, in characters').toBeGreaterThanOrEqual(6);
    const ax = await chromiumTable(page, '出口企业');
    // Chromium puts a space between the label's box and the value's.
    expect(ax.rows[0]?.cells[0]).toMatch(/^城市：\s?杭州$/);
    expect(ax.rows[0]?.cells[1]).toMatch(/^行业：\s?网络游戏$/);

    const control = sortControl(page, '出口企业');
    await control.getByRole('combobox', { name: '排序依据' }).selectOption({ label: '城市' });
    await control.getByRole('button', { name: '降序' }).click();
    await expect(control.getByRole('button', { name: '降序' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('sort') === 'city' && url.searchParams.get('dir') === 'desc',
    );
    // Descending by city in pinyin: Yiwu, Ningbo, Jinhua, then Hangzhou, each city in list order; no city last.
    await expect(zhTable.getByRole('rowheader')).toHaveText([
      '义乌华鸿集团',
      '浙江大丰实业股份有限公司',
      '欢娱影视',
      '华谊兄弟',
      '正午阳光',
      '千乘影视',
      '唐德影视',
      '网易',
      '杭州中南卡通',
      '浙江大学出版社有限责任公司',
      '浙江阜博传媒科技有限公司',
      '浙江若鸿文化股份有限公司',
      '浙江华策影视股份有限公司',
      '杭州九样文化传媒有限公司',
      '浙江出版联合集团',
    ]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: the stacked /exporters in the ${theme} theme has no WCAG A/AA violations`, async ({ page }) => {
      test.slow();
      await openExporters(page, '/exporters?lang=en&sort=name');
      await chooseTheme(page, theme);
      await expect(sortControl(page).getByRole('combobox', { name: 'Sort by' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('/exporters with an imported row and its report has no horizontal page scroll', async ({ page }) => {
    await openExporters(page);
    await importThroughMap(page, {
      name: 'a-rather-long-file-name-for-a-team-list-of-exporters-2024.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name_en,city,markets,value,unit,source\n' +
          'Long Name International Culture Export Company,Hangzhou,Europe; Southeast Asia,123456789,CNY,Team notes\n',
      ),
    });
    await expect(countLine(page)).toHaveText(`${N + 1} of ${N + 1} shown`);
    await expectNoHorizontalScroll(page);
  });
});
