import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keyAction, type DeckAction } from '../../domain/deck';

/** Keys typed into a field belong to the field, not to the slides. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Up and down scroll the slide that has the focus while it has more to show that way (a long list
 * on a small screen); at its end they step the deck as before. A clicker's PageUp and PageDown
 * always step.
 */
function scrollsFirst(e: KeyboardEvent): boolean {
  const down = e.key === 'ArrowDown';
  if (!down && e.key !== 'ArrowUp') return false;
  const slide = e.target instanceof HTMLElement ? e.target.closest('.slide') : null;
  if (!slide || slide.scrollHeight <= slide.clientHeight) return false;
  return down ? slide.scrollTop + slide.clientHeight < slide.scrollHeight - 1 : slide.scrollTop > 0;
}

/**
 * Present mode's keys, anywhere on the page, except while typing in a field or with a modifier
 * held. Returns how many keys acted so far, for what a key should restart (a lobby screen's turn).
 */
export function useDeckKeys(act: (action: DeckAction) => void): number {
  const [keys, setKeys] = useState(0);
  // One listener for the page's life, acting through the latest `act`: a listener swapped while
  // a key is being dispatched (another listener re-rendered the page) would miss that key.
  const latest = useRef(act);
  useLayoutEffect(() => {
    latest.current = act;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || scrollsFirst(e)) return;
      const action = keyAction(e.key);
      if (!action) return;
      // Enter and Space on a link or button in the page keep their own meaning.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLElement && e.target.closest('a, button'))
        return;
      e.preventDefault();
      setKeys((n) => n + 1);
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return keys;
}
