import { useCallback, useMemo, type RefObject } from 'react';

/** Full screen for the stage, and out of it; a browser that refuses it leaves the page as it is. */
export function useFullscreen(stage: RefObject<HTMLElement | null>): { toggle: () => void; exit: () => void } {
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  }, [stage]);
  return useMemo(() => ({ toggle, exit }), [toggle, exit]);
}
