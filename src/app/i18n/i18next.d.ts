import type { en } from './en';
import type { exportersEn } from './exporters-en';
import type { growthPageEn } from './growth-page-en';
import type { presentEn } from './present-en';

/** Every key a page may ask for: the bundled strings and the parts its chunk loads (see index.ts). */
type AllStrings = Omit<typeof en, 'growth'> & {
  growth: (typeof en)['growth'] & typeof growthPageEn;
  exporters: typeof exportersEn;
  present: typeof presentEn;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllStrings };
  }
}
