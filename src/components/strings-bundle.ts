import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../data/vocabulary';

/** The same keys, with any text: the type of a translation of an English strings object. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * Strings that load with a lazily loaded part of a page rather than with the page: the part
 * brings them in every language, and adds them to each language the app has loaded so far
 * (one loaded later gets them on the next render in it). `probe` is one of their keys, to tell
 * whether they are in already. Call it before the first `t()` of those strings.
 */
export function useStringsBundle(bundles: Record<Lang, object>, probe: string): void {
  addStringsBundle(useTranslation().i18n, bundles, probe);
}

/** The same, outside a component: for strings a loaded module needs before it writes a file. */
export function addStringsBundle(i18n: I18n, bundles: Record<Lang, object>, probe: string): void {
  for (const lang of LANGS)
    // Only to a language already there: a bundle added first would pass for the whole language.
    if (i18n.hasResourceBundle(lang, 'translation') && i18n.getResource(lang, 'translation', probe) === undefined)
      i18n.addResourceBundle(lang, 'translation', bundles[lang], true, false);
}
