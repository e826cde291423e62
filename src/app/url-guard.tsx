import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseGlobalParams, settledSearch, type IgnoredParam } from '../domain/params';
import { LANG_STORAGE_KEY, useSettings, useT } from '../components/use-settings';
import { writeStored } from '../components/storage';

interface GuardState {
  ignored?: IgnoredParam[];
}

function ignoredOf(state: unknown): IgnoredParam[] {
  const list = (state as GuardState | null)?.ignored;
  return Array.isArray(list) ? list : [];
}

/**
 * Keeps the address honest: values it does not understand are dropped (and the reader told
 * which, through the history entry's state), the language is written into it so a copied link
 * reopens the same view, and <html lang> follows the language.
 */
export function UrlGuard() {
  const location = useLocation();
  const navigate = useNavigate();
  const { lang } = useSettings();
  const { t } = useT();

  useEffect(() => {
    const search = new URLSearchParams(location.search);
    const named = parseGlobalParams(search).params.lang;
    if (named) writeStored(LANG_STORAGE_KEY, named);
    const settled = settledSearch(search, lang);
    if (!settled) return;
    const state: GuardState = { ignored: [...ignoredOf(location.state), ...settled.ignored] };
    void navigate(
      { pathname: location.pathname, search: `?${settled.search.toString()}`, hash: location.hash },
      { replace: true, state },
    );
  }, [location, lang, navigate]);

  useEffect(() => {
    const html = document.documentElement;
    const tag = lang === 'zh' ? 'zh-CN' : 'en';
    // Only on a change: setting it, even to the same value, restyles the whole page (about
    // 100 ms on a slow phone, right as a prerendered page comes alive).
    if (html.lang !== tag) html.lang = tag;
  }, [lang]);

  const ignored = ignoredOf(location.state);
  if (ignored.length === 0) return null;
  const list = ignored.map((i) => `${i.key}=${i.value}`).join(', ');
  const dismiss = () => void navigate({ ...location }, { replace: true, state: null });
  return (
    <div className="notice" role="status">
      <p>{t('notice.ignored', { count: ignored.length, list })}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
