import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { test, expect, expectNoAxeViolations, holdApp } from './fixtures';

/** Opens the deck and waits until the app has taken over the prerendered page, so keys work. */
async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
}

const SIZE = 400;

/**
 * Reads a QR code on the page as a phone would: its SVG, serialised as it is, drawn through an
 * image (a data: address, which the Content-Security-Policy allows) onto a canvas at SIZE
 * pixels, and the pixels decoded by a QR reader (jsqr) here in Node.
 */
async function readQr(code: Locator): Promise<string | undefined> {
  const pixels = await code.evaluate(async (svg, size) => {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('width', String(size));
    copy.setAttribute('height', String(size));
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    // Whatever the page's theme, the reader sees only what the code itself paints (over grey).
    context.fillStyle = '#808080';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    // As base64: a few hundred kilobytes of text cross to Node faster than an array of numbers.
    const rgba = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < rgba.length; i += 0x8000) binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
    return btoa(binary);
  }, SIZE);
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), SIZE, SIZE)?.data;
}

/** The QR code's chunk and the share view's: neither is part of the deck's first view. */
const SHARE_CHUNKS = /\/assets\/(browser|share-view)-[\w-]+\.js$/;

test('Q opens the Share dialog: a QR code that reads back to the address written below it', async ({ page }) => {
  await openDeck(page, '/present?lang=zh&slide=3');
  await expect(page.locator('section.slide--current')).toHaveAttribute('aria-label', /^第3页，共15页/);
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: '在手机上打开本页' });
  await expect(dialog).toBeVisible();
  const written = dialog.locator('.qr-address');
  const origin = new URL(page.url()).origin;
  await expect(written).toHaveText(`${origin}/present?lang=zh&currency=CNY&slide=3`);
  const address = await written.innerText();
  const code = dialog.getByRole('img', { name: '下方地址的二维码' });
  await expect(code).toBeVisible();
  // Large enough to read from a seat: over a third of this 720-pixel-high window.
  expect((await code.boundingBox())?.height ?? 0).toBeGreaterThan(240);

  const decoded = await readQr(code);
  expect(decoded).toBe(address);
  expect(decoded).toContain('lang=zh');
  expect(decoded).toContain('slide=3');
});

test('off the title slide, the QR code’s code loads only when Share is opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (SHARE_CHUNKS.test(request.url())) loaded.push(request.url());
  });
  await openDeck(page, '/present?lang=en&slide=3');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the address below' })).toBeVisible();
  expect(loaded).toHaveLength(2);
});

test('axe: the Share dialog has no WCAG A/AA violations', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=3');
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Open this slide on a phone' });
  await expect(dialog.getByRole('img', { name: 'QR code of the address below' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the title slide shows the QR code of its own address, and the address below it', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=1');
  const title = page.locator('section.slide--current');
  await expect(title).toHaveAttribute('aria-label', /^Slide 1 of 15: /);
  const code = title.getByRole('img', { name: 'QR code of the address below' });
  await expect(code).toBeVisible();
  const written = title.getByRole('figure').locator('figcaption');
  const origin = new URL(page.url()).origin;
  await expect(written).toHaveText(`${origin}/present?lang=en&currency=CNY&slide=1`);
  const decoded = await readQr(code);
  expect(decoded).toBe(await written.innerText());
  expect(decoded).toContain('lang=en');
  expect(decoded).toContain('slide=1');
});

test('the title slide keeps the place of its code: nothing moves when the code appears', async ({ page }) => {
  // The prerendered page, held before the app takes it over, then the app and its code.
  const release = await holdApp(page);
  await page.goto('/present?lang=en', { waitUntil: 'domcontentloaded' });
  const heading = page.getByRole('heading', { name: 'Zhejiang’s culture-services trade' });
  await expect(heading).toBeVisible();
  const figure = page.locator('section.slide--current figure');
  const code = figure.getByRole('img', { name: 'QR code of the address below' });
  await expect(code).toHaveCount(0);
  const before = { heading: await heading.boundingBox(), figure: await figure.boundingBox() };
  expect(before.figure?.height ?? 0).toBeGreaterThan(200);
  release();
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(code).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText('slide=1');
  expect({ heading: await heading.boundingBox(), figure: await figure.boundingBox() }).toEqual(before);
});

test('Escape and Close close the Share dialog, and the focus goes back where it was', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=2');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await next.focus();
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Open this slide on a phone' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code of the address below' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(next).toBeFocused();
  // The slide stayed where it was.
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);

  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(share).toBeFocused();
});

test('Copy address puts the address on the clipboard, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDeck(page, '/present?lang=en&slide=4&auto=30&utm_source=mail');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open this slide on a phone' });
  const origin = new URL(page.url()).origin;
  const address = `${origin}/present?lang=en&currency=CNY&slide=4`;
  await expect(dialog.locator('.qr-address')).toHaveText(address);
  await dialog.getByRole('button', { name: 'Copy address' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Address copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});
