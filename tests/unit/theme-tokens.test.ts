import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_TOKENS, resolveColours, THEME_COLOURS } from '../../src/components/theme-tokens';

/*
 * The colours live twice, as typed data (theme-tokens.ts, which the chart downloads read) and
 * as custom properties (tokens.css, which every rule reads): these tests keep them equal, and
 * keep the rules on the type scale and the named breakpoints.
 */
const src = resolve(import.meta.dirname, '../../src');
const tokensCss = readFileSync(resolve(src, 'app/tokens.css'), 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const sheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, css: readFileSync(resolve(src, file), 'utf8') }));

/** `a, b` of light-dark(a, b), split at its one top-level comma. */
function lightDark(value: string): [string, string] | undefined {
  const inner = /^light-dark\((.*)\)$/s.exec(value.trim())?.[1];
  if (inner === undefined) return undefined;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return undefined;
}

const cssColours = new Map<string, [string, string]>();
for (const m of withoutComments(tokensCss).matchAll(/--([\w-]+):\s*([^;]+);/g)) {
  const pair = lightDark(m[2] ?? '');
  if (m[1] && pair) cssColours.set(m[1], pair);
}

describe('the colour tokens', () => {
  it('tokens.css defines exactly the colours theme-tokens.ts lists', () => {
    expect([...cssColours.keys()].sort()).toEqual([...COLOUR_TOKENS].sort());
  });

  it.each(COLOUR_TOKENS)('--%s is the same colour in the CSS and the data, in each theme', (token) => {
    expect(cssColours.get(token)).toEqual([THEME_COLOURS.light[token], THEME_COLOURS.dark[token]]);
  });

  it('every colour a chart drawing names can be written into a file', () => {
    // The drawing is split by job (line, bar, the pieces they share): every piece of it.
    const drawing = [
      'chart-drawing.tsx',
      'chart-line-drawing.tsx',
      'chart-line-marks.tsx',
      'chart-bar-drawing.tsx',
      'chart-hatching.tsx',
      'chart-tick.tsx',
      'chart-tooltip.tsx',
      'chart-model.ts',
    ]
      .map((file) => readFileSync(resolve(src, 'components', file), 'utf8'))
      .join('\n');
    const named = [...drawing.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const token of named) expect(COLOUR_TOKENS).toContain(token);
  });

  it('a file gets the light colours, and an unknown token is an error, not a silent black', () => {
    expect(resolveColours('var(--cat-1)', 'light')).toBe('#0072b2');
    expect(resolveColours('url(#p) var(--surface)', 'light')).toBe('url(#p) #ffffff');
    expect(resolveColours('var(--cat-1)', 'dark')).toBe('#56b4e9');
    expect(() => resolveColours('var(--nope)', 'light')).toThrow('--nope');
  });
});

describe('the rules', () => {
  // The breakpoints are named in tokens.css's comment; an @media rule cannot read a property.
  const named = /Breakpoints:([\s\S]*?)\*\//.exec(tokensCss)?.[1] ?? '';
  const breakpoints = new Set([...named.matchAll(/\(max-width: (\d+)px\)/g)].map((m) => Number(m[1])));

  it('use only the named breakpoints', () => {
    expect([...breakpoints].sort()).toEqual([600, 800]);
    for (const { file, css } of sheets)
      for (const m of withoutComments(css).matchAll(/\((?:max|min)-width:\s*(\d+)px\)/g)) {
        const width = Number(m[1]);
        // min-width one above a breakpoint is its other side.
        expect(breakpoints.has(width) || breakpoints.has(width - 1), `${file}: ${m[0]}`).toBe(true);
      }
  });

  it('take font sizes and line heights from the type scale', () => {
    for (const { file, css } of sheets) {
      if (file.endsWith('tokens.css')) continue;
      for (const m of withoutComments(css).matchAll(/(font-size|line-height):\s*([^;]+);/g)) {
        const value = m[2] ?? '';
        // Sizes relative to the surrounding text (em), print sizes (pt) and a control's fixed
        // line box (px line height) are not steps of the scale.
        const relative = /^[\d.]+(em|pt)$/.test(value) || (m[1] === 'line-height' && /^\d+px$/.test(value));
        expect(relative || /^var\(--(type|leading|slide-type)-[\w-]+\)$/.test(value), `${file}: ${m[0]}`).toBe(true);
      }
    }
  });
});
