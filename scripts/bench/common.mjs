// What every part of `npm run bench` shares: the clock, the figures' arithmetic, child
// processes, cleanup on exit, and `vite preview` on a free port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export { median, round } from './numbers.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');

const started = performance.now();

/** Seconds since the benchmark started. */
export const elapsedS = () => (performance.now() - started) / 1000;

export function progress(message) {
  console.log(`[bench ${elapsedS().toFixed(1).padStart(6)}s] ${message}`);
}

/** Runs a command to the end; its output is shown only if it fails. */
export function run(command, args, label, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

// ── Cleanup: servers, browsers and temporary folders go, also on error or Ctrl-C ───────────

const cleanups = [];

/** Registers `fn` to run at the end (last registered, first run). Returns `fn`. */
export function onCleanup(fn) {
  cleanups.push(fn);
  return fn;
}

export async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch {
      // Already gone.
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ── The preview server ────────────────────────────────────────────────────────────────────

function portFree(port) {
  return new Promise((res) => {
    const server = createServer();
    server.once('error', () => res(false));
    server.listen(port, '127.0.0.1', () => server.close(() => res(true)));
  });
}

/**
 * Serves `outDir` with `vite preview` (the app's way of serving a build: clean URLs such as
 * /growth → growth.html, gzip) on the first free port from 4199. `configFile` and `cwd` serve
 * a build that is not the app's. Stopped by cleanup().
 */
export async function startPreview(outDir, { configFile, cwd = root } = {}) {
  for (let port = 4199; port < 4230; port++) {
    if (!(await portFree(port))) continue;
    const args = [
      viteBin,
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ];
    if (configFile) args.push('--config', configFile);
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise((res) => child.once('exit', () => res(true)));
    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const gone = await Promise.race([exited, new Promise((res) => setTimeout(() => res(false), 3000))]);
      if (!gone) child.kill('SIGKILL');
    };
    onCleanup(stop);
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) break;
      try {
        const response = await fetch(`${url}/`);
        if (response.ok) return { url, port, stop };
      } catch {
        // Not listening yet.
      }
      await new Promise((res) => setTimeout(res, 200));
    }
    await stop();
    cleanups.splice(cleanups.indexOf(stop), 1);
    progress(`vite preview did not start on port ${port}; trying the next one\n${log.slice(-1000)}`);
  }
  throw new Error('no free port for vite preview in 4199-4229');
}
