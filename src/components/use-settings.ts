import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/format';
import type { Currency } from '../domain/figures';
import { parseGlobalParams } from '../domain/params';
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

/** Language and currency live in the address, so a copied link reopens the same view. */
export function useSettings(): Settings {
  const [searchParams, setSearchParams] = useSearchParams();
  const { params } = useMemo(() => parseGlobalParams(searchParams), [searchParams]);
  const lang = params.lang ?? preferredLang();
  const currency = params.currency ?? 'CNY';
  const set = useCallback(
    (key: string, value: string) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(key, value);
          return next;
        },
        { preventScrollReset: true },
      ),
    [setSearchParams],
  );
  const { i18n } = useTranslation();
  // A language's strings may still have to load: load them, then switch, so the page never
  // shows a moment of the fallback language or an empty suspense.
  const setLang = useCallback((l: Lang) => void i18n.loadLanguages(l).then(() => set('lang', l)), [i18n, set]);
  const setCurrency = useCallback((c: Currency) => set('currency', c), [set]);
  return { lang, currency, setLang, setCurrency };
}

/** Translations in the language the address asks for. */
export function useT() {
  const { lang } = useSettings();
  const { t } = useTranslation('translation', { lng: lang });
  return { t, lang };
}
