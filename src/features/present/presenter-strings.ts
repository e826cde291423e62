import type { i18n as I18n } from 'i18next';
import { addStringsBundle, useStringsBundle } from '../../components/strings-bundle';
import { presenterEn } from './presenter-strings-en';
import { presenterZh } from './presenter-strings-zh';

/*
 * The strings of the presenter's window and of the slides' notes. They load with the presenter
 * view and with the PowerPoint writer, not with the room's deck (its own: app/i18n/present-en.ts).
 */

const BUNDLES = { en: { present: presenterEn }, zh: { present: presenterZh } };
const PROBE = 'present.notes.asOf';

/** Adds these strings to every language loaded so far, before the component asks for one. */
export function usePresenterStrings(): void {
  useStringsBundle(BUNDLES, PROBE);
}

/** The same before a file is written from the notes. */
export function addPresenterStrings(i18n: I18n): void {
  addStringsBundle(i18n, BUNDLES, PROBE);
}
