import { useT } from './use-settings';

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('state.loading')}
    </p>
  );
}
