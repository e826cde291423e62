import { Fragment, type ReactNode } from 'react';
import type { Entity, Fact, Figure, Qualifier } from '../data/schema';
import { cityOf, figuresOf, placeKindOf, relatedOf } from '../domain/entities';
import { formatFigure, quoteLang, secondaryCopyText, sourceName, sourceTitle, type Catalog } from '../domain/figures';
import { formatPeriod, type Lang } from '../domain/format';
import { entityPath } from '../domain/pages';
import { joinList, langTag } from '../domain/punctuation';
import { AppLink } from './app-link';
import { NameText } from './name-text';
import { TierBadge } from './tier-badge';
import { useT } from './use-settings';
import './entry-card.css';
import './entity-facts.css';

/*
 * What the detail pages of exporters, bases and the platform show about one entity: its
 * figures, the facts the sources state, and its fields, each absent field as "not stated".
 * Which figures and entities belong to it is src/domain/entities.ts's to say.
 */

function SourceLinks({ catalog, ids, lang }: { catalog: Catalog; ids: readonly string[]; lang: Lang }) {
  return (
    <ul className="inline-list">
      {ids.map((id) => {
        const source = catalog.sources.get(id);
        const name = source ? sourceName(source, lang) : { text: id, verbatim: false };
        const copy = source ? secondaryCopyText(source, lang) : undefined;
        return (
          <li key={id}>
            <AppLink to={`/sources#source-${id}`}>
              <cite lang={name.verbatim && source ? langTag(source.language) : undefined}>{name.text}</cite>
            </AppLink>
            {copy && <span className="secondary-copy">{lang === 'zh' ? `（${copy}）` : ` (${copy})`}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function FigureItem({ catalog, figure, headingId }: { catalog: Catalog; figure: Figure; headingId: string }) {
  const { t, lang } = useT();
  const qualifier: Record<Qualifier, string> = {
    exact: t('detail.qualifierExact'),
    atLeast: t('detail.qualifierAtLeast'),
    derived: t('detail.qualifierDerived'),
  };
  const sources = figure.sourceIds.map((id) => {
    const source = catalog.sources.get(id);
    return source ? sourceTitle(source, lang) : id;
  });
  return (
    <li className="entry entity-figure">
      <div className="entry__header">
        <h3 id={headingId}>{figure.label[lang]}</h3>
        <TierBadge tier={figure.tier} />
      </div>
      <p className="entry__value">
        <span className="entry__number">{formatFigure(figure, lang)}</span>{' '}
        <span className="entry__period">{formatPeriod(figure.period, lang)}</span>
      </p>
      <dl className="entry__facts">
        <dt>{t('detail.qualifier')}</dt>
        <dd>{qualifier[figure.qualifier]}</dd>
        {figure.quote && (
          <>
            <dt>{t('figure.quote')}</dt>
            <dd>
              <q lang={quoteLang(catalog, figure.sourceIds, figure.quote)}>{figure.quote}</q>
            </dd>
          </>
        )}
        {figure.note && (
          <>
            <dt>{t('figure.note')}</dt>
            <dd>{figure.note[lang]}</dd>
          </>
        )}
        {figure.caveat && (
          <>
            <dt>{t('figure.caveat')}</dt>
            <dd>{figure.caveat[lang]}</dd>
          </>
        )}
        <dt>{figure.sourceIds.length > 1 ? t('figure.sources') : t('figure.source')}</dt>
        <dd>
          <AppLink to={`/sources#${figure.id}`}>{joinList(sources, lang, 'semicolon')}</AppLink>
        </dd>
      </dl>
    </li>
  );
}

function FactItem({ catalog, fact }: { catalog: Catalog; fact: Fact }) {
  const { t, lang } = useT();
  return (
    <li className="entry entity-fact">
      <p className="entity-fact__text">
        {fact.text[lang]} <TierBadge tier={fact.tier} />
      </p>
      <dl className="entry__facts">
        {fact.period && (
          <>
            <dt>{t('figure.period')}</dt>
            <dd>{formatPeriod(fact.period, lang)}</dd>
          </>
        )}
        {fact.quote && (
          <>
            <dt>{t('figure.quote')}</dt>
            <dd>
              <q lang={quoteLang(catalog, fact.sourceIds, fact.quote)}>{fact.quote}</q>
            </dd>
          </>
        )}
        <dt>{fact.sourceIds.length > 1 ? t('figure.sources') : t('figure.source')}</dt>
        <dd>
          <SourceLinks catalog={catalog} ids={fact.sourceIds} lang={lang} />
        </dd>
      </dl>
    </li>
  );
}

/** The entity's figures, facts and fields, each under its own heading. */
export function EntityFacts({ catalog, entity }: { catalog: Catalog; entity: Entity }) {
  const { t, lang } = useT();
  const figures = figuresOf(catalog, entity);
  const facts = entity.facts ?? [];
  const city = cityOf(catalog, entity);
  const kind = placeKindOf(entity);
  const notStated = <span className="not-stated">{t('state.notStated')}</span>;
  const prefix = `entity-${entity.id}`;

  const fields: { key: string; term: string; value: ReactNode }[] = [
    { key: 'city', term: t('detail.city'), value: city ? <NameText name={city.name} /> : notStated },
    entity.kind === 'exporter'
      ? { key: 'sector', term: t('detail.sector'), value: entity.sector ? entity.sector[lang] : notStated }
      : { key: 'kind', term: t('detail.kind'), value: kind ? t(`bases.kinds.${kind}`) : notStated },
    {
      key: 'markets',
      term: t('detail.markets'),
      value:
        entity.markets && entity.markets.length > 0 ? (
          <ul className="inline-list">
            {entity.markets.map((m) => (
              <li key={m.en}>{m[lang]}</li>
            ))}
          </ul>
        ) : (
          notStated
        ),
    },
    { key: 'launched', term: t('detail.launched'), value: entity.launched ? entity.launched[lang] : notStated },
  ];

  return (
    <div className="entity-facts">
      <section aria-labelledby={`${prefix}-figures`} className="section">
        <h2 id={`${prefix}-figures`}>{t('detail.figures')}</h2>
        {figures.length > 0 ? (
          <ul className="entries entity-list">
            {figures.map((f) => (
              <FigureItem key={f.id} catalog={catalog} figure={f} headingId={`${prefix}-figure-${f.id}`} />
            ))}
          </ul>
        ) : (
          <p className="not-stated">{t('detail.noFigures')}</p>
        )}
      </section>

      <section aria-labelledby={`${prefix}-facts`} className="section">
        <h2 id={`${prefix}-facts`}>{t('detail.facts')}</h2>
        {facts.length > 0 ? (
          <ul className="entity-list entity-list--facts">
            {facts.map((f) => (
              <FactItem key={f.id} catalog={catalog} fact={f} />
            ))}
          </ul>
        ) : (
          <p className="not-stated">{t('detail.noFacts')}</p>
        )}
      </section>
      <section aria-labelledby={`${prefix}-details`} className="section">
        <h2 id={`${prefix}-details`}>{t('detail.details')}</h2>
        <dl className="entry__facts entity-fields">
          {fields.map((f) => (
            <Fragment key={f.key}>
              <dt>{f.term}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** Links to the related entries, each to its own page. */
export function EntityRelated({ catalog, entity }: { catalog: Catalog; entity: Entity }) {
  const { t } = useT();
  const related = relatedOf(catalog, entity);
  const id = `entity-${entity.id}-related`;
  const kindLabel = (e: Entity): string => {
    const kind = placeKindOf(e);
    if (kind) return t(`bases.kinds.${kind}`);
    return e.kind === 'exporter' ? t('detail.exporter') : '';
  };
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{t('detail.related')}</h2>
      {related.length > 0 ? (
        <ul className="related-list">
          {related.map((e) => {
            const path = entityPath(e);
            const label = kindLabel(e);
            return (
              <li key={e.id}>
                {path ? (
                  <AppLink to={path}>
                    <NameText name={e.name} />
                  </AppLink>
                ) : (
                  <NameText name={e.name} />
                )}
                {label && <span className="related-list__kind">{label}</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="not-stated">{t('detail.noRelated')}</p>
      )}
    </section>
  );
}
