import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CSP_PLACEHOLDER,
  externalReferences,
  hashSource,
  inlineCode,
  singleFilePolicy,
  writePolicy,
} from '../../scripts/single-file.mjs';

/* The single file's last build step: its inline code found as a browser finds it, hashed into its policy. */

const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />` +
  `<!-- a <script> named in a comment is no script -->${head}</head><body>${body}</body></html>`;

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineCode', () => {
  it('takes each script and style up to its end tag, whatever markup its text holds', () => {
    const code = 'const s = "<style:table-row/> <body> \\x3C/script>";';
    const { scripts, styles } = inlineCode(
      page(
        `<script>boot()</script><style rel="stylesheet">a{color:red}</style><script type="module" crossorigin>${code}</script>`,
      ),
    );
    expect(scripts).toEqual(['boot()', code]);
    expect(styles).toEqual(['a{color:red}']);
  });

  it('ends a script at its first end tag, in any case, as the parser does', () => {
    expect(inlineCode(page('<script>a()</SCRIPT ><script>b()</script>')).scripts).toEqual(['a()', 'b()']);
  });

  it('refuses what a hash could not match: a carriage return, a NUL, a script loaded from a file, no end tag', () => {
    expect(() => inlineCode(page('<script>a()\r\nb()</script>'))).toThrow(/carriage return/);
    expect(() => inlineCode(page('<script>a()\0</script>'))).toThrow(/NUL/);
    expect(() => inlineCode(page('<script src="./app.js"></script>'))).toThrow(/loads a file/);
    expect(() => inlineCode(page('<script>a()'))).toThrow(/no end tag/);
  });
});

describe('externalReferences', () => {
  it('names every src and href that is not a data: URL or a fragment, and none inside inline code', () => {
    const html = page(
      '<link rel="icon" href="data:image/svg+xml,%3Csvg%3E" /><link rel="stylesheet" href="style.css">' +
        '<script>const a = \'<img src="http://x.test/a.png">\'</script>',
      '<a href="#main">skip</a><img src=https://x.test/b.png>',
    );
    expect(externalReferences(html)).toEqual(['style.css', 'https://x.test/b.png']);
  });
});

describe('writePolicy', () => {
  it("allows the page's inline code by hash, and no request at all", () => {
    const html = page('<script>boot()</script><style>a{}</style><script type="module">app()</script>');
    const written = writePolicy(html);
    const policy = singleFilePolicy(html);
    expect(written).toContain(`content="${policy}"`);
    expect(written).not.toContain(CSP_PLACEHOLDER);
    expect(policy).toBe(
      `default-src 'none'; script-src ${sha('boot()')} ${sha('app()')}; style-src ${sha('a{}')}; ` +
        "img-src data: blob:; connect-src 'none'; worker-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(policy).not.toMatch(/unsafe-|'self'/);
  });

  it('hashes text as UTF-8, as the browser does', () => {
    expect(hashSource('浙江')).toBe(sha('浙江'));
  });

  it('refuses a page that still names a file to load, or has no placeholder to fill', () => {
    expect(() => writePolicy(page('<script>a()</script><link rel="stylesheet" href="./style.css">'))).toThrow(
      /still names files to load: \.\/style\.css/,
    );
    expect(() => writePolicy(page('<script>a()</script>').replace(CSP_PLACEHOLDER, "default-src 'self'"))).toThrow(
      /expected one Content-Security-Policy/,
    );
  });
});
