import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, CHART_DRAWN } from './fixtures';

const TITLES = {
  trade: 'Culture-services trade, exports and imports',
  growth: 'Growth on the year before',
  share: 'Exports as a share of trade',
  balance: 'Trade balance: exports minus imports',
} as const;

function chartRegion(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

/** The drawing of a chart once its lazy chunk has loaded: the focusable SVG named by the chart's title. */
function drawing(page: Page, title: string) {
  return chartRegion(page, title).getByRole('application', { name: new RegExp(`^${title}`) });
}

/** Charts draw as they come near the screen: scroll to the chart, then wait for its drawing. */
async function expectDrawn(page: Page, title: string): Promise<void> {
  await chartRegion(page, title).scrollIntoViewIfNeeded();
  await expect(drawing(page, title)).toBeVisible(CHART_DRAWN);
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test('/growth draws its four charts, each named, described and with derived points set apart', async ({ page }) => {
  await page.goto('/growth?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Growth');
  for (const title of Object.values(TITLES)) await expectDrawn(page, title);
  const trade = drawing(page, TITLES.trade);
  // Direct labels name each line, so the key does not depend on colour.
  await expect(trade.getByText('Exports', { exact: true })).toBeVisible();
  await expect(trade.getByText('13.16', { exact: true })).toBeVisible();
  await expect(trade.getByText('≈10.37', { exact: true })).toBeVisible();
  await expect(trade.locator('.chart-point--derived')).toHaveCount(4);
  await expect(drawing(page, TITLES.growth).locator('.chart-bar--derived')).toHaveCount(1);

  const description = await trade.getAttribute('aria-describedby');
  expect(description).toBeTruthy();
  await expect(page.locator(`[id="${description}"]`)).toContainText(
    'Exports rose from ≈ 10.37 billion yuan in 2019 to 13.16 billion yuan in 2020 (+26.91%).',
  );
});

test('the tooltip shows on keyboard focus, with the formula of a derived value', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const trade = drawing(page, TITLES.trade);
  await expect(trade).toBeVisible(CHART_DRAWN);
  await trade.focus();
  const tooltip = chartRegion(page, TITLES.trade).locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('2019');
  await expect(tooltip).toContainText('≈ 10.37 billion yuan');
  await expect(tooltip).toContainText('exports 2020 ÷ (1 + 26.91%)');
  // Arrow keys move along the years.
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('2020');
  await expect(tooltip).toContainText('13.16 billion yuan');
  await expect(tooltip).toContainText('trade 2020 − exports 2020');
});

test('the table tab is kept in the address and survives a reload', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const growth = chartRegion(page, TITLES.growth);
  await growth.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/[?&]table=growth(&|#|$)/);
  await page.reload();
  const tab = chartRegion(page, TITLES.growth).getByRole('tab', { name: 'Table' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const table = chartRegion(page, TITLES.growth).getByRole('table', { name: `${TITLES.growth} (%)` });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /Exports/ })).toContainText('+26.91%');
  await expect(table.getByRole('row', { name: /Imports/ })).toContainText('≈ -50.1%');
  // The other charts stay charts.
  await expectDrawn(page, TITLES.trade);
});

test('the PNG download is a real PNG image, drawn at twice the size', async ({ page }) => {
  await page.goto('/growth?lang=en');
  await expect(drawing(page, TITLES.trade)).toBeVisible(CHART_DRAWN);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${TITLES.trade} as PNG image` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^zhejiang-culture-trade-en-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await bytesOf(download);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(1920);
  expect(png.readUInt32BE(20)).toBeGreaterThan(1000);
  await expect(chartRegion(page, TITLES.trade).getByRole('status')).toContainText('.png downloaded');
});

test('the SVG download carries the title, the source line and the date inside the image', async ({ page }) => {
  await page.goto('/growth?lang=zh');
  const title = '文化服务贸易进出口、出口与进口';
  await expect(chartRegion(page, title).getByRole('application')).toBeVisible(CHART_DRAWN);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `将${title}下载为SVG图片` }).click(),
  ]);
  const svg = (await bytesOf(download)).toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain(`<title>${title}</title>`);
  expect(svg).toContain('单位：亿元，2019~2020年');
  expect(svg).toContain('来源：');
  expect(svg).toMatch(/下载于\d{4}-\d{2}-\d{2}/);
  expect(svg).toContain('131.6');
  // Colours are written out for a file with no style sheet, in the light scheme.
  expect(svg).not.toContain('var(--');
});

test('the CSV of a chart has a BOM, headers in the current language and the export values', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${TITLES.trade} as Data (CSV)` }).click(),
  ]);
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Series,Year,Value,Unit,Basis,Formula,Sources');
  expect(text).toContain('Exports,2020,13.16,billion yuan,stated by the source');
  expect(text).toContain('Exports,2019,10.37,billion yuan,derived,exports 2020 ÷ (1 + 26.91%)');

  await page.goto('/growth?lang=zh');
  const [zh] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '将文化服务贸易进出口、出口与进口下载为数据（CSV）' }).click(),
  ]);
  const zhText = (await bytesOf(zh)).toString('utf8');
  expect(zhText).toContain('指标,年份,数值,单位,依据,公式,来源');
  expect(zhText).toContain('出口,2020,131.6,亿元,来源直接给出');
});

test('copy link gives an address that reopens the chart as shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/growth?lang=en&currency=USD&table=share');
  const share = chartRegion(page, TITLES.share);
  await share.getByRole('button', { name: `Copy link to ${TITLES.share} as shown` }).click();
  await expect(share.getByRole('status')).toContainText('Link copied');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/growth');
  expect(copied.searchParams.get('table')).toBe('share');
  expect(copied.searchParams.get('currency')).toBe('USD');
  expect(copied.hash).toBe('#chart-share');

  const other = await context.newPage();
  await other.goto(copied.toString());
  await expect(chartRegion(other, TITLES.share).getByRole('tab', { name: 'Table' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(chartRegion(other, TITLES.share)).toBeFocused();
});

test('US dollars: money charts switch to US$ and say how they were converted', async ({ page }) => {
  await page.goto('/growth?lang=en&currency=USD&table=trade');
  const trade = chartRegion(page, TITLES.trade);
  await expect(trade.getByText('US$ billion, 2019–2020')).toBeVisible();
  const table = trade.getByRole('table');
  // The article states US$2.19 billion for 2020 trade; exports are converted at its implied rate.
  await expect(table.getByRole('row', { name: /^Trade/ })).toContainText('US$2.19 billion');
  await expect(table.getByRole('row', { name: /^Exports/ })).toContainText('≈ US$2.04 billion');
  await expect(page.getByText(/converted from yuan at 6\.47 yuan per US dollar/)).toBeVisible();
});

test('printing draws every chart, also those never scrolled to', async ({ page }) => {
  await page.goto('/growth?lang=en');
  await expectDrawn(page, TITLES.trade);
  // The share and balance charts are below the first screen: not drawn yet.
  await expect(drawing(page, TITLES.balance)).toHaveCount(0);
  await page.pdf({ format: 'A4' });
  // The four charts of the announcement and the three of the figures as published.
  await expect(page.getByRole('application')).toHaveCount(7, CHART_DRAWN);
});

test('the context figures stand apart, each with its caveat', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const context = page.getByRole('region', { name: 'Other published figures — not comparable' });
  await expect(context).toBeVisible();
  const hengdian = context.getByRole('listitem').filter({ hasText: 'Hengdian film companies’ exports' });
  await expect(hengdian).toContainText('over US$60 million');
  await expect(hengdian).toContainText('Why it is not comparable:');
  await expect(hengdian).toContainText('Film companies in Hengdian only');
  // The figures drawn as published have their own section, and are not listed again here.
  await expect(context.getByRole('listitem').filter({ hasText: 'as printed' })).toHaveCount(0);
  // Never on the announcement's charts: none of their data goes back to 2018.
  for (const title of Object.values(TITLES)) {
    await expect(chartRegion(page, title).getByText('2018')).toHaveCount(0);
  }
});

test('the published figures over time: the break explained, a dot per figure, and its table', async ({ page }) => {
  await page.goto('/growth?lang=en');
  const section = page.getByRole('region', { name: 'Published figures over time', exact: true });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('heading', { level: 2, name: 'Published figures over time' })).toBeVisible();
  const why = section.getByRole('region', { name: 'Why these years are not one series' });
  await expect(why).toContainText('1.664 ÷ 1.10 ≈ 1.51 billion yuan');
  await expect(why).toContainText('2017 as published: 5.529 billion yuan');
  await expect(why).toContainText('14.157 ÷ 1.1445 ≈ 12.37 billion yuan');
  await expect(why).toContainText('2015 is in US dollars');

  const title = 'Published in yuan, report by report';
  const cny = chartRegion(page, title);
  await cny.scrollIntoViewIfNeeded();
  const dots = cny.getByRole('application', { name: new RegExp(`^${title}`) });
  await expect(dots).toBeVisible(CHART_DRAWN);
  // One mark per figure, the two only a secondary copy gives as diamonds, and no line between reports.
  await expect(dots.locator('.chart-point')).toHaveCount(9);
  await expect(dots.locator('.chart-point--secondary')).toHaveCount(2);
  await expect(dots.locator('.chart-join')).toHaveCount(0);
  await expect(
    cny.getByRole('link', { name: /secondary copy \(outlet: Zhejiang Department of Commerce\)/ }),
  ).toBeVisible();

  await cny.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/[?&]table=published-cny(&|#|$)/);
  const table = cny.getByRole('table', { name: `${title} (billion yuan)` });
  await expect(table).toBeVisible();
  // A header row and one row per figure.
  await expect(table.getByRole('row')).toHaveCount(10);
  const row2017 = table.getByRole('row', { name: /^Services trade, 2017/ });
  await expect(row2017).toContainText('5.529 billion yuan');
  await expect(row2017).toContainText('secondary copy (outlet: Zhejiang Department of Commerce)');
  await expect(table.getByRole('row', { name: /^Services trade, 2018/ })).toContainText('1.664 billion yuan');
  await expect(table.getByRole('row', { name: /^Services imports, 2018/ })).toContainText('1.521 billion yuan');
  await expect(table).not.toContainText('US$');
  await page.reload();
  await expect(chartRegion(page, title).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
});

for (const theme of ['light', 'dark'] as const) {
  for (const view of ['chart', 'table'] as const) {
    test(`axe: /growth in the ${view} tabs, ${theme} theme, has no WCAG A/AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const tables = view === 'table' ? '&table=trade,growth,share,balance' : '';
      await page.goto(`/growth?lang=en${tables}`);
      if (view === 'chart') {
        for (const title of Object.values(TITLES)) await expectDrawn(page, title);
      } else {
        await expect(page.getByRole('table')).toHaveCount(4);
      }
      await expectNoAxeViolations(page);
    });
  }
}

test('axe: the Chinese growth page in the dark theme has no violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/growth?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增长');
  await chartRegion(page, '同比增速').scrollIntoViewIfNeeded();
  await expect(chartRegion(page, '同比增速').getByRole('application')).toBeVisible(CHART_DRAWN);
  await expectNoAxeViolations(page);
});

test.describe('phone width (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('/growth has no horizontal scroll', async ({ page }) => {
    await page.goto('/growth?lang=zh');
    for (const title of ['文化服务贸易进出口、出口与进口', '同比增速', '出口占进出口比重', '贸易差额：出口减进口']) {
      await chartRegion(page, title).scrollIntoViewIfNeeded();
      await expect(chartRegion(page, title).getByRole('application')).toBeVisible(CHART_DRAWN);
    }
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test('the overview loads no charting code until its chart is scrolled near', async ({ page }) => {
    const chartChunks: string[] = [];
    page.on('request', (request) => {
      if (/chart-drawing/.test(request.url())) chartChunks.push(request.url());
    });
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(chartChunks, 'charting code requested for the first view').toEqual([]);

    await page.getByRole('heading', { name: 'Derived from the headline figures' }).scrollIntoViewIfNeeded();
    await expect(drawing(page, TITLES.trade)).toBeVisible(CHART_DRAWN);
    expect(chartChunks.length).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'All growth charts' })).toHaveAttribute(
      'href',
      '/growth?lang=en#chart-trade',
    );
  });
});
