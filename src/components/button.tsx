import type { ComponentProps } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * A button that stays disabled until the app has taken over the prerendered page (well under a
 * second on a phone), so that a click before then is not silently lost.
 */
export function Button({ disabled, type = 'button', ...rest }: ComponentProps<'button'>) {
  const hydrated = useHydrated();
  return <button type={type} disabled={!hydrated || disabled} {...rest} />;
}
