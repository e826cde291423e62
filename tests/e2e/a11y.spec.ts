import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

type Lang = 'en' | 'zh';
type Theme = 'light' | 'dark';

const THEME_RADIO: Record<Lang, Record<Theme, string>> = {
  en: { light: 'Light', dark: 'Dark' },
  zh: { light: '浅色', dark: '深色' },
};

const OVERVIEW: Record<Lang, string> = {
  en: 'Zhejiang’s culture-services trade at a glance',
  zh: '浙江文化服务贸易一览',
};

const PAGES: readonly (readonly [string, Record<Lang, string>])[] = [
  ['/', OVERVIEW],
  ['/sources', { en: 'Sources and methods', zh: '来源与方法' }],
  ['/no-such-page', { en: 'Page not found', zh: '页面不存在' }],
];

/** Page background as drawn, to prove the theme really changed before axe checks contrast. */
function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(15, 19, 24)';

/** Opens a page (English at the bare address, as a first visit) and waits until the app has written its language. */
async function open(page: Page, path: string, lang: Lang): Promise<void> {
  await page.goto(lang === 'en' ? path : `${path}?lang=${lang}`);
  await expect(page).toHaveURL((url) => url.pathname === path && url.searchParams.get('lang') === lang);
}

async function chooseTheme(page: Page, lang: Lang, theme: Theme): Promise<void> {
  const radio = page.getByRole('radio', { name: THEME_RADIO[lang][theme], exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect.poll(() => bodyBackground(page)).toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
}

for (const [path, headings] of PAGES) {
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`axe: ${path} in ${lang}, ${theme} theme, has no WCAG A/AA violations`, async ({ page }) => {
        // The sources page holds every figure and source (over a hundred cards): axe needs more than 30 s here.
        if (path === '/sources') test.slow();
        await open(page, path, lang);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings[lang]);
        await chooseTheme(page, lang, theme);
        await expect(page.getByRole('contentinfo')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
}

test('axe: the System theme follows a dark operating system and has no violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OVERVIEW.en);
  await expect(page.getByRole('radio', { name: 'System', exact: true })).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);
  await expectNoAxeViolations(page);
});

test.describe('phone width (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`the overview in ${lang} has no horizontal scroll`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(OVERVIEW[lang]);
      await expect(
        page.getByRole('region', { name: lang === 'en' ? 'Headline figures' : '核心数据', exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.client).toBe(390);
      expect(widths.scroll, 'document scrollWidth at 390px viewport').toBeLessThanOrEqual(390);
    });
  }
});
