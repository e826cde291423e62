import { useEffect, useRef, useState } from 'react';

const IDLE_MS = 3000;

/** True after a few still seconds, so the cursor can hide; false again as soon as the mouse moves. */
export function useIdleCursor(): boolean {
  const [idle, setIdle] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const wake = () => {
      setIdle(false);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setIdle(true), IDLE_MS);
    };
    timer.current = setTimeout(() => setIdle(true), IDLE_MS);
    window.addEventListener('mousemove', wake);
    return () => {
      clearTimeout(timer.current);
      window.removeEventListener('mousemove', wake);
    };
  }, []);
  return idle;
}
