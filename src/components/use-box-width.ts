import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element's box in whole pixels, once laid out and as it changes; undefined
 * before (on the server, in the first render) and where there is no ResizeObserver (jsdom).
 * Only when `enabled`: a chart that does not need it costs no observer.
 */
export function useBoxWidth(ref: RefObject<Element | null>, enabled: boolean): number | undefined {
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth((before) => (before !== undefined && Math.abs(before - w) < 1 ? before : Math.round(w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
