import { useStringsBundle } from '../../components/strings-bundle';
import { importsEn } from './import-strings-en';
import { importsZh } from './import-strings-zh';

/*
 * The strings of the import's later steps: the column map, the report, the stored lists' notices,
 * their keeping and their backup. They load with those parts, on the first import or when the
 * section comes into view, not with the page (its own strings: app/i18n/exporters-en.ts).
 */

const BUNDLES = { en: { exporters: importsEn }, zh: { exporters: importsZh } };

/** Adds these strings to every language loaded so far, before the component asks for one. */
export function useImportStrings(): void {
  useStringsBundle(BUNDLES, 'exporters.reportTitle');
}
