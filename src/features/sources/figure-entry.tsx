import type { Figure } from '../../data/schema';
import { formatPeriod } from '../../domain/format';
import { formatFigure, sourceTitle, type Catalog } from '../../domain/figures';
import { langTag, parenthesised, punctuation } from '../../domain/punctuation';
import { AppLink } from '../../components/app-link';
import { TierBadge } from '../../components/tier-badge';
import { useT } from '../../components/use-settings';
import '../../components/entry-card.css';

/** One figure with everything needed to quote it: value, period, words of the source, notes, sources. */
export function FigureEntry({ figure, catalog }: { figure: Figure; catalog: Catalog }) {
  const { t, lang } = useT();
  const firstSource = catalog.sources.get(figure.sourceIds[0] ?? '');
  const clarified = figure.clarifies ? catalog.figures.get(figure.clarifies) : undefined;
  const clarifiers = catalog.clarifications.get(figure.id) ?? [];
  const { comma, colon } = punctuation(lang);
  const sourceText = (id: string) => {
    const source = catalog.sources.get(id);
    return source ? sourceTitle(source, lang) : id;
  };
  return (
    <article id={figure.id} className="entry" tabIndex={-1} aria-labelledby={`${figure.id}-title`}>
      <header className="entry__header">
        <h4 id={`${figure.id}-title`}>{figure.label[lang]}</h4>
        <TierBadge tier={figure.tier} />
      </header>
      <p className="entry__value">
        <span className="entry__number">{formatFigure(figure, lang)}</span>{' '}
        <span className="entry__period">{formatPeriod(figure.period, lang)}</span>
      </p>
      <dl className="entry__facts">
        {figure.quote && (
          <>
            <dt>{t('figure.quote')}</dt>
            <dd>
              <q lang={langTag(firstSource?.language ?? 'en')}>{figure.quote}</q>
            </dd>
          </>
        )}
        {figure.formula && (
          <>
            <dt>{t('figure.formula')}</dt>
            <dd className="formula">{figure.formula[lang]}</dd>
          </>
        )}
        {figure.inputIds && figure.inputIds.length > 0 && (
          <>
            <dt>{t('figure.inputs')}</dt>
            <dd>
              <ul className="inline-list">
                {figure.inputIds.map((inputId) => {
                  const input = catalog.figures.get(inputId);
                  return (
                    <li key={inputId}>
                      <AppLink to={`/sources#${inputId}`}>
                        {input ? parenthesised(input.label[lang], formatPeriod(input.period, lang), lang) : inputId}
                      </AppLink>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {figure.note && (
          <>
            <dt>{t('figure.note')}</dt>
            <dd>{figure.note[lang]}</dd>
          </>
        )}
        {clarified && (
          <>
            <dt>{t('figure.clarifies')}</dt>
            <dd>
              <AppLink to={`/sources#${clarified.id}`}>
                {clarified.label[lang]}
                {colon}
                {formatFigure(clarified, lang)}
              </AppLink>
            </dd>
          </>
        )}
        {clarifiers.length > 0 && (
          <>
            <dt>{t('figure.clarifiedBy')}</dt>
            <dd>
              <ul className="inline-list">
                {clarifiers.map((c) => (
                  <li key={c.id}>
                    <AppLink to={`/sources#${c.id}`}>
                      {formatFigure(c, lang)}
                      {comma}
                      {formatPeriod(c.period, lang)}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </dd>
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
          <ul className="inline-list">
            {figure.sourceIds.map((id) => (
              <li key={id}>
                <AppLink to={`/sources#source-${id}`}>{sourceText(id)}</AppLink>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </article>
  );
}
