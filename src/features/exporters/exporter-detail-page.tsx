import { useParams } from 'react-router';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { EntityFacts, EntityRelated } from '../../components/entity-facts';
import { NameText } from '../../components/name-text';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { displayName } from '../../domain/figures';

function BackToExporters() {
  const { t } = useT();
  return (
    <p className="back-link">
      <AppLink to="/exporters">
        <span aria-hidden="true">← </span>
        {t('detail.backToExporters')}
      </AppLink>
    </p>
  );
}

/** One exporting company: its sector and city, its figures and facts, and what it relates to. */
export function ExporterDetailPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const { t, lang } = useT();
  const candidate = catalog.entities.get(id);
  const entity = candidate?.kind === 'exporter' ? candidate : undefined;
  usePageTitle(entity ? displayName(entity.name, lang).text : t('detail.exporterNotFoundTitle'));

  if (!entity) {
    return (
      <div className="page state-page">
        <h1>{t('detail.exporterNotFoundTitle')}</h1>
        <p>{t('detail.exporterNotFound', { id })}</p>
        <BackToExporters />
      </div>
    );
  }

  const city = entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
  return (
    <div className="page detail-page">
      <BackToExporters />
      <header className="page__header">
        <h1>
          <NameText name={entity.name} />
        </h1>
        <p className="detail-kind">
          <span>{entity.sector ? entity.sector[lang] : t('detail.exporter')}</span>
          {city && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-text">{lang === 'zh' ? '，' : ', '}</span>
              <NameText name={city.name} />
            </>
          )}
        </p>
      </header>
      <EntityFacts catalog={catalog} entity={entity} />
      <EntityRelated catalog={catalog} entity={entity} />
    </div>
  );
}
