import { useCallback, useMemo, useState } from 'react';
import { hashLocation, hashUrl } from '../../components/app-address';

export interface PresenterWindow {
  open: () => void;
  /** The browser refused the window (a pop-up blocker): the page says how to allow it. */
  blocked: boolean;
}

/**
 * The address of this deck's presenter view: the same page, deck, slide, language and currency,
 * with view=presenter. The single file keeps its query inside the hash.
 */
function presenterAddress(): string {
  if (__SINGLE_FILE__) {
    const params = new URLSearchParams(hashLocation().search);
    params.set('view', 'presenter');
    return hashUrl({ search: `?${params.toString()}` }).toString();
  }
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'presenter');
  return url.toString();
}

/** The presenter view: a second window that follows the deck, on the S key or the button. */
export function usePresenterWindow(isPresenter: boolean): PresenterWindow {
  const [blocked, setBlocked] = useState(false);
  const open = useCallback(() => {
    if (isPresenter) return;
    const opened = window.open(presenterAddress(), 'zj-culture-exports-presenter', 'popup,width=1200,height=760');
    setBlocked(!opened);
    opened?.focus();
  }, [isPresenter]);
  return useMemo(() => ({ open, blocked }), [open, blocked]);
}
