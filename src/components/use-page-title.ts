import { useEffect } from 'react';
import { useT } from './use-settings';

/** "Sources · Zhejiang Culture Exports": each page names itself for tabs and screen readers. */
export function usePageTitle(title: string): void {
  const { t } = useT();
  const app = t('app.name');
  useEffect(() => {
    const next = title ? `${title} · ${app}` : app;
    // The prerendered page already has it: setting it again would replace its text for nothing.
    if (document.title !== next) document.title = next;
  }, [title, app]);
}
