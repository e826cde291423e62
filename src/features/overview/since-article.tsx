import { AppLink } from '../../components/app-link';
import { NameText } from '../../components/name-text';
import { TierBadge } from '../../components/tier-badge';
import { useT } from '../../components/use-settings';
import type { Catalog } from '../../domain/catalog';
import { formatFigure, secondaryCopyText } from '../../domain/figures';
import { formatDate, formatPeriod } from '../../domain/format';
import { entityPath } from '../../domain/pages';
import { punctuation } from '../../domain/punctuation';
import { sinceArticleCards } from '../../domain/since-article';
import '../../components/entry-card.css';

/** The later facts, newest first, each a small card with its date, tier, grade and source. */
export function SinceArticle({ catalog }: { catalog: Catalog }) {
  const { t, lang } = useT();
  const cards = sinceArticleCards(catalog);
  const p = punctuation(lang);
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="since-title" className="section since-article">
      <h2 id="since-title">{t('overview.sinceTitle')}</h2>
      <p className="section__intro">{t('overview.sinceIntro')}</p>
      <ol className="since-list">
        {cards.map((card) => {
          const copy = secondaryCopyText(card.source, lang);
          return (
            <li key={card.id} className="entry since-card" aria-labelledby={`since-${card.id}`}>
              <div className="entry__header">
                <h3 id={`since-${card.id}`}>{t(`overview.since.${card.id}`)}</h3>
                <TierBadge tier={card.figures[0]?.tier ?? 'C'} />
              </div>
              <p className="since-card__date">
                {card.date ? (
                  <time dateTime={card.date}>{formatDate(card.date, lang)}</time>
                ) : (
                  t('overview.sinceUndated')
                )}
              </p>
              {card.entity && (
                <p className="since-card__entity">
                  <AppLink to={entityPath(card.entity) ?? '/bases'}>
                    <NameText name={card.entity.name} />
                  </AppLink>
                </p>
              )}
              <ul className="since-card__figures">
                {card.figures.map((f) => (
                  <li key={f.id}>
                    <AppLink to={`/sources#${f.id}`} className="since-card__value">
                      {formatFigure(f, lang)}
                    </AppLink>{' '}
                    <span className="since-card__label">
                      {f.label[lang]}
                      {p.comma}
                      {formatPeriod(f.period, lang)}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="since-card__source">
                {t('overview.sinceSource')}
                <AppLink to={`/sources#source-${card.source.id}`}>{card.source.short[lang]}</AppLink>
                <span className={copy ? 'since-card__grade since-card__grade--copy' : 'since-card__grade'}>
                  {copy ?? t('sources.gradePrimary')}
                </span>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
