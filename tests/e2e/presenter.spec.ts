import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { test, expect } from './fixtures';

/** Opens the deck and waits until the app has taken over the prerendered page, so keys work. */
async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
}

function slideOf(page: Page): Promise<number> {
  return Promise.resolve(Number(new URL(page.url()).searchParams.get('slide') ?? '1'));
}

test('D downloads the deck as a .pptx: a slide part per slide, the source on each, chart parts for the charts', async ({
  page,
}) => {
  await openDeck(page, '/present?lang=zh&slides=title,trade-total,chart-trade,published,exporters');
  const download = page.waitForEvent('download');
  await page.keyboard.press('d');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^zhejiang-culture-deck-zh-cny-\d{4}-\d{2}-\d{2}\.pptx$/);
  await expect(page.getByRole('status').filter({ hasText: '共5页' })).toBeVisible();

  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const names = Object.keys(zip.files);
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength(5);
  expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
  for (const n of slides) {
    const xml = (await zip.file(n)?.async('string')) ?? '';
    expect(xml, n).toMatch(/来源/);
  }
  const figure = (await zip.file('ppt/slides/slide2.xml')?.async('string')) ?? '';
  expect(figure).toContain('141.6');
  const notes = (await zip.file('ppt/notesSlides/notesSlide2.xml')?.async('string')) ?? '';
  expect(notes).toContain('中文报道中的精确值');
  // The chart carries the labels drawn on screen, the derived points marked 约.
  const chart = names.find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)) ?? '';
  expect(await zip.file(chart)?.async('string')).toMatch(/<a:t>约123\.7<\/a:t>/);
});

test('the PowerPoint button is in the bar, named, and the key is in the help', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slides=chart-growth');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help.getByRole('row', { name: /Download the deck as PowerPoint/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Presenter view/ })).toBeVisible();
  await page.keyboard.press('Escape');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the deck as PowerPoint' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
});

test('the presenter view follows the room’s window and leads it, both ways, black screen included', async ({
  page,
  context,
}) => {
  await openDeck(page, '/present?lang=en&slide=2');
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await opened;
  await expect(presenter).toHaveURL(/view=presenter/);
  await expect(presenter.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(presenter.getByText('2 / 15')).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'On the room’s screen: Culture-services trade' })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Next: Culture-services exports' })).toBeVisible();
  // The notes come from the dataset: the precise value the Chinese reports give.
  const notes = presenter.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('Precise value in the Chinese reports: 14.157 billion yuan');
  await expect(presenter.getByText(/^\d{2}:\d{2}$/).first()).toBeVisible();

  // The presenter's Next moves the room.
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(() => slideOf(page)).toBe(3);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
  // A clicker on the room's window moves the presenter's.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(presenter.getByText('4 / 15')).toBeVisible();
  await page.keyboard.press('b');
  await expect(presenter.getByText('The room’s screen is black')).toBeVisible();
  await presenter.bringToFront();
  await presenter.keyboard.press('b');
  await expect(page.locator('.present__black')).toBeHidden();

  // Closing the presenter's window leaves the room's working.
  await presenter.close();
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect.poll(() => slideOf(page)).toBe(5);
});

test('a blocked pop-up says how to allow it', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openDeck(page, '/present?lang=zh');
  await page.getByRole('button', { name: '打开演讲者视图：在第二个窗口显示备注、下一页和计时' }).click();
  await expect(page.getByRole('alert')).toContainText('浏览器拦截了演讲者视图窗口');
});
