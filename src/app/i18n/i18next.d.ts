import type { en } from './en';
import type { exportersEn } from './exporters-en';
import type { growthPageEn } from './growth-page-en';
import type { presentEn } from './present-en';
import type { presenterEn } from '../../features/present/presenter-strings-en';
import type { helpEn } from '../../features/present/help-strings-en';
import type { importsEn } from '../../features/exporters/import-strings-en';

/** Every key a page may ask for: the bundled strings and the parts its chunk loads (see index.ts). */
type AllStrings = Omit<typeof en, 'growth'> & {
  growth: (typeof en)['growth'] & typeof growthPageEn;
  // The import's later steps bring their own strings (features/exporters/import-strings.ts).
  exporters: typeof exportersEn & typeof importsEn;
  // The presenter view and the notes bring their own strings (features/present/presenter-strings.ts).
  present: typeof presentEn & typeof presenterEn & typeof helpEn;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllStrings };
  }
}
