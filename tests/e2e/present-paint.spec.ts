import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';

/*
 * Present mode's HTML holds every slide before the bar of buttons, and the deck takes the room
 * the bar leaves. On a slow network a browser paints the page as it arrives: were the slides
 * painted before the bar came, the deck would shrink and the slide move when it did. Here the
 * page arrives in two parts, the second a second after the first, through a server that passes
 * everything else on to the app's, and the layout-shift entries of the page are read.
 */

const SPLIT_AT = '<div class="present__bar">';

let server: Server;
let origin: string;

test.beforeAll(async ({ baseURL }) => {
  const app = baseURL ?? '';
  server = createServer((req, res) => {
    void (async () => {
      const upstream = await fetch(new URL(req.url ?? '/', app));
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
      );
      res.writeHead(upstream.status, headers);
      const text = body.toString('utf8');
      const at = req.url?.startsWith('/present') ? text.indexOf(SPLIT_AT) : -1;
      if (at < 0) {
        res.end(body);
        return;
      }
      res.write(text.slice(0, at));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      res.end(text.slice(at));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('present mode on a phone: the slide does not move when the bar below it arrives late', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
        shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => s.node?.nodeName ?? '?').join(', ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${origin}/present`);
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /culture-services trade/i })).toBeInViewport();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
  await context.close();
});
