import { useLocation } from 'react-router';
import { DatasetError } from '../data/dataset-error';
import { AppLink } from '../components/app-link';
import { useT } from '../components/use-settings';
import { usePageTitle } from '../components/use-page-title';
import './route-error.css';

/** A route module that fails to download after a new deploy, or while offline. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|ChunkLoadError|Unable to preload/i.test(
    `${error.name} ${error.message}`,
  );
}

export function NotFound() {
  const { t } = useT();
  const { pathname } = useLocation();
  usePageTitle(t('state.notFoundTitle'));
  return (
    <div className="page state-page">
      <h1>{t('state.notFoundTitle')}</h1>
      <p>{t('state.notFoundBody', { path: pathname })}</p>
      <p>
        <AppLink to="/" className="button">
          {t('state.home')}
        </AppLink>
      </p>
    </div>
  );
}

/** What a page that failed shows: a readable message and a way back, never a blank page. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useT();

  const reload = (
    <button type="button" className="button" onClick={() => window.location.reload()}>
      {t('state.reload')}
    </button>
  );
  const home = (
    <AppLink to="/" className="button button--quiet">
      {t('state.home')}
    </AppLink>
  );

  if (error instanceof DatasetError) {
    return (
      <div className="page state-page" role="alert">
        <h1>{t('state.datasetTitle')}</h1>
        <p>{t('state.datasetBody')}</p>
        <ul className="issue-list">
          {error.issues.map((issue, i) => (
            <li key={i}>
              <code>{issue.record}</code> · <code>{issue.field}</code>: {issue.message}
            </li>
          ))}
        </ul>
        <p className="actions">{reload}</p>
      </div>
    );
  }

  const chunk = isChunkLoadError(error);
  return (
    <div className="page state-page" role="alert">
      <h1>{chunk ? t('state.chunkTitle') : t('state.errorTitle')}</h1>
      <p>{chunk ? t('state.chunkBody') : t('state.errorBody')}</p>
      {!chunk && error instanceof Error && <pre className="error-detail">{error.message}</pre>}
      <p className="actions">
        {reload} {home}
      </p>
    </div>
  );
}
