import type { ReactNode } from 'react';
import { SettingsContext, useAddressSettings } from './use-settings';

/** Reads the address's language and currency once for everything below it (inside a router). */
export function SettingsProvider({ children }: { children: ReactNode }) {
  return <SettingsContext value={useAddressSettings()}>{children}</SettingsContext>;
}
