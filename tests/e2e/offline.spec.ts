import { test, expect, CHART_DRAWN } from './fixtures';

test('after one visit, the dashboard and present mode open with no network', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The service worker installs once the page has loaded and precaches the whole build.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  try {
    await page.goto('/?lang=en');
    const trade = page
      .getByRole('region', { name: 'Headline figures', exact: true })
      .getByRole('article')
      .filter({ hasText: 'Culture-services trade' })
      .first();
    await expect(trade).toContainText('14.16 billion yuan');
    // Served by the service worker, not by luck from the browser's HTTP cache.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.goto('/present?lang=en&slide=3');
    await expect(page.locator('section.slide--current')).toContainText('13.16');

    await page.goto('/growth?lang=zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('增长');
    await expect(page.getByRole('region', { name: '同比增速' }).getByRole('application')).toBeVisible(CHART_DRAWN);
  } finally {
    await context.setOffline(false);
  }
});

test('a returning visitor on a new version gets one quiet "updated" line, never on the slides', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first visit records its build once the app has taken over the prerendered page; only
  // then can the test pretend it was another one (before, the app would write over it).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('zj-culture-exports.build'))).not.toBeNull();
  // As if the last visit had run another build.
  await page.evaluate(() => localStorage.setItem('zj-culture-exports.build', 'an older build'));
  await page.goto('/present?lang=en');
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
  await expect(page.getByText('The dashboard was updated since your last visit.')).toHaveCount(0);

  await page.goto('/sources?lang=en');
  const notice = page.getByRole('status').filter({ hasText: 'updated since your last visit' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('The dashboard was updated since your last visit.')).toHaveCount(0);
});
