import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export { expect };

/**
 * How long a test waits for a chart to be drawn. Recharts loads after the first paint, as its
 * own chunk; on a busy two-core machine with two workers that took over the default 5 s once
 * (the Chinese /growth, still "drawing the chart" at 5 s), though the page was working.
 */
export const CHART_DRAWN = { timeout: 15_000 };

interface ErrorWatch {
  /** Console errors and uncaught exceptions seen on any page of the test's context. */
  pageErrors: string[];
}

/**
 * The shared test: every page the test opens (the `page` fixture and any page opened later in
 * the same context) is watched, and the test fails at teardown if the app logged a console
 * error or threw an uncaught exception, even when every assertion passed.
 */
export const test = base.extend<ErrorWatch>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (page: Page): void => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          errors.push(`console.error on ${page.url()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
        page.on('pageerror', (error) => {
          errors.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'the app logged console errors or threw uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now (WCAG 2.0/2.1 A and AA) and fails listing each rule and element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ')),
  }));
  const readable = found.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
  expect(found, `axe found WCAG A/AA violations on ${page.url()}:\n${readable}`).toEqual([]);
}

/**
 * Holds the app's entry script, so the page stays its prerendered HTML (as boot.js leaves it)
 * until the returned function lets the app load. Open the page with waitUntil: 'domcontentloaded'.
 */
export async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}
