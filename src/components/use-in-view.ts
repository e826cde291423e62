import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True once the element has come near the viewport, and from then on. It starts false on the
 * server and in the first client render, so a prerendered page hydrates without it, and
 * whatever it gates loads only after the page has painted. Without IntersectionObserver
 * (old browsers, jsdom) it turns true right after mounting. Printing turns it true at once, so a
 * printed page has everything, not the placeholders of what was never scrolled to.
 */
export function useInView<T extends Element>(rootMargin = '200px') {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    if (typeof IntersectionObserver === 'undefined') {
      const id = setTimeout(() => setSeen(true), 0);
      return () => clearTimeout(id);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          // A transition: what mounts then renders in slices, without blocking input.
          startTransition(() => setSeen(true));
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(el);
    const print = () => flushSync(() => setSeen(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [seen, rootMargin]);
  return { ref, seen };
}
