import i18next, { type BackendModule, type i18n as I18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../../data/vocabulary';
import { en } from './en';

/*
 * English strings every page needs are bundled: English is the prerendered pages' language and
 * every other's fallback. Chinese loads on demand (an English visit never needs it): react-i18next
 * suspends a component that asks for a language not loaded yet, and the language switch loads it
 * before it changes the address. A page's own strings (the exporters table, present mode, the
 * growth page) are parts that load with the page's chunk (see app-routes.tsx), in every language
 * loaded so far, so that the overview downloads none of them.
 */

type Strings = Record<string, unknown>;

/** Each part's strings, under the same top-level keys as in the bundled strings ("exporters.title"). */
const STRING_PARTS = {
  exporters: {
    en: () => import('./exporters-en').then((m) => ({ exporters: m.exportersEn })),
    zh: () => import('./exporters-zh').then((m) => ({ exporters: m.exportersZh })),
  },
  growth: {
    en: () => import('./growth-page-en').then((m) => ({ growth: m.growthPageEn })),
    zh: () => import('./growth-page-zh').then((m) => ({ growth: m.growthPageZh })),
  },
  present: {
    en: () => import('./present-en').then((m) => ({ present: m.presentEn })),
    zh: () => import('./present-zh').then((m) => ({ present: m.presentZh })),
  },
} satisfies Record<string, Record<Lang, () => Promise<Strings>>>;

export type StringsPart = keyof typeof STRING_PARTS;
export const STRINGS_PARTS = Object.keys(STRING_PARTS) as readonly StringsPart[];

/** Parts some page has asked for: a language loaded later brings them along. */
const requested = new Set<StringsPart>();
const pending = new Map<string, Promise<Strings>>();
const loaded = new Map<string, Strings>();
/** Every instance made here (weakly: the prerender makes one per page). */
const instances = new Set<WeakRef<I18n>>();

function partStrings(part: StringsPart, lang: Lang): Promise<Strings> {
  const key = `${part}|${lang}`;
  let strings = pending.get(key);
  if (!strings) {
    strings = STRING_PARTS[part][lang]().then((s) => {
      loaded.set(key, s);
      return s;
    });
    // A chunk that failed to load (offline, a new deployment) is asked for again next time.
    strings.catch(() => pending.delete(key));
    pending.set(key, strings);
  }
  return strings;
}

function liveInstances(): I18n[] {
  const live: I18n[] = [];
  for (const ref of instances) {
    const instance = ref.deref();
    if (instance) live.push(instance);
    else instances.delete(ref);
  }
  return live;
}

/** `b` over `a`, objects merged key by key (a part adds keys under a top-level key others share). */
function merge(a: Strings, b: Strings): Strings {
  const out: Strings = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const before = out[key];
    out[key] =
      typeof before === 'object' && before !== null && typeof value === 'object' && value !== null
        ? merge(before as Strings, value as Strings)
        : value;
  }
  return out;
}

/**
 * Loads a part's strings in English and in every language an instance has loaded, and adds them
 * to those instances. Resolves once they are in, so a page awaiting it never shows a raw key.
 */
export async function loadStrings(part: StringsPart): Promise<void> {
  requested.add(part);
  const langs = new Set<Lang>(['en']);
  for (const instance of liveInstances())
    for (const lang of LANGS) if (instance.hasResourceBundle(lang, 'translation')) langs.add(lang);
  await Promise.all(
    [...langs].map(async (lang) => {
      const strings = await partStrings(part, lang);
      for (const instance of liveInstances())
        // Only to a language already there: a bundle added first would pass for the whole language.
        if (instance.hasResourceBundle(lang, 'translation'))
          instance.addResourceBundle(lang, 'translation', strings, true, true);
    }),
  );
}

/** Chinese: the common strings and every part asked for so far, in one bundle. */
async function chinese(): Promise<{ strings: Strings; parts: readonly StringsPart[] }> {
  // The common strings and the parts load side by side, not one after the other.
  const common = import('./zh').then((m) => m.zh as Strings);
  let parts: StringsPart[];
  let loadedParts: Strings[];
  let strings: Strings;
  // A part asked for while these load is taken in too.
  do {
    parts = [...requested];
    [strings, ...loadedParts] = await Promise.all([common, ...parts.map((part) => partStrings(part, 'zh'))]);
  } while (parts.length !== requested.size);
  for (const part of loadedParts) strings = merge(strings, part);
  return { strings, parts };
}

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (language !== 'zh') {
      callback(null, {});
      return;
    }
    chinese().then(
      ({ strings, parts }) => {
        callback(null, strings as ResourceLanguage);
        // One asked for in the moment between the last check and the bundle landing: now it can be added.
        for (const part of requested) if (!parts.includes(part)) loadStrings(part).catch(() => undefined);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The bundled strings with every part of this language loaded so far. */
function withLoadedParts(lang: Lang, strings: Strings): Strings {
  let out = strings;
  for (const part of STRINGS_PARTS) {
    const added = loaded.get(`${part}|${lang}`);
    if (added) out = merge(out, added);
  }
  return out;
}

/**
 * One i18next instance; components pick the language from the URL per render. `preloaded`
 * adds languages at once (the tests pass Chinese, so they need not wait for it).
 */
export function createI18n(lang: Lang, preloaded: Partial<Record<'zh', unknown>> = {}) {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: ResourceLanguage }> = {
    en: { translation: withLoadedParts('en', en) as ResourceLanguage },
  };
  for (const [l, strings] of Object.entries(preloaded))
    resources[l] = { translation: withLoadedParts(l as Lang, strings as Strings) as ResourceLanguage };
  instances.add(new WeakRef(instance));
  void instance
    .use(lazyLanguages)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: 'en',
      supportedLngs: [...LANGS],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}
