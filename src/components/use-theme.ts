import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from './storage';

/** 'projector': high contrast for a washed-out projector or a bright room (tokens.css). */
export type ThemeChoice = 'light' | 'dark' | 'system' | 'projector';
export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system', 'projector'];
const KEY = 'zj-culture-exports.theme';
/** The theme chosen before the projector's, which present mode's C key goes back to. */
const BEFORE_PROJECTOR_KEY = 'zj-culture-exports.theme-before-projector';

const listeners = new Set<() => void>();

function readChoice(key: string): ThemeChoice {
  const v = readStored(key);
  return v === 'light' || v === 'dark' || v === 'projector' ? v : 'system';
}

export function storedTheme(): ThemeChoice {
  return readChoice(KEY);
}

/** 'system' leaves the attribute off so the stylesheet follows prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Remembers and applies a theme; the one it replaces is kept when the projector's comes on. */
function chooseTheme(choice: ThemeChoice): void {
  const before = storedTheme();
  if (choice === 'projector' && before !== 'projector') writeStored(BEFORE_PROJECTOR_KEY, before);
  writeStored(KEY, choice);
  applyTheme(choice);
  listeners.forEach((l) => l());
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const theme = useSyncExternalStore(subscribe, storedTheme, () => 'system' as const);
  return [theme, chooseTheme];
}

/** The projector theme on, or back to the theme chosen before it (remembered across visits). */
export function toggleProjector(): void {
  if (storedTheme() !== 'projector') chooseTheme('projector');
  else {
    const before = readChoice(BEFORE_PROJECTOR_KEY);
    chooseTheme(before === 'projector' ? 'system' : before);
  }
}

const PROJECTOR_TOGGLE = { toggle: toggleProjector } as const;

/** Present mode's projector key: the projector theme on, or back to the theme chosen before. */
export function useProjectorToggle(): { toggle: () => void } {
  return PROJECTOR_TOGGLE;
}
