import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while React takes over prerendered HTML, true once it has: controls
 * that only work with the app running are disabled until then, instead of ignoring a click.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
