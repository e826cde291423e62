import { useEffect, useRef, type RefObject } from 'react';

const SWIPE_PX = 60;

/** Swipes on touch screens: to the left for the next slide, to the right for the one before. */
export function useSwipe(stage: RefObject<HTMLElement | null>, next: () => void, prev: () => void): void {
  const from = useRef<number | undefined>(undefined);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const down = (e: globalThis.PointerEvent) => {
      if (e.pointerType !== 'mouse') from.current = e.clientX;
    };
    const up = (e: globalThis.PointerEvent) => {
      const start = from.current;
      from.current = undefined;
      if (start === undefined) return;
      const dx = e.clientX - start;
      if (dx <= -SWIPE_PX) next();
      else if (dx >= SWIPE_PX) prev();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
    };
  }, [stage, next, prev]);
}
