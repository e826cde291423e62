import { useEffect } from 'react';
import { useT } from './use-settings';

/** "Sources · Zhejiang Culture Exports": each page names itself for tabs and screen readers. */
export function usePageTitle(title: string): void {
  const { t } = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
