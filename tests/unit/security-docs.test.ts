import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README's sample server configurations send the same Content-Security-Policy as the one
 * every page carries, plus frame-ancestors (which a <meta> tag cannot set): a copied sample
 * must not loosen the policy, nor break the site by being stricter than it.
 */
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const indexHtml = readFileSync(resolve(root, 'index.html'), 'utf8');

const pagePolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';

describe('the README’s security headers', () => {
  it('the page has a policy to compare with', () => {
    expect(pagePolicy).toContain("script-src 'self'");
  });

  it('nginx and _headers samples send the page’s policy plus frame-ancestors, and the two other headers', () => {
    const nginx = [...readme.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]);
    const headersFile = [...readme.matchAll(/^ {2}Content-Security-Policy: (.+)$/gm)].map((m) => m[1]);
    expect(nginx).toHaveLength(1);
    expect(headersFile).toHaveLength(1);
    for (const policy of [...nginx, ...headersFile]) expect(policy).toBe(`${pagePolicy}; frame-ancestors 'none'`);
    expect(readme).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(readme).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
    expect(readme).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(readme).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
  });
});
