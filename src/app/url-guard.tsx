import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { parseGlobalParams } from '../domain/params';
import { langTag } from '../domain/punctuation';
import { LANG_STORAGE_KEY, useSettings, useT } from '../components/use-settings';
import { useAddressNotice, useSettledAddress } from '../components/use-search-state';
import { writeStored } from '../components/storage';

/**
 * Keeps the address honest: values it does not understand are dropped (and the reader told
 * which), the language is written into it so a copied link reopens the same view, and
 * <html lang> follows the language.
 */
export function UrlGuard() {
  const { search } = useLocation();
  const { lang } = useSettings();
  const { t } = useT();
  useSettledAddress(lang);
  const { ignored, dismiss } = useAddressNotice();

  useEffect(() => {
    const named = parseGlobalParams(new URLSearchParams(search)).params.lang;
    if (named) writeStored(LANG_STORAGE_KEY, named);
  }, [search]);

  useEffect(() => {
    const html = document.documentElement;
    const tag = langTag(lang);
    // Only on a change: setting it, even to the same value, restyles the whole page (about
    // 100 ms on a slow phone, right as a prerendered page comes alive).
    if (html.lang !== tag) html.lang = tag;
  }, [lang]);

  if (ignored.length === 0) return null;
  const list = ignored.map((i) => `${i.key}=${i.value}`).join(', ');
  return (
    <div className="notice" role="status">
      <p>{t('notice.ignored', { count: ignored.length, list })}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
