import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

function tradeCard(page: Page) {
  return page
    .getByRole('region', { name: 'Headline figures', exact: true })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Culture-services trade', exact: true }) });
}

test.describe('not found', () => {
  test('an unknown address shows "Page not found" and a way back to the overview', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main')).toContainText('There is no page at /no-such-page.');
    await expect(page).toHaveTitle('Page not found · Zhejiang Culture Exports');

    await page.getByRole('main').getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhejiang’s culture-services trade at a glance');
    await expect(tradeCard(page)).toContainText('14.16 billion yuan');
  });

  test('the not-found page speaks Chinese when asked', async ({ page }) => {
    await page.goto('/no-such-page?lang=zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await page.getByRole('main').getByRole('link', { name: '返回概览' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('lang') === 'zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('浙江文化服务贸易一览');
  });
});

test.describe('malformed parameters', () => {
  const cases = [
    {
      query: '?lang=fr',
      notice: 'The address had a value this page does not understand, so it was ignored: lang=fr.',
      bad: [['lang', 'fr']],
    },
    {
      query: '?currency=XYZ',
      notice: 'The address had a value this page does not understand, so it was ignored: currency=XYZ.',
      bad: [['currency', 'XYZ']],
    },
    {
      query: '?lang=fr&currency=XYZ',
      notice: 'The address had values this page does not understand, so they were ignored: lang=fr, currency=XYZ.',
      bad: [
        ['lang', 'fr'],
        ['currency', 'XYZ'],
      ],
    },
  ] as const;

  for (const c of cases) {
    test(`${c.query} is dropped with a notice naming it, and the figures still show`, async ({ page }) => {
      await page.goto(`/${c.query}`);
      const notice = page.getByRole('status').filter({ hasText: 'does not understand' });
      await expect(notice).toContainText(c.notice);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhejiang’s culture-services trade at a glance');
      await expect(tradeCard(page)).toContainText('14.16 billion yuan');
      await expect(page.getByRole('group', { name: 'Currency' }).getByRole('radio', { name: 'CNY ¥' })).toBeChecked();

      await expect(page).toHaveURL(
        (url) =>
          url.searchParams.get('lang') === 'en' &&
          c.bad.every(([key, value]) => !url.searchParams.getAll(key).includes(value)),
      );
      expect(page.url()).not.toContain('fr');
      expect(page.url()).not.toContain('XYZ');

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    });
  }
});
