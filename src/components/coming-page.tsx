import { usePageTitle } from './use-page-title';
import { useT } from './use-settings';

export type ComingSection = 'present';

/** A section a later release builds: one honest line of what will be there, nothing pretend. */
export function ComingPage({ section }: { section: ComingSection }) {
  const { t } = useT();
  const title = t(`nav.${section}`);
  usePageTitle(title);
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title}</h1>
        <p className="page__intro">{t(`coming.${section}`)}</p>
      </header>
    </div>
  );
}
