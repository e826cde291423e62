import { createContext, useCallback, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../domain/format';
import type { Currency } from '../domain/figures';
import { GLOBAL_SEARCH } from '../domain/params';
import { useSearchState } from './use-search-state';
import { readStored } from './storage';

export const LANG_STORAGE_KEY = 'zj-culture-exports.lang';

/** The language for a visit whose address does not say: the last one chosen, else the browser's. */
export function preferredLang(): Lang {
  const stored = readStored(LANG_STORAGE_KEY);
  if (stored === 'en' || stored === 'zh') return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface Settings {
  lang: Lang;
  currency: Currency;
  setLang: (lang: Lang) => void;
  setCurrency: (currency: Currency) => void;
}

/** What every component reads: the address's language and currency, and strings in that language. */
export interface SettingsValue extends Settings {
  t: TFunction;
}

export const SettingsContext = createContext<SettingsValue | null>(null);

/**
 * Language and currency live in the address, so a copied link reopens the same view. Read
 * once, by SettingsProvider: a page has hundreds of components that need them, and each reading
 * the address and subscribing to i18next on its own was about a fifth of taking over a
 * prerendered page on a slow phone.
 */
export function useAddressSettings(): SettingsValue {
  // The language is written in place (?lang=en&q=net becomes ?lang=zh&q=net), as a new history
  // entry; useSettledAddress, not this, drops what the two keys hold that is not understood.
  // The setter keeps its identity, so the settings below, and every component reading them,
  // change only when the language, currency or strings do.
  const { values, set } = useSearchState(GLOBAL_SEARCH, { placement: 'inPlace', dropIgnored: false });
  const lang = values.lang ?? preferredLang();
  const currency = values.currency ?? 'CNY';
  const { t, i18n } = useTranslation('translation', { lng: lang });
  // A language's strings may still have to load: load them, then switch, so the page never
  // shows a moment of the fallback language or an empty suspense.
  const setLang = useCallback(
    (l: Lang) => void i18n.loadLanguages(l).then(() => set({ lang: l }, { push: true })),
    [i18n, set],
  );
  const setCurrency = useCallback((c: Currency) => set({ currency: c }, { push: true }), [set]);
  return useMemo(() => ({ lang, currency, setLang, setCurrency, t }), [lang, currency, setLang, setCurrency, t]);
}

/** The settings of the address, from the SettingsProvider around the routes. */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings needs a SettingsProvider (src/components/settings-provider.tsx) above it');
  return value;
}

/** Translations in the language the address asks for. */
export function useT(): { t: TFunction; lang: Lang } {
  const { t, lang } = useSettings();
  return { t, lang };
}
