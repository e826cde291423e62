import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { IgnoredParam } from '../domain/params';

/**
 * Takes out of the address what a page did not understand, and hands the list to the page's
 * notice (through the history entry's state, which the layout's notice reads). `clean` is the
 * address as it should read; nothing happens while `ignored` is empty or `ready` is false.
 */
export function useDropIgnored(ignored: readonly IgnoredParam[], clean: () => URLSearchParams, ready = true): void {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (!ready || ignored.length === 0) return;
    const previous = (location.state as { ignored?: IgnoredParam[] } | null)?.ignored ?? [];
    void navigate(
      { pathname: location.pathname, search: `?${clean().toString()}`, hash: location.hash },
      { replace: true, state: { ignored: [...previous, ...ignored] } },
    );
  }, [ready, ignored, clean, location, navigate]);
}
