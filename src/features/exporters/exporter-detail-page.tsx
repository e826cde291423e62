import { useParams } from 'react-router';
import { useCatalog } from '../../api/catalog';
import { BackLink } from '../../components/back-link';
import { EntityFacts, EntityRelated } from '../../components/entity-facts';
import { NameText } from '../../components/name-text';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { cityOf } from '../../domain/entities';
import { displayName } from '../../domain/figures';
import { punctuation } from '../../domain/punctuation';

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
        <BackLink to="/exporters" label={t('detail.backToExporters')} />
      </div>
    );
  }

  const city = cityOf(catalog, entity);
  return (
    <div className="page detail-page">
      <BackLink to="/exporters" label={t('detail.backToExporters')} />
      <header className="page__header">
        <h1>
          <NameText name={entity.name} />
        </h1>
        <p className="detail-kind">
          <span>{entity.sector ? entity.sector[lang] : t('detail.exporter')}</span>
          {city && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">{punctuation(lang).comma}</span>
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
