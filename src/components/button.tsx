import type { ComponentProps } from 'react';
import { useTakeoverMark } from './use-hydrated';

/**
 * A button that waits for the app to take over the prerendered page (well under a second on a
 * phone), so that a click before then is held back, not silently lost (see useTakeoverMark).
 */
export function Button({ type = 'button', ...rest }: ComponentProps<'button'>) {
  return <button type={type} {...useTakeoverMark()} {...rest} />;
}
