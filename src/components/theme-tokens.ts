/*
 * The colours of each theme as data: the one source the chart downloads read (a file has no
 * style sheet, so its colours are written into it), and the values src/app/tokens.css writes as
 * light-dark(light, dark) custom properties. tests/unit/theme-tokens.test.ts keeps the two
 * equal, so a colour is changed in both places or the test says which one drifted.
 */

/**
 * The themes with colours of their own. The projector's is high contrast on white for a
 * washed-out projector or a bright room: near-black text and marks, every colour a text may
 * take at least 7:1 against the white and the light grey it sits on (WCAG AAA).
 */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Every colour token, by its custom property's name without the leading `--`. */
export const COLOUR_TOKENS = [
  'bg',
  'surface',
  'surface-2',
  'text',
  'text-strong',
  'text-muted',
  'border',
  'accent',
  'accent-contrast',
  'focus',
  'up',
  'down',
  'flat',
  'notice-bg',
  'notice-border',
  'cat-1',
  'cat-2',
  'cat-3',
  'cat-4',
  'chart-grid',
  'chart-axis',
  'chart-cursor',
  'tier-a',
  'tier-b',
  'tier-c',
  'tier-d',
] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

export const THEME_COLOURS: Record<ThemeName, Record<ColourToken, string>> = {
  light: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    'surface-2': '#eef1f4',
    text: '#14181f',
    'text-strong': '#000000',
    'text-muted': '#4a5361',
    border: '#c9d0d9',
    accent: '#0a5b7c',
    'accent-contrast': '#ffffff',
    focus: '#b35900',
    up: '#006b4f',
    down: '#a3361a',
    flat: '#4a5361',
    'notice-bg': '#fff4d6',
    'notice-border': '#c78a00',
    // The categorical palette (Okabe-Ito), one colour per column of a chart.
    'cat-1': '#0072b2',
    'cat-2': '#b35900',
    'cat-3': '#007a5a',
    'cat-4': '#cc79a7',
    'chart-grid': '#e1e5ea',
    'chart-axis': '#8a94a3',
    'chart-cursor': 'rgb(10 91 124 / 0.08)',
    'tier-a': '#0a5b7c',
    'tier-b': '#7a4a00',
    'tier-c': '#5c5c5c',
    'tier-d': '#6b3d8f',
  },
  dark: {
    bg: '#0f1318',
    surface: '#171c23',
    'surface-2': '#212832',
    text: '#e6e9ee',
    'text-strong': '#ffffff',
    'text-muted': '#aab3bf',
    border: '#3a4350',
    accent: '#7cc4e8',
    'accent-contrast': '#0f1318',
    focus: '#ffb870',
    up: '#5fd3a8',
    down: '#ff9a80',
    flat: '#aab3bf',
    'notice-bg': '#3a2e0a',
    'notice-border': '#e0a800',
    'cat-1': '#56b4e9',
    'cat-2': '#e69f00',
    'cat-3': '#34c49a',
    'cat-4': '#e8a3c9',
    'chart-grid': '#2c343f',
    'chart-axis': '#6b7584',
    'chart-cursor': 'rgb(124 196 232 / 0.12)',
    'tier-a': '#7cc4e8',
    'tier-b': '#f0c060',
    'tier-c': '#c4c9d0',
    'tier-d': '#d2b0f0',
  },
  projector: {
    bg: '#ffffff',
    surface: '#ffffff',
    'surface-2': '#ebebeb',
    text: '#000000',
    'text-strong': '#000000',
    'text-muted': '#2b2b2b',
    border: '#333333',
    accent: '#003d73',
    'accent-contrast': '#ffffff',
    focus: '#9a3412',
    up: '#00523a',
    down: '#8b1a00',
    flat: '#2b2b2b',
    'notice-bg': '#fff2c2',
    'notice-border': '#5a3d00',
    // The same four hues, darkened to 7:1 or more on the white and the light grey: the lines' names are written in them.
    'cat-1': '#004c99',
    'cat-2': '#7a3300',
    'cat-3': '#00573f',
    'cat-4': '#7a1f5c',
    'chart-grid': '#7a7a7a',
    'chart-axis': '#000000',
    'chart-cursor': 'rgb(0 61 115 / 0.12)',
    'tier-a': '#003d73',
    'tier-b': '#5a3d00',
    'tier-c': '#2b2b2b',
    'tier-d': '#4a2a80',
  },
};

function isColourToken(name: string): name is ColourToken {
  return (COLOUR_TOKENS as readonly string[]).includes(name);
}

/**
 * A value with its colour tokens (`var(--cat-1)`) written out in a theme's colours, for a file
 * that has no style sheet. An unknown token is an error: a silent black would go unnoticed.
 */
export function resolveColours(value: string, theme: ThemeName): string {
  return value.replace(/var\(--([\w-]+)\)/gu, (_, name: string) => {
    if (!isColourToken(name)) throw new Error(`no colour token --${name}`);
    return THEME_COLOURS[theme][name];
  });
}
