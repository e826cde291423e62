import { Fragment, type ReactNode } from 'react';
import type { BaseKind, Entity, Fact, Figure, Qualifier } from '../data/schema';
import { formatFigure, sourceName, type Catalog } from '../domain/figures';
import { formatPeriod, type Lang } from '../domain/format';
import { entityPath } from '../domain/pages';
import { AppLink } from './app-link';
import { NameText } from './name-text';
import { TierBadge } from './tier-badge';
import { useT } from './use-settings';
import './entry-card.css';
import './entity-facts.css';

/*
 * What the detail pages of exporters, bases and the platform show about one entity: its
 * figures, the facts the sources state, and its fields, each absent field as "not stated".
 */

/** The kind of a base or the platform, as a key of `bases.kinds`. */
export type PlaceKind = BaseKind | 'platform';

export function placeKindOf(entity: Entity): PlaceKind | undefined {
  if (entity.kind === 'platform') return 'platform';
  if (entity.kind === 'base') return entity.baseKind;
  return undefined;
}

/** The entity's figures: those it lists first, then those that name it, each once. */
export function figuresOf(catalog: Catalog, entity: Entity): Figure[] {
  const listed = (entity.figureIds ?? []).map((id) => catalog.figures.get(id)).filter((f) => f !== undefined);
  const seen = new Set(listed.map((f) => f.id));
  const naming = [...catalog.figures.values()].filter((f) => f.entityId === entity.id && !seen.has(f.id));
  return [...listed, ...naming];
}

/**
 * The entity's rank as the article gives it, with the Chinese reports' clarification of it
 * (e.g. "3rd" and "within the functional-zone category"), when a source ranks it.
 */
export function rankOf(catalog: Catalog, entity: Entity): { figure: Figure; clarification?: Figure } | undefined {
  const ranks = figuresOf(catalog, entity).filter((f) => f.unit === 'rank');
  const figure = ranks.find((f) => !f.clarifies) ?? ranks[0];
  if (!figure) return undefined;
  const clarification = (catalog.clarifications.get(figure.id) ?? []).find((c) => c.unit === 'rank');
  return clarification ? { figure, clarification } : { figure };
}

/** Entities related either way: those it names, then those that name it. */
export function relatedOf(catalog: Catalog, entity: Entity): Entity[] {
  const ids = [...(entity.relatedIds ?? [])];
  for (const other of catalog.dataset.entities)
    if (other.id !== entity.id && other.relatedIds?.includes(entity.id) && !ids.includes(other.id)) ids.push(other.id);
  return ids
    .map((id) => catalog.entities.get(id))
    .filter((e) => e !== undefined)
    .filter((e) => e.id !== entity.id);
}

/**
 * The language of quoted words, for <q lang>: the language of its sources when they agree,
 * else judged from the words themselves (a Chinese quote cited with an English article).
 */
export function quoteLang(catalog: Catalog, sourceIds: readonly string[], quote: string): 'en' | 'zh-CN' {
  const langs = new Set(sourceIds.map((id) => catalog.sources.get(id)?.language).filter((l) => l !== undefined));
  const only = langs.size === 1 ? [...langs][0] : undefined;
  const zh = only ? only === 'zh' : /\p{Script=Han}/u.test(quote);
  return zh ? 'zh-CN' : 'en';
}

function SourceLinks({ catalog, ids, lang }: { catalog: Catalog; ids: readonly string[]; lang: Lang }) {
  return (
    <ul className="inline-list">
      {ids.map((id) => {
        const source = catalog.sources.get(id);
        const name = source ? sourceName(source, lang) : { text: id, verbatim: false };
        return (
          <li key={id}>
            <AppLink to={`/sources#source-${id}`}>
              <cite lang={name.verbatim && source ? (source.language === 'zh' ? 'zh-CN' : 'en') : undefined}>
                {name.text}
              </cite>
            </AppLink>
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
    return source ? sourceName(source, lang).text : id;
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
          <AppLink to={`/sources#${figure.id}`}>{sources.join(lang === 'zh' ? '；' : '; ')}</AppLink>
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
  const city = entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
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
