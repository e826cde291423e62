import { useParams } from 'react-router';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { BackLink } from '../../components/back-link';
import { EntityFacts, EntityRelated } from '../../components/entity-facts';
import { NameText } from '../../components/name-text';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { cityOf, placeKindOf, rankOf } from '../../domain/entities';
import { displayName, formatFigure } from '../../domain/figures';
import { punctuation } from '../../domain/punctuation';
import { batchText } from './base-table';
import './base-detail.css';

/** One base, zone or the cloud platform: what it is, its figures and facts, and what it relates to. */
export function BaseDetailPage() {
  const { id = '' } = useParams();
  const catalog = useCatalog();
  const { t, lang } = useT();
  const candidate = catalog.entities.get(id);
  const kind = candidate ? placeKindOf(candidate) : undefined;
  const entity = kind ? candidate : undefined;
  usePageTitle(entity ? displayName(entity.name, lang).text : t('detail.baseNotFoundTitle'));

  if (!entity || !kind) {
    return (
      <div className="page state-page">
        <h1>{t('detail.baseNotFoundTitle')}</h1>
        <p>{t('detail.baseNotFound', { id })}</p>
        <BackLink to="/bases" label={t('detail.backToBases')} />
      </div>
    );
  }

  const city = cityOf(catalog, entity);
  const rank = rankOf(catalog, entity);
  const p = punctuation(lang);
  return (
    <div className="page detail-page">
      <BackLink to="/bases" label={t('detail.backToBases')} />
      <header className="page__header">
        <h1>
          <NameText name={entity.name} />
        </h1>
        <p className="detail-kind">
          <span>{t(`bases.kinds.${kind}`)}</span>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">{p.comma}</span>
          <span>{t(`bases.levels.${entity.level ?? 'not-stated'}`)}</span>
          {city && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">{p.comma}</span>
              <NameText name={city.name} />
            </>
          )}
        </p>
        {entity.batch && <p className="detail-batch">{batchText(entity.batch, t, lang)}</p>}
        {rank && (
          <p className="detail-rank">
            {t('detail.rank')}
            {p.colon}
            <AppLink to={`/sources#${rank.figure.id}`} className="detail-rank__value">
              {formatFigure(rank.figure, lang)}
            </AppLink>
            {rank.clarification?.note && <span className="detail-rank__note">{rank.clarification.note[lang]}</span>}
          </p>
        )}
      </header>
      <EntityFacts catalog={catalog} entity={entity} />
      <EntityRelated catalog={catalog} entity={entity} />
    </div>
  );
}
