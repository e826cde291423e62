import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The headline card whose h3 is exactly this label. */
function card(page: Page, label: string) {
  return page
    .getByRole('region', { name: /^(Headline figures|核心数据)$/ })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: label, exact: true }) });
}

/**
 * Opens the overview the way a first-time English reader does, at the bare address, and waits
 * for the app to write lang=en into it: from then on the page is live, not the static HTML.
 */
async function openOverviewInEnglish(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('lang') === 'en');
}

test.describe('overview in English', () => {
  test.beforeEach(async ({ page }) => {
    await openOverviewInEnglish(page);
  });

  test('shows the page heading and the six headline cards', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhejiang’s culture-services trade at a glance');
    await expect(page).toHaveTitle('Overview · Zhejiang Culture Exports');
    const cards = page.getByRole('region', { name: 'Headline figures', exact: true }).getByRole('article');
    await expect(cards).toHaveCount(6);
    await expect(cards.getByRole('heading', { level: 3 })).toHaveText([
      'Culture-services trade',
      'Culture-services exports',
      'Rank of the Film and TV Cooperation Zone among national culture export bases',
      'NetEase video-game exports',
      'Digital Creative base: exported animation',
      'Digital Creative base: digital-content exports',
    ]);
  });

  test('the trade card shows 14.16 billion yuan, +14.45% year on year, and links to its source entry', async ({
    page,
  }) => {
    const trade = card(page, 'Culture-services trade');
    await expect(trade).toContainText('14.16 billion yuan');
    await expect(trade).toContainText('+14.45% year on year');
    await expect(trade).toContainText('2020');

    const source = trade.getByRole('link', { name: /^National honor spotlights Zhejiang's culture exports/ });
    await expect(source).toHaveAccessibleName(
      "National honor spotlights Zhejiang's culture exports (26 February 2021)",
    );
    await source.click();

    await expect(page).toHaveURL((url) => url.pathname === '/sources' && url.hash === '#trade-total');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and methods');
    const entry = page.locator('#trade-total');
    await expect(entry).toHaveRole('article');
    await expect(entry).toHaveAccessibleName('Culture-services trade');
    await expect(entry).toContainText('14.16 billion yuan');
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
  });

  test('the exports card shows 13.16 billion yuan and +26.91% year on year', async ({ page }) => {
    const exportsCard = card(page, 'Culture-services exports');
    await expect(exportsCard).toContainText('13.16 billion yuan');
    await expect(exportsCard).toContainText('+26.91% year on year');
  });

  test('the zone-rank card says the rank is within the functional-zone category', async ({ page }) => {
    const rank = card(page, 'Rank of the Film and TV Cooperation Zone among national culture export bases');
    await expect(rank).toContainText('3rd');
    await expect(rank).toContainText(
      'Note: The Chinese reports say 3rd within the functional-zone category of national culture export bases, not 3rd overall.',
    );
  });

  test('the NetEase card says "over" 80 million yuan and that it covers 2019–2020', async ({ page }) => {
    const netease = card(page, 'NetEase video-game exports');
    await expect(netease).toContainText('over 80 million yuan');
    await expect(netease).toContainText(
      'Note: The Chinese reports say this covers 2019–2020 combined, not 2020 alone.',
    );
  });
});

test.describe('overview in Chinese', () => {
  test('shows the figures in 亿 and 万 with Chinese wording', async ({ page }) => {
    await page.goto('/?lang=zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('浙江文化服务贸易一览');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('region', { name: '核心数据', exact: true }).getByRole('article')).toHaveCount(6);

    const trade = card(page, '文化服务贸易进出口');
    await expect(trade).toContainText('141.6亿元');
    await expect(trade).toContainText('同比增长14.45%');
    await expect(trade).not.toContainText('billion');

    await expect(card(page, '文化服务出口')).toContainText('131.6亿元');
    await expect(card(page, '文化服务出口')).toContainText('同比增长26.91%');

    const netease = card(page, '网易游戏出口额');
    await expect(netease).toContainText('8000万元以上');
    await expect(netease).toContainText('2019~2020年合计');
  });
});

test.describe('overview in Chinese, read aloud', () => {
  test('each card is announced as a Chinese sentence, with Chinese punctuation', async ({ page }) => {
    await page.goto('/?lang=zh');
    const trade = card(page, '文化服务贸易进出口');
    await expect(trade).toHaveAccessibleName(/^文化服务贸易进出口，2020年：141\.6亿元。/);
    await expect(trade).toHaveAccessibleName(/同比增长14\.45%。/);
    // No English full stop ends a clause ("." followed by a space or the end); decimal points are fine.
    for (const label of ['文化服务贸易进出口', '文化服务出口', '网易游戏出口额']) {
      await expect(card(page, label)).not.toHaveAccessibleName(/\.(\s|$)/);
    }
  });
});

test.describe('currency', () => {
  test('USD shows the article’s US$2.19 billion, converts the rest at the implied rate, and survives a reload', async ({
    page,
  }) => {
    await openOverviewInEnglish(page);
    const usd = page.getByRole('group', { name: 'Currency' }).getByRole('radio', { name: 'USD $' });
    await usd.click();
    await expect(usd).toBeChecked();

    await expect(page).toHaveURL((url) => url.searchParams.get('currency') === 'USD');
    const trade = card(page, 'Culture-services trade');
    await expect(trade).toContainText('US$2.19 billion');
    await expect(trade).toContainText('US dollar figure as stated by the article');
    await expect(trade).not.toContainText('14.16 billion yuan');

    const exportsCard = card(page, 'Culture-services exports');
    await expect(exportsCard).toContainText('≈ US$2.04 billion');
    await expect(exportsCard).toContainText('Converted at the article’s implied rate of 6.47 yuan per US dollar');

    await page.reload();
    await expect(page).toHaveURL((url) => url.searchParams.get('currency') === 'USD');
    await expect(usd).toBeChecked();
    await expect(card(page, 'Culture-services trade')).toContainText('US$2.19 billion');
    await expect(card(page, 'Culture-services exports')).toContainText('≈ US$2.04 billion');
  });
});

test.describe('while the figures are still loading', () => {
  /*
   * On a slow connection the settings are on screen before the figures have arrived. Hold the
   * dataset chunk back, choose a setting as soon as it can be clicked, then let the figures
   * through: the choice must not be lost.
   */
  for (const choice of [
    { start: '/?lang=en', radio: 'USD $', param: 'currency', value: 'USD', shows: 'US$2.19 billion' },
    { start: '/?lang=en', radio: '中文', param: 'lang', value: 'zh', shows: '141.6亿元' },
    { start: '/?lang=zh', radio: '美元 $', param: 'currency', value: 'USD', shows: '21.9亿美元' },
  ] as const) {
    test(`on ${choice.start}, choosing ${choice.radio} before the figures arrive is not lost`, async ({ page }) => {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let intercepted = false;
      // The figures arrive with the dataset's own chunk (dataset-<hash>.js).
      await page.route(/\/assets\/dataset-[^/]*\.js$/, async (route) => {
        intercepted = true;
        await held;
        await route.continue();
      });

      await page.goto(choice.start, { waitUntil: 'commit' });
      await expect.poll(() => intercepted, 'the app should have started and requested the figures').toBe(true);
      const radio = page.getByRole('radio', { name: choice.radio });
      await radio.click();
      release();

      await expect(page).toHaveURL((url) => url.searchParams.get(choice.param) === choice.value);
      await expect(radio).toBeChecked();
      await expect(page.getByRole('article').first()).toContainText(choice.shows);
    });
  }
});

test.describe('keyboard', () => {
  test('Tab reaches the first headline card, announced as one sentence with its value', async ({ page }) => {
    await openOverviewInEnglish(page);
    await expect(card(page, 'Culture-services trade')).toBeVisible();

    const focused = page.locator(':focus');
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'ARTICLE');
    }
    expect(reached, 'a headline card should be reachable with Tab within 40 presses').toBe(true);

    await expect(focused).toHaveRole('article');
    await expect(focused).toHaveAttribute('data-figure', 'trade-total');
    await expect(focused).toHaveAccessibleName(/^Culture-services trade, 2020: 14\.16 billion yuan\. /);
    await expect(focused).toHaveAccessibleName(/\+14\.45% year on year\./);
    await expect(focused).toHaveAccessibleName(/Source: National honor spotlights Zhejiang's culture exports/);
    await expect(focused).toHaveAccessibleName(/^[^\n]+$/);

    // The card's own source link is the next stop, so it stays reachable by keyboard.
    await page.keyboard.press('Tab');
    await expect(focused).toHaveRole('link');
    await expect(focused).toHaveAccessibleName(/^National honor spotlights Zhejiang's culture exports/);
    await expect(focused).toHaveAttribute('href', /^\/sources(\?[^#]*)?#trade-total$/);
  });
});

test.describe('since the article', () => {
  const EN = [
    'Hangzhou’s listings on the national key enterprise lists',
    'The 2025–2026 national key culture export lists',
    'Hangzhou’s cultural-services exports, 2023',
    'Zhejiang’s audiovisual exports, 2023',
    'The province’s second national culture export base',
  ];
  const ZH = [
    '杭州入选国家文化出口重点企业的家次',
    '2025—2026年度国家文化出口重点企业和重点项目',
    '2023年杭州文化服务出口',
    '2023年浙江广电视听出口',
    '浙江第二个国家文化出口基地',
  ];

  for (const [lang, title, names, copy] of [
    ['en', 'Since the article', EN, 'secondary copy (outlet: China News Service (中新网))'],
    ['zh', '原文之后', ZH, '二手转载（原载：中新网）'],
  ] as const) {
    test(`lists the later facts below the headline cards, newest first, a copy marked as one (${lang})`, async ({
      page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      const section = page.getByRole('region', { name: title, exact: true });
      await expect(section.getByRole('heading', { level: 3 })).toHaveText([...names]);
      const audiovisual = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: names[3] }) });
      await expect(audiovisual).toContainText(copy);
      // The 32 Zhejiang enterprises of the 2025–2026 list link to their entry on the sources page.
      await section.getByRole('link', { name: lang === 'en' ? '32' : '32个' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/sources' && url.hash === '#key-enterprises-zj-2025');
    });
  }
});
