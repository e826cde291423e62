import i18next, { type BackendModule, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/*
 * English is bundled: it is the prerendered pages' language and every other's fallback.
 * Chinese loads on demand (about 5 KB gzip that an English visit never needs): react-i18next
 * suspends a component that asks for a language not loaded yet, and the language switch loads
 * it before it changes the address.
 */

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (language !== 'zh') {
      callback(null, {});
      return;
    }
    import('./zh').then(
      (m) => callback(null, m.zh as unknown as ResourceLanguage),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * One i18next instance; components pick the language from the URL per render. `preloaded`
 * adds languages at once (the tests pass Chinese, so they need not wait for it).
 */
export function createI18n(lang: 'en' | 'zh', preloaded: Partial<Record<'zh', unknown>> = {}) {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: ResourceLanguage }> = { en: { translation: en } };
  for (const [l, strings] of Object.entries(preloaded)) resources[l] = { translation: strings as ResourceLanguage };
  void instance
    .use(lazyLanguages)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: ['en', 'zh'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}
