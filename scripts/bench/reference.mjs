// The floor every page figure is compared with: React alone rendering the overview's KPI
// figures as static text (no router, no query cache, no i18n, no charts), built by Vite into a
// temporary folder and served the same way as the app. A noisy machine slows both alike, so
// the ratio to this page says more than a raw figure does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { onCleanup, progress, root, startPreview } from './common.mjs';

/** The overview's heading and each headline card as lines of text, read from the running app. */
async function readCards(appUrl) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/?lang=en`);
    await page.locator('article.kpi').first().waitFor();
    return await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent?.trim() ?? '',
      cards: [...document.querySelectorAll('article.kpi')].map((card) => ({
        label: card.querySelector('.kpi__label')?.textContent?.trim() ?? '',
        lines: [...card.children]
          .filter((el) => !el.classList.contains('kpi__label'))
          .map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .filter(Boolean),
      })),
    }));
  } finally {
    await browser.close();
  }
}

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Benchmark floor: React alone rendering the dashboard's KPI figures." />
    <link rel="icon" href="data:," />
    <title>Reference page · npm run bench</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`;

export const TAKEN_OVER_MARK = 'zj:taken-over';

const MAIN_JSX = `import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import data from './cards.json';
import './style.css';

function Card({ label, lines }) {
  return (
    <article className="kpi">
      <h2>{label}</h2>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </article>
  );
}

// The mark the app sets once it has taken its page over (src/app/taken-over.tsx): here, the
// first commit of the figures.
function TakenOver() {
  useEffect(() => {
    performance.mark('${TAKEN_OVER_MARK}');
  }, []);
  return null;
}

createRoot(document.getElementById('root')).render(
  <main>
    <TakenOver />
    <h1>{data.title}</h1>
    <div className="grid">
      {data.cards.map((card) => (
        <Card key={card.label} {...card} />
      ))}
    </div>
  </main>,
);
`;

const STYLE_CSS = `body { margin: 0; font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.kpi { border: 1px solid #ccc; border-radius: 0.5rem; padding: 1rem; }
.kpi h2 { font-size: 0.9rem; margin: 0 0 0.5rem; }
.kpi p { margin: 0.25rem 0; font-variant-numeric: tabular-nums; }
.kpi p:first-of-type { font-size: 2rem; font-weight: 700; }
`;

/**
 * Reads the KPI figures from the app at `appUrl`, writes and builds the reference page in a
 * temporary folder, serves it, and returns its address. Everything goes at cleanup.
 */
export async function startReference(appUrl) {
  const data = await readCards(appUrl);
  if (!data.cards.length) throw new Error(`the overview at ${appUrl} shows no KPI cards to copy`);
  const dir = await mkdtemp(resolve(tmpdir(), 'zj-bench-reference-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  await writeFile(resolve(dir, 'index.html'), INDEX_HTML);
  await writeFile(resolve(dir, 'main.jsx'), MAIN_JSX);
  await writeFile(resolve(dir, 'style.css'), STYLE_CSS);
  await writeFile(resolve(dir, 'cards.json'), JSON.stringify(data, null, 2));
  // An empty config, so that serving it does not pick up the app's.
  await writeFile(resolve(dir, 'vite.config.mjs'), 'export default {};\n');

  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  // The folder is outside the project: React comes from the project's node_modules.
  const fromProject = (name) => ({
    find: new RegExp(`^${name}(/.*)?$`),
    replacement: `${resolve(root, 'node_modules', name)}$1`,
  });
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: [fromProject('react-dom'), fromProject('react'), fromProject('scheduler')] },
    build: { outDir: resolve(dir, 'dist'), target: 'es2022' },
  });
  const preview = await startPreview(resolve(dir, 'dist'), { configFile: resolve(dir, 'vite.config.mjs'), cwd: dir });
  progress(
    `reference page (React alone, ${data.cards.length} KPI cards as text) built in ${dir}, served at ${preview.url}`,
  );
  return { url: `${preview.url}/`, cards: data.cards.length };
}
