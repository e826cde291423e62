import type { Page } from '@playwright/test';
import { test, expect, CHART_DRAWN } from './fixtures';

/*
 * The deck on a phone: every slide of the default deck, charts included, lies within the
 * screen, nothing scrolls sideways, and the site's header is folded to one line so the slide
 * has the screen. Swipes still move the slides.
 */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true });

const COPY = {
  en: { menu: 'Menu', nav: 'Main', next: 'Next', slide: (n: number) => new RegExp(`^Slide ${n} of 15: `) },
  zh: { menu: '菜单', nav: '主导航', next: '下一页', slide: (n: number) => new RegExp(`^第${n}页，共15页：`) },
} as const;

function current(page: Page) {
  return page.locator('section.slide--current');
}

async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.present[data-keys="on"]')).toBeVisible();
}

/** The boxes that must lie on the screen, and what scrolls sideways, as drawn now. */
function measure(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('section.slide--current');
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
      slide: slide ? { ...box(slide), scroll: slide.scrollWidth, client: slide.clientWidth } : undefined,
      charts: slide ? [...slide.querySelectorAll('svg.recharts-surface')].map(box) : [],
      bar: box(document.querySelector('.present__bar') ?? document.body),
      header: box(document.querySelector('.site-header') ?? document.body),
    };
  });
}

type Box = { left: number; top: number; right: number; bottom: number };
function expectOnScreen(box: Box | undefined, what: string): void {
  expect(box, what).toBeDefined();
  if (!box) return;
  // Half a pixel for rounding of scaled drawings.
  expect(box.left, `${what}: left`).toBeGreaterThanOrEqual(-0.5);
  expect(box.top, `${what}: top`).toBeGreaterThanOrEqual(-0.5);
  expect(box.right, `${what}: right`).toBeLessThanOrEqual(PHONE.width + 0.5);
  expect(box.bottom, `${what}: bottom`).toBeLessThanOrEqual(PHONE.height + 0.5);
}

for (const lang of ['en', 'zh'] as const) {
  test(`at 390 × 844 in ${lang}, every slide and its chart fit the screen, nothing scrolls sideways, the header is folded`, async ({
    page,
  }) => {
    test.slow();
    const copy = COPY[lang];
    await openDeck(page, `/present?lang=${lang}`);

    // Folded: one line, its Menu button says so; the settings and the pages are not on screen.
    const menu = page.getByRole('button', { name: copy.menu, exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: copy.nav })).toBeHidden();
    await expect(page.getByRole('group', { name: lang === 'en' ? 'Theme' : '主题', exact: true })).toBeHidden();

    const slides = await page.locator('section.slide').count();
    expect(slides).toBe(15);
    for (let n = 1; n <= slides; n++) {
      if (n > 1) await page.getByRole('button', { name: copy.next, exact: true }).click();
      await expect(current(page)).toHaveAttribute('aria-label', copy.slide(n));
      const id = await current(page).getAttribute('data-slide');
      if (id?.startsWith('chart-') || id === 'published')
        await expect(current(page).locator('svg.recharts-surface')).toHaveCount(1, CHART_DRAWN);
      // A chart is drawn again once its deck is measured: wait for the size to settle.
      await page.waitForTimeout(100);
      const m = await measure(page);
      expect(m.viewport).toEqual(PHONE);
      expect(m.page.scroll, `slide ${n} (${id}): the page scrolls sideways`).toBeLessThanOrEqual(m.page.client);
      expect(m.slide?.scroll, `slide ${n} (${id}): the slide scrolls sideways`).toBeLessThanOrEqual(
        m.slide?.client ?? 0,
      );
      expectOnScreen(m.slide, `slide ${n} (${id})`);
      for (const [i, chart] of m.charts.entries()) expectOnScreen(chart, `slide ${n} (${id}): chart ${i + 1}`);
      expectOnScreen(m.bar, `slide ${n} (${id}): the bar`);
      expect(m.header.bottom, 'the folded header is one line').toBeLessThanOrEqual(50);
    }
  });
}

test('the folded header opens from its Menu button, by keyboard too, and folds again', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=2');
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Projector', exact: true })).toBeVisible();
  // Enter on the button was the button's: the deck stayed on its slide.
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
  await page.keyboard.press('Space');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  // The other pages are not folded.
  await page.goto('/growth?lang=en');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toHaveCount(0);
});

test('a swipe to the left shows the next slide, to the right the one before', async ({ page }) => {
  await openDeck(page, '/present?lang=en&slide=8');
  await expect(current(page).locator('svg.recharts-surface')).toHaveCount(1, CHART_DRAWN);
  const touch = await page.context().newCDPSession(page);
  const swipe = async (from: number, to: number) => {
    const y = 400;
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
    for (let i = 1; i <= 5; i++)
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: from + ((to - from) * i) / 5, y }],
      });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(320, 80);
  await expect(page).toHaveURL(/[?&]slide=9(&|$)/);
  await swipe(80, 320);
  await expect(page).toHaveURL(/[?&]slide=8(&|$)/);
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.scrollX]);
  expect(widths).toEqual([390, 0]);
});

test('a slide longer than the screen scrolls with the arrow keys once focused, then the deck steps on', async ({
  page,
}) => {
  await openDeck(page, '/present?lang=en&slide=13');
  const slide = current(page);
  await expect(slide).toHaveAttribute('aria-label', /^Slide 13 of 15: Leading exporters/);
  await slide.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => slide.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/[?&]slide=13(&|$)/);
  // PageDown, a clicker's key, always steps.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/[?&]slide=14(&|$)/);
});
