import { useEffect } from 'react';

export interface AutoAdvance {
  /** Seconds per slide, or undefined for none. */
  seconds: number | undefined;
  shown: number;
  count: number;
  /** While true (a black screen, the help), the deck stays. */
  paused: boolean;
  /** Changes when the presenter acts, which starts the turn again. */
  restart: unknown;
  goto: (index: number) => void;
}

/** A lobby screen: advance every few seconds, round and round; a key pauses it for one turn. */
export function useAutoAdvance({ seconds, shown, count, paused, restart, goto }: AutoAdvance): void {
  useEffect(() => {
    if (!seconds || paused) return;
    const id = setTimeout(() => goto(shown + 1 >= count ? 0 : shown + 1), seconds * 1000);
    return () => clearTimeout(id);
  }, [seconds, shown, count, paused, restart, goto]);
}
