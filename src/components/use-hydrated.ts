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

/**
 * The mark of a control on a prerendered page that the app has not taken over yet. Until then
 * public/boot.js holds back a click, a key or a dropped file aimed at it (or inside it): the
 * static page would act on them without the app ever knowing. Assistive technology reads the
 * control as unavailable. The mark goes as the app takes over.
 *
 * Not the disabled attribute: lifting that restyles each control, and a dozen of them lifted
 * at once was the longest task of a page coming alive on a slow phone.
 */
export function useTakeoverMark(): { 'aria-disabled'?: true } {
  return useHydrated() ? {} : { 'aria-disabled': true };
}
