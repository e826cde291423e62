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

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
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

  it("the projector theme's block in tokens.css holds the same colours as the data, every token", () => {
    const block = /:root\[data-theme='projector'\]\s*\{([^}]*)\}/.exec(withoutComments(tokensCss))?.[1] ?? '';
    const colours = Object.fromEntries(
      [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)]
        .filter((m) => (COLOUR_TOKENS as readonly string[]).includes(m[1] ?? ''))
        .map((m) => [m[1], m[2]?.trim()]),
    );
    expect(colours).toEqual(THEME_COLOURS.projector);
    expect(block).toMatch(/color-scheme:\s*light;/);
  });

  it('the projector theme keeps every text colour at 7:1 or more (WCAG AAA) on its backgrounds', () => {
    const p = THEME_COLOURS.projector;
    const backgrounds = [p.bg, p.surface, p['surface-2']];
    const texts = ['text', 'text-strong', 'text-muted', 'accent', 'up', 'down', 'flat'] as const;
    const series = ['cat-1', 'cat-2', 'cat-3', 'cat-4', 'tier-a', 'tier-b', 'tier-c', 'tier-d'] as const;
    for (const token of [...texts, ...series])
      for (const bg of backgrounds) expect(contrast(p[token], bg), `--${token} on ${bg}`).toBeGreaterThanOrEqual(7);
    expect(contrast(p['accent-contrast'], p.accent)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.text, p['notice-bg'])).toBeGreaterThanOrEqual(7);
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
    expect(resolveColours('var(--cat-1)', 'projector')).toBe('#004c99');
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
