import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/*
 * A team's lists live only in this browser: two tabs see each other's imports and removals
 * without a reload, a backup file brings the lists back after they were removed, and a list the
 * browser has no room for (a quota made small through the DevTools protocol) stores nothing and
 * says how large it was.
 */

const IMPORT = 'Import the rows below the header';
const N = 15;

const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ shown$/ });
const table = (page: Page) => page.getByRole('table', { name: 'Exporters', exact: true });

async function openExporters(page: Page): Promise<void> {
  await page.goto('/exporters?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exporting companies');
  await expect(page.getByRole('searchbox', { name: 'Search names (English or 中文)' })).toBeEnabled();
  await expect(page.getByText('Reading the lists saved in this browser…')).toHaveCount(0);
}

async function importCsv(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Choose a file to import')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page
    .getByRole('region', { name: `Check the columns of ${name}` })
    .getByRole('button', { name: IMPORT })
    .click();
}

test('two tabs see each other’s imports and removals without a reload', async ({ page, context }) => {
  await openExporters(page);
  const other = await context.newPage();
  await openExporters(other);
  await expect(other.getByText('No list imported yet.')).toBeVisible();

  await importCsv(page, 'tab-one.csv', 'name_en,city\nFirst Tab Culture Co,Hangzhou\n');
  await expect(page.getByRole('button', { name: 'Remove tab-one.csv' })).toBeVisible();

  // The other tab, untouched, shows the list and its row.
  await expect(other.getByRole('button', { name: 'Remove tab-one.csv' })).toBeVisible();
  await expect(countLine(other)).toHaveText(`${N + 1} of ${N + 1} shown`);
  await expect(table(other).getByRole('row').filter({ hasText: 'First Tab Culture Co' })).toBeVisible();

  await other.getByRole('button', { name: 'Remove tab-one.csv' }).click();
  await expect(other.getByText('No list imported yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tab-one.csv' })).toHaveCount(0);
  await expect(page.getByText('No list imported yet.')).toBeVisible();
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
});

test('a backup file brings the lists back after they were removed', async ({ page }) => {
  await openExporters(page);
  await importCsv(
    page,
    'team.csv',
    'name_en,city,contact\nBackup Culture Co,Hangzhou,Ms Wang\nSecond Backup Co,Ningbo,Mr Li\n',
  );
  await expect(page.getByRole('button', { name: 'Remove team.csv' })).toBeVisible();
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up all lists' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^zj-culture-exports-lists-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = await download.path();
  const backup = JSON.parse(await readFile(saved, 'utf8')) as { format: string; version: number; lists: unknown[] };
  expect(backup).toMatchObject({ format: 'zj-culture-exports.lists-backup', version: 1 });
  expect(backup.lists).toHaveLength(1);

  await page.getByRole('button', { name: 'Remove team.csv' }).click();
  await expect(page.getByText('No list imported yet.')).toBeVisible();
  await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);

  await page.getByLabel('Restore from a backup').setInputFiles(saved);
  await expect(page.getByRole('status').filter({ hasText: '1 list restored, 0 skipped.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove team.csv' })).toBeVisible();
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
  await expect(table(page).getByRole('row').filter({ hasText: 'Second Backup Co' })).toBeVisible();

  // Restoring the same file again asks before replacing the list it already holds.
  await page.getByLabel('Restore from a backup').setInputFiles(saved);
  const question = page.getByRole('region', { name: '1 list of the backup is already stored in this browser' });
  await expect(question.getByRole('radio', { name: 'Keep the stored list' })).toBeChecked();
  await question.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '0 lists restored, 1 skipped.' })).toBeVisible();

  await page.reload();
  await expect(countLine(page)).toHaveText(`${N + 2} of ${N + 2} shown`);
});

test('a list the browser has no room for stores nothing and says how large it was', async ({ page }) => {
  await openExporters(page);
  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 50_000 });
  try {
    const rows = Array.from({ length: 1500 }, (_, i) => `Quota Culture Co ${i},Hangzhou`).join('\n');
    await importCsv(page, 'big.csv', `name_en,city\n${rows}\n`);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The list was not stored: this browser has no room for it.' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(
      /It takes about [\d.]+ kB\. The browser reports [\d.,]+ kB used of [\d.,]+ (MB|GB), but refused to store it\./,
    );
    await expect(page.getByText(/could not be stored in this browser/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Remove big.csv' })).toHaveCount(0);
    await expect(page.getByText('No list imported yet.')).toBeVisible();

    await page.reload();
    await expect(page.getByText('Reading the lists saved in this browser…')).toHaveCount(0);
    await expect(page.getByText('No list imported yet.')).toBeVisible();
    await expect(countLine(page)).toHaveText(`${N} of ${N} shown`);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});

test('on a phone, the lists’ keeping and backup load when their section is scrolled near, not with the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const later: string[] = [];
  page.on('request', (request) => {
    if (/\/(lists-storage|import-notices|import-file|csv)-[\w-]+\.js$/.test(request.url())) later.push(request.url());
  });
  await page.goto('/exporters?lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: '出口企业' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(later, 'import code requested for the first view').toEqual([]);

  await page.getByRole('heading', { name: '自有列表' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: '备份所有列表' })).toBeVisible();
  expect(later.some((url) => url.includes('lists-storage'))).toBe(true);
});
