import { useCallback, useMemo, useState } from 'react';

export interface PresenterWindow {
  open: () => void;
  /** The browser refused the window (a pop-up blocker): the page says how to allow it. */
  blocked: boolean;
}

/**
 * The address of this deck's presenter view: the same page, deck, slide, language and currency,
 * with view=presenter. Hash routes (the single-file build) keep their query inside the hash.
 */
export function presenterAddress(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith('#/')) {
    const [path = '', query = ''] = url.hash.slice(1).split('?');
    const params = new URLSearchParams(query);
    params.set('view', 'presenter');
    url.hash = `${path}?${params.toString()}`;
  } else url.searchParams.set('view', 'presenter');
  return url.toString();
}

/** The presenter view: a second window that follows the deck, on the S key or the button. */
export function usePresenterWindow(isPresenter: boolean): PresenterWindow {
  const [blocked, setBlocked] = useState(false);
  const open = useCallback(() => {
    if (isPresenter) return;
    const opened = window.open(
      presenterAddress(window.location.href),
      'zj-culture-exports-presenter',
      'popup,width=1200,height=760',
    );
    setBlocked(!opened);
    opened?.focus();
  }, [isPresenter]);
  return useMemo(() => ({ open, blocked }), [open, blocked]);
}
