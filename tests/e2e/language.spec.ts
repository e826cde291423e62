import { test, expect } from './fixtures';

const EN_TITLE = 'Zhejiang’s culture-services trade at a glance';
const ZH_TITLE = '浙江文化服务贸易一览';

test('switching to 中文 translates the page, is kept in the address and remembered for the next visit', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN_TITLE);
  await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The radios keep their own names in every language ('中文', 'English'); the group's legend changes.
  // click + toBeChecked rather than check(): the checked state follows the address one render later.
  await page.getByRole('radio', { name: '中文' }).click();
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' })).toBeVisible();
  await expect(page).toHaveTitle('概览 · 浙江文化出口');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  await expect(page.getByRole('group', { name: '语言' }).getByRole('radio', { name: '中文' })).toBeChecked();

  // A new tab of the same browser, opened on the bare address, remembers the choice.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  await expect(second).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('lang') === 'zh');
  await expect(second.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // And switching back works, and is remembered in turn.
  await second.getByRole('radio', { name: 'English' }).click();
  await expect(second.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(EN_TITLE);
  await expect(second).toHaveURL((url) => url.searchParams.get('lang') === 'en');
  await expect(second.locator('html')).toHaveAttribute('lang', 'en');

  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByRole('heading', { level: 1 })).toHaveText(EN_TITLE);
  await expect(third).toHaveURL((url) => url.searchParams.get('lang') === 'en');
});

test('navigating with the main navigation keeps the language (and currency) in the address', async ({ page }) => {
  await page.goto('/?lang=zh&currency=USD');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_TITLE);
  const nav = page.getByRole('navigation', { name: '主导航' });

  const stops = [
    { link: '增长', path: '/growth', heading: '增长' },
    { link: '出口企业', path: '/exporters', heading: '出口企业' },
    { link: '出口基地', path: '/bases', heading: '出口基地' },
    { link: '演示', path: '/present', heading: '演示' },
    { link: '来源', path: '/sources', heading: '来源与方法' },
    { link: '概览', path: '/', heading: ZH_TITLE },
  ];
  for (const stop of stops) {
    await nav.getByRole('link', { name: stop.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stop.heading);
    await expect(page).toHaveURL(
      (url) =>
        url.pathname === stop.path &&
        url.searchParams.get('lang') === 'zh' &&
        url.searchParams.get('currency') === 'USD',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Present mode folds the header: the pages are behind its Menu button.
    if (stop.path === '/present') await page.getByRole('button', { name: '菜单', exact: true }).click();
    await expect(nav.getByRole('link', { name: stop.link, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('English navigation keeps lang=en in the address', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL((url) => url.searchParams.get('lang') === 'en');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and methods');
  await expect(page).toHaveURL((url) => url.pathname === '/sources' && url.searchParams.get('lang') === 'en');
  await nav.getByRole('link', { name: 'Export bases', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export bases');
  await expect(page).toHaveURL((url) => url.pathname === '/bases' && url.searchParams.get('lang') === 'en');
});

for (const lang of ['en', 'zh'] as const) {
  test(`on /?lang=${lang} every link of the header, the cards and the footer carries lang=${lang}`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? EN_TITLE : ZH_TITLE);
    const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Main' : '主导航' });
    await expect(nav.getByRole('link')).toHaveCount(6);
    const internal = page
      .getByRole('banner')
      .getByRole('link')
      .or(
        page
          .getByRole('region', { name: lang === 'en' ? 'Headline figures' : '核心数据', exact: true })
          .getByRole('link'),
      )
      .or(page.getByRole('contentinfo').getByRole('link'));
    await expect(internal).toHaveCount(7 + 6 + 1);

    // Every link that loses the language, as "text → href", so a failure lists them all.
    const keepsLang = new RegExp(`^/[^?#]*\\?(.*&)?lang=${lang}(&[^#]*)?(#.*)?$`);
    await expect
      .poll(async () => {
        const links = await internal.evaluateAll((els) =>
          els.map((el) => ({ text: (el.textContent ?? '').trim(), href: el.getAttribute('href') ?? '' })),
        );
        return links.filter((l) => !keepsLang.test(l.href)).map((l) => `${l.text} → ${l.href}`);
      }, `links on /?lang=${lang} that drop lang=${lang}`)
      .toEqual([]);
  });
}
