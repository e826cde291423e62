import * as XLSX from '@e965/xlsx';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

/*
 * Teams' own files, as they keep them, through the column map to the table: an Excel workbook
 * with a title row, Chinese headers, a 万元 column, a total row and a bad row; a CSV saved
 * with semicolons; UTF-16 text without its BOM; cells pasted from a spreadsheet. Each survives
 * a reload. The workbook is read in the import worker, with the production CSP.
 */

const N = 15;
const TITLE = 'Exporting companies';
const IMPORT = 'Import the rows below the header';
const SEARCH_ZH = '搜索名称（中文或英文）';
const LISTS_LOADING_ZH = '正在读取本浏览器中保存的列表…';

const table = (page: Page) => page.getByRole('table', { name: 'Exporters', exact: true });
const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ shown$/ });
const fileInput = (page: Page) => page.getByLabel('Choose a file to import');
const report = (page: Page) => page.locator('.import-report');
const mapOf = (page: Page, file: string | RegExp) =>
  page.getByRole('region', { name: typeof file === 'string' ? `Check the columns of ${file}` : file });

async function openExporters(page: Page, path = '/exporters?lang=en'): Promise<void> {
  await page.goto(path);
  const zh = path.includes('lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh ? '出口企业' : TITLE);
  await expect(page.getByRole('searchbox', { name: zh ? SEARCH_ZH : 'Search names (English or 中文)' })).toBeEnabled();
  await expect(page.getByText(zh ? LISTS_LOADING_ZH : 'Reading the lists saved in this browser…')).toHaveCount(0);
}

function teamWorkbook(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['填表说明：金额单位为万元']]), '说明');
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['2023年重点文化出口企业名单'],
      [],
      ['序号', '企业名称', '所在城市', '行业', '2023年出口额（万元）', '备注'],
      [1, '杭州甲文化公司', '杭州', '游戏', 8000, '自报数据'],
      [2, '宁波乙传媒公司', '宁波', '影视', '1.2亿', ''],
      [3, '温州丙演艺公司', '温州', '演艺', '很多', ''],
      ['合计', '', '', '', 20000, ''],
    ]),
    '名单',
  );
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);
}

test('an Excel workbook with a title row, Chinese headers, a 万元 column, a total and a bad row reaches the table', async ({
  page,
}) => {
  await openExporters(page);
  const loaded = workbookScripts(page);
  await fileInput(page).setInputFiles({
    name: 'team.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: teamWorkbook(),
  });
  const map = mapOf(page, 'team.xlsx');
  await expect(map).toBeVisible();
  // The import worker loaded the spreadsheet library for this file.
  expect(loaded.length).toBeGreaterThan(0);
  // The first sheet is notes: the one with the table is chosen, and the other can be picked.
  await expect(map.getByRole('combobox', { name: 'Sheet' })).toHaveValue('1');
  await expect(map.getByRole('combobox', { name: 'Header row' })).toContainText('Row 3: 序号 · 企业名称');
  await expect(map.getByRole('combobox', { name: 'Column B, “企业名称”' })).toHaveValue('name_zh');
  await expect(map.getByRole('combobox', { name: 'Column E, “2023年出口额（万元）”' })).toHaveValue('value');
  await expect(map.getByText(/^1 in this column counts as /)).toBeVisible();
  // Nothing is stored before the map is confirmed.
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);

  await map.getByRole('button', { name: IMPORT }).click();
  await expect(report(page).getByRole('heading', { name: 'Import report for team.xlsx' })).toBeVisible();
  await expect(report(page)).toContainText(
    'Sheet “名单”. 2 rows accepted, 1 rejected, 1 set apart as totals, of 4 rows in the file (XLSX).',
  );
  await expect(report(page)).toContainText('1 row reads as a total and was set apart, not imported:');
  await expect(report(page)).toContainText('row 6: the value is not a number');
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
  const ningbo = table(page).getByRole('row').filter({ hasText: '宁波乙传媒公司' });
  await expect(ningbo).toContainText('120 million yuan');

  await page.reload();
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
  await expect(table(page).getByRole('row').filter({ hasText: '杭州甲文化公司' })).toContainText('80 million yuan');
});

/** The scripts the page and its workers fetch from now on whose name says they read workbooks. */
function workbookScripts(page: Page): string[] {
  const seen: string[] = [];
  page.context().on('request', (r) => {
    // The service worker's precache fetches every script once; only the page's and its workers' count.
    if (!r.serviceWorker() && /\/assets\/workbook-[\w-]+\.js$/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

test('a CSV saved with semicolons and UTF-16 text without a BOM both reach the table', async ({ page }) => {
  await openExporters(page);
  // A text file never loads the spreadsheet library.
  const loaded = workbookScripts(page);
  await fileInput(page).setInputFiles({
    name: 'semicolons.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Company;City;Exports (US$ m)\r\nSemicolon Culture Co;Hangzhou;2.5\r\n'),
  });
  let map = mapOf(page, 'semicolons.csv');
  await expect(map.getByRole('combobox', { name: 'Column B, “City”' })).toHaveValue('city');
  await map.getByRole('button', { name: IMPORT }).click();
  await expect(report(page)).toContainText('1 row accepted, 0 rejected, of 1 row in the file (UTF-8).');

  // Excel's "Unicode text" is UTF-16 little-endian; this copy has lost its BOM.
  const utf16 = Buffer.from('企业名称\t城市\r\n丁文化公司\t杭州\r\n', 'utf16le');
  await fileInput(page).setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: utf16 });
  map = mapOf(page, 'unicode.txt');
  await expect(map.getByRole('combobox', { name: 'Column A, “企业名称”' })).toHaveValue('name_zh');
  await map.getByRole('button', { name: IMPORT }).click();
  await expect(report(page)).toContainText('1 row accepted, 0 rejected, of 1 row in the file (UTF-16).');

  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
  await expect(table(page).getByRole('row').filter({ hasText: 'Semicolon Culture Co' })).toContainText(
    'US$2.5 million',
  );
  await page.reload();
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
  await expect(table(page).getByRole('rowheader').filter({ hasText: '丁文化公司' })).toHaveCount(1);
  expect(loaded).toEqual([]);
});

test('cells pasted from a spreadsheet go through the same map and stay after a reload', async ({ page }) => {
  await openExporters(page);
  await page
    .getByRole('textbox', { name: 'Or paste cells copied from Excel, WPS or a web table' })
    .fill('名称\t地区\t出口额（万美元）\n戊数字公司\t金华\t350\n');
  await page.getByRole('button', { name: 'Read the pasted cells' }).click();
  const map = mapOf(page, /^Check the columns of pasted cells /);
  await expect(map.getByRole('combobox', { name: 'Column C, “出口额（万美元）”' })).toHaveValue('value');
  await map.getByRole('button', { name: IMPORT }).click();
  await expect(countLine(page)).toHaveText(`${N + 1} of ${N + 1} shown`);
  await expect(table(page).getByRole('row').filter({ hasText: '戊数字公司' })).toContainText('US$3.5 million');
  await page.reload();
  await expect(table(page).getByRole('row').filter({ hasText: '戊数字公司' })).toContainText('US$3.5 million');
});

test('a hostile workbook gets a clear message and the page goes on', async ({ page }) => {
  await openExporters(page);
  const good = teamWorkbook();
  await fileInput(page).setInputFiles({
    name: 'cut.xlsx',
    mimeType: 'application/octet-stream',
    buffer: good.subarray(0, 200),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'This workbook is damaged or cut short and cannot be read. Open it in Excel or WPS and save it again.',
  );
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
  await expect(page.getByRole('searchbox', { name: 'Search names (English or 中文)' })).toBeEnabled();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the column map of a workbook, ${theme} theme`, async ({ page }) => {
    test.slow();
    await openExporters(page);
    const radio = page.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light', exact: true });
    await radio.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await fileInput(page).setInputFiles({
      name: 'team.xlsx',
      mimeType: 'application/octet-stream',
      buffer: teamWorkbook(),
    });
    await expect(mapOf(page, 'team.xlsx')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the column map reads on a phone: one column of choices, the preview scrolls inside its box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExporters(page, '/exporters?lang=zh');
  await page.getByLabel('选择要导入的文件').setInputFiles({
    name: 'team.xlsx',
    mimeType: 'application/octet-stream',
    buffer: teamWorkbook(),
  });
  const map = page.getByRole('region', { name: '确认team.xlsx的各列' });
  await expect(map).toBeVisible();
  await expect(map.getByRole('combobox', { name: 'B列“企业名称”' })).toHaveValue('name_zh');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const boxes = await map.getByRole('combobox').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  for (const width of boxes) expect(width).toBeGreaterThan(200);
});
