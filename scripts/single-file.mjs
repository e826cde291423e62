// The single-file build's names and its last step, shared by vite.single.config.ts,
// scripts/build-single.mjs and the tests: where the file goes, and the Content-Security-Policy
// written into it once Vite has inlined every script and style.
import { createHash } from 'node:crypto';

export const SINGLE_DIR = 'dist-single';
export const SINGLE_FILE_NAME = 'zhejiang-culture-exports.html';
/** What the policy's content holds from the build (vite.single.config.ts) until writePolicy. */
export const CSP_PLACEHOLDER = 'written-by-scripts/build-single.mjs';

/*
 * The hosted site's policy allows its own files ('self'); the single file has no other file, so
 * it allows its inline code by hash and nothing else: no request of any kind (connect-src,
 * workers, fonts, frames all 'none'), images only from data: and blob: (the logo, the chart
 * downloads being drawn). Still no 'unsafe-inline' and no 'unsafe-eval'.
 */
function policyText(scriptHashes, styleHashes) {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.length > 0 ? styleHashes.join(' ') : "'none'"}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const OPEN = /<!--[\s\S]*?-->|<(script|style)(?=[\s>/])([^>]*)>/gi;

/**
 * The text of each inline <script> and <style>, in order, as the browser's parser takes it: up
 * to the first end tag of its kind (raw text: no entities, nothing nested). Throws on what
 * would make a hash differ from what the browser computes (a carriage return, which the parser
 * turns into a line feed; a NUL) and on any script or style that is not inline.
 */
export function inlineCode(html) {
  const scripts = [];
  const styles = [];
  OPEN.lastIndex = 0;
  let open;
  while ((open = OPEN.exec(html))) {
    if (!open[1]) continue; // a comment
    const kind = open[1].toLowerCase();
    if (/\ssrc\s*=/i.test(open[2])) throw new Error(`a <script> loads a file: ${open[0]}`);
    const start = open.index + open[0].length;
    const close = new RegExp(`</${kind}(?=[\\s>/])`, 'gi');
    close.lastIndex = start;
    const end = close.exec(html);
    if (!end) throw new Error(`an inline <${kind}> has no end tag`);
    const text = html.slice(start, end.index);
    if (/[\r\0]/.test(text)) throw new Error(`an inline <${kind}> holds a carriage return or NUL`);
    (kind === 'script' ? scripts : styles).push(text);
    OPEN.lastIndex = end.index;
  }
  return { scripts, styles };
}

/** The markup left once inline code is taken out: what could still name a file to load. */
function markupOnly(html) {
  let out = '';
  let at = 0;
  OPEN.lastIndex = 0;
  let open;
  while ((open = OPEN.exec(html))) {
    if (!open[1]) continue;
    const close = new RegExp(`</${open[1]}(?=[\\s>/])`, 'gi');
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(at, open.index + open[0].length);
    at = end.index;
    OPEN.lastIndex = end.index;
  }
  return out + html.slice(at);
}

/** Every src= and href= of the markup that is not a data: URL or a fragment: a file to load. */
export function externalReferences(html) {
  const refs = [];
  for (const m of markupOnly(html).matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!/^(data:|#)/i.test(value)) refs.push(value);
  }
  return refs;
}

/** A CSP source for this text: its SHA-256 in base64. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for this page: its inline code by hash, and no request at all. */
export function singleFilePolicy(html) {
  const { scripts, styles } = inlineCode(html);
  if (scripts.length === 0) throw new Error('the page has no inline script');
  return policyText([...new Set(scripts.map(hashSource))], [...new Set(styles.map(hashSource))]);
}

/** The page with its policy in the placeholder's place; throws if nothing is left to load from outside. */
export function writePolicy(html) {
  const refs = externalReferences(html);
  if (refs.length > 0) throw new Error(`the single file still names files to load: ${refs.join(', ')}`);
  const parts = html.split(`content="${CSP_PLACEHOLDER}"`);
  if (parts.length !== 2) throw new Error(`expected one Content-Security-Policy holding ${CSP_PLACEHOLDER}`);
  return parts.join(`content="${singleFilePolicy(html)}"`);
}
