// The system Chromium and its launch flags, shared by the end-to-end tests and the benchmark.
// Playwright cannot download its own browsers here, so both drive Debian's.
import { existsSync } from 'node:fs';

/** Flags for a root, sandbox-less, offline machine: no background connections, no GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH if set, else the usual places; a clear message when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (on Debian: apt-get update && apt-get install -y chromium) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
