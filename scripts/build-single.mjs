// `npm run build:single`: the whole dashboard in one HTML file that opens by double-click
// (file://), with no request at all. Vite builds it (vite.single.config.ts); this writes its
// Content-Security-Policy, with the hashes of the code Vite inlined, and holds it to its budget.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { SINGLE_DIR, SINGLE_FILE_NAME, writePolicy } from './single-file.mjs';

// KB of 1024 bytes: the file is 1683 raw / 518 gzip; room for the PowerPoint writer on its way (about 120 gzip), little more.
const BUDGET_KB = { raw: 2400, gzip: 720 };

await build({ configFile: resolve('vite.single.config.ts'), logLevel: 'warn' });

const files = await readdir(resolve(SINGLE_DIR));
if (files.length !== 1 || files[0] !== SINGLE_FILE_NAME)
  throw new Error(`${SINGLE_DIR}/ should hold ${SINGLE_FILE_NAME} and nothing else; it holds ${files.join(', ')}`);

const file = resolve(SINGLE_DIR, SINGLE_FILE_NAME);
const html = writePolicy(await readFile(file, 'utf8'));
await writeFile(file, html);

const bytes = Buffer.from(html, 'utf8');
const kb = { raw: bytes.length / 1024, gzip: gzipSync(bytes, { level: 9 }).length / 1024 };
const over = Object.keys(BUDGET_KB).filter((key) => kb[key] > BUDGET_KB[key]);
for (const key of ['raw', 'gzip'])
  console.log(
    `${SINGLE_DIR}/${SINGLE_FILE_NAME}: ${kb[key].toFixed(1)} KB ${key} (budget ${BUDGET_KB[key]} KB)` +
      (over.includes(key) ? '  OVER BUDGET' : ''),
  );
if (over.length > 0) process.exitCode = 1;
