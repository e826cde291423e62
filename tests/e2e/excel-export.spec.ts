import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { CFB, read, utils, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { test, expect, CHART_DRAWN } from './fixtures';

/*
 * The Excel downloads as a reader gets them: the file the browser saves, opened as Excel
 * would open it.
 */

/** The official exporters' English names in the dataset's order, as the file writes them (no marks). */
const NAMES = [
  'NetEase',
  'Huahong Group',
  'Zoland Cartoon Co',
  'Zhejiang Publishing United Group',
  'Zhejiang University Press',
  'Zhejiang Fubo Media Technology',
  'Zhejiang Ruohong Culture',
  'Huace Film & TV',
  'Hangzhou Jiuyang Culture Media',
  'Dafeng Industrial Co Ltd',
  'Huanyu',
  'Huayi Brothers',
  'Daylight',
  'Qiancheng',
  'Tangde',
];
const N = NAMES.length;
const HEADER = [
  'id',
  'name_en',
  'name_zh',
  'city',
  'sector',
  'markets',
  'value',
  'unit',
  'qualifier',
  'period',
  'note',
  'source',
];
const TRADE = 'Culture-services trade, exports and imports';

async function workbookOf(download: Download): Promise<WorkBook> {
  const bytes = await readFile(await download.path());
  return read(bytes, { type: 'buffer' });
}

/** The XML of the file's first sheet, straight from its zip: where a frozen pane is written. */
async function firstSheetXml(download: Download): Promise<string> {
  const container: unknown = CFB.read(await readFile(await download.path()), { type: 'buffer' });
  const part = CFB.find(container, '/xl/worksheets/sheet1.xml') as { content: ArrayLike<number> } | null;
  return part ? new TextDecoder().decode(Uint8Array.from(part.content)) : '';
}

function sheet(wb: WorkBook, name: string): WorkSheet {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet "${name}" in ${wb.SheetNames.join(', ')}`);
  return ws;
}

function grid(ws: WorkSheet): unknown[][] {
  return utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '', raw: true });
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

test('"Download all rows (Excel)" saves a workbook with one row per exporter in the table', async ({ page }) => {
  await page.goto('/exporters?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exporting companies');
  // The app has taken over the prerendered page, and the imported lists have been read.
  await expect(page.getByRole('searchbox', { name: 'Search names (English or 中文)' })).toBeEnabled();
  await expect(page.getByText('Reading the lists saved in this browser…')).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Exporters', exact: true });
  await expect(table.getByRole('rowheader')).toHaveCount(N);

  const file = await download(page, `Download all ${N} rows (Excel)`);
  expect(file.suggestedFilename()).toMatch(/^zhejiang-exporters-all-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = await workbookOf(file);
  expect(wb.SheetNames).toEqual(['Exporters', 'About']);

  const rows = grid(sheet(wb, 'Exporters'));
  expect(rows[0]).toEqual(HEADER);
  expect(rows.slice(1).map((r) => r[1])).toEqual(NAMES);
  const netease = rows.find((r) => r[0] === 'netease');
  expect(netease?.slice(0, 10)).toEqual([
    'netease',
    'NetEase',
    '网易',
    'Hangzhou',
    'Video games',
    '',
    80_000_000,
    'CNY',
    'atLeast',
    '2020',
  ]);
  expect(sheet(wb, 'Exporters')['!autofilter']).toEqual({ ref: `A1:L${N + 1}` });
  // The header row stays in view as the rows scroll.
  expect(await firstSheetXml(file)).toContain(
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
  );

  const about = new Map(grid(sheet(wb, 'About')).map(([key, value]) => [key, value]));
  expect(about.get('Filters')).toBe('none');
  expect(String(about.get('Source'))).toMatch(/^Zhejiang Culture Exports dataset/);
  expect(about.get('Exported')).toBe(new Date().toISOString().slice(0, 10));
  await expect(page.getByRole('button', { name: `Download all ${N} rows (Excel)` })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a chart’s "Data (Excel)" saves its data rows with the values as numbers', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const region = page.getByRole('region', { name: TRADE, exact: true });
  await expect(region.getByRole('application', { name: new RegExp(`^${TRADE}`) })).toBeVisible(CHART_DRAWN);

  const file = await download(page, `Download ${TRADE} as Data (Excel)`);
  expect(file.suggestedFilename()).toMatch(/^zhejiang-culture-trade-en-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(region.getByRole('status')).toContainText('.xlsx downloaded');
  const wb = await workbookOf(file);
  expect(wb.SheetNames).toEqual(['Data', 'About']);
  expect(await firstSheetXml(file)).toContain('state="frozen"');
  const rows = grid(sheet(wb, 'Data'));
  expect(rows[0]).toEqual(['Series', 'Year', 'Value', 'Unit', 'Basis', 'Formula', 'Sources']);
  expect(rows.slice(1).map((r) => `${String(r[0])} ${String(r[1])}`)).toEqual([
    'Trade 2019',
    'Trade 2020',
    'Exports 2019',
    'Exports 2020',
    'Imports 2019',
    'Imports 2020',
  ]);
  expect(rows.find((r) => r[0] === 'Exports' && r[1] === '2020')?.slice(0, 5)).toEqual([
    'Exports',
    '2020',
    13.16,
    'billion yuan',
    'stated by the source',
  ]);
  const derived = rows.find((r) => r[0] === 'Exports' && r[1] === '2019');
  expect(derived?.slice(0, 5)).toEqual(['Exports', '2019', 10.37, 'billion yuan', 'derived']);
  expect(String(derived?.[5])).toMatch(/^exports 2020 ÷ \(1 \+ 26\.91%\)/);
  const about = new Map(grid(sheet(wb, 'About')).map(([key, value]) => [key, value]));
  expect(String(about.get('Chart'))).toContain(TRADE);
  expect(about.get('Currency')).toBe('CNY');
});
