import { useT } from './use-settings';
import './loading.css';

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('state.loading')}
    </p>
  );
}
