import { AppLink } from '../../components/app-link';
import { useT } from '../../components/use-settings';
import { TierBadge } from '../../components/tier-badge';
import type { Figure } from '../../data/schema';
import { formatPeriod } from '../../domain/format';
import { formatFigure, sourceTitle, type Catalog } from '../../domain/figures';
import { punctuation } from '../../domain/punctuation';

/**
 * Tier C: figures of other scopes, units or periods. They are listed with their caveats and
 * never drawn on an axis beside the headline series.
 */
export function ContextFigures({ catalog, figures }: { catalog: Catalog; figures: readonly Figure[] }) {
  const { t, lang } = useT();
  const { gap, semicolon } = punctuation(lang);
  return (
    <section aria-labelledby="context-title" className="section">
      <h2 id="context-title">{t('growth.contextTitle')}</h2>
      <p className="section__intro">{t('growth.contextIntro')}</p>
      {figures.length === 0 ? (
        <p>{t('growth.contextEmpty')}</p>
      ) : (
        <ul className="context-list">
          {figures.map((f) => (
            <li key={f.id} className="context-item">
              <h3 className="context-item__label">
                <AppLink to={`/sources#${f.id}`}>{f.label[lang]}</AppLink>
              </h3>
              <p className="context-item__value">
                {formatFigure(f, lang)}
                <span className="context-item__period">{formatPeriod(f.period, lang)}</span>
              </p>
              {f.caveat && (
                <p className="context-item__caveat">
                  <strong>{t('growth.contextCaveat')}</strong>
                  {gap}
                  {f.caveat[lang]}
                </p>
              )}
              <p className="context-item__source">
                <TierBadge tier={f.tier} />
                <span>
                  {t('chart.source')}
                  {gap}
                  {f.sourceIds.map((id, i) => {
                    const s = catalog.sources.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && semicolon}
                        <AppLink to={`/sources#source-${id}`}>{s ? sourceTitle(s, lang) : id}</AppLink>
                      </span>
                    );
                  })}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
