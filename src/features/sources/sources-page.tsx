import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { TierBadge } from '../../components/tier-badge';
import type { Figure } from '../../data/schema';
import { TIERS } from '../../data/vocabulary';
import { formatDate, formatPeriod } from '../../domain/format';
import { figuresOfTier, formatFigure, secondaryCopyText, sourceName } from '../../domain/figures';
import { langTag } from '../../domain/punctuation';
import { FigureEntry } from './figure-entry';
import { useHashScroll } from '../../components/use-hash-scroll';
import '../../components/data-table.css';
import '../../components/entry-card.css';
import './sources.css';

/** One side of a discrepancy: the figure as that side gives it, its period, and the wording. */
function DiscrepancyCell({ figure, text }: { figure: Figure | undefined; text: string }) {
  const { lang } = useT();
  return (
    <td>
      {figure && (
        <>
          <AppLink to={`/sources#${figure.id}`} className="discrepancy__value">
            {formatFigure(figure, lang)}
          </AppLink>
          <span className="discrepancy__period">{formatPeriod(figure.period, lang)}</span>
        </>
      )}
      <span className="discrepancy__text">{text}</span>
    </td>
  );
}

/** A source's language named in the interface's language. */
const LANGUAGE_NAME = { en: 'sources.langEn', zh: 'sources.langZh' } as const;

export function SourcesPage() {
  const catalog = useCatalog();
  const { t, lang } = useT();
  usePageTitle(t('nav.sources'));
  useHashScroll();
  const notStated = <span className="not-stated">{t('state.notStated')}</span>;

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('sources.title')}</h1>
        <p className="page__intro">{t('sources.intro')}</p>
        <nav aria-label={t('sources.title')} className="toc">
          <ul className="inline-list">
            <li>
              <a href="#sources-list">{t('sources.listTitle')}</a>
            </li>
            {TIERS.map((tier) => (
              <li key={tier}>
                <a href={`#tier-${tier}`}>{t(`tier.${tier}`)}</a>
              </li>
            ))}
            <li>
              <a href="#discrepancies">{t('sources.discrepanciesTitle')}</a>
            </li>
            <li>
              <a href="#conflicts">{t('sources.conflictsTitle')}</a>
            </li>
          </ul>
        </nav>
      </header>

      <section aria-labelledby="sources-list" className="section">
        <h2 id="sources-list" tabIndex={-1}>
          {t('sources.listTitle')}
        </h2>
        <ol className="source-list">
          {catalog.dataset.sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`} tabIndex={-1} className="source">
              <p className="source__title">
                <cite lang={s.title ? langTag(s.language) : undefined}>{sourceName(s, lang).text}</cite>{' '}
                <TierBadge tier={s.tier} />
              </p>
              <dl className="source__facts">
                <dt>{t('sources.publisher')}</dt>
                <dd>{s.publisher[lang]}</dd>
                <dt>{t('sources.date')}</dt>
                <dd>{s.date ? <time dateTime={s.date}>{formatDate(s.date, lang)}</time> : notStated}</dd>
                <dt>{t('sources.grade')}</dt>
                <dd>
                  {secondaryCopyText(s, lang) ?? t('sources.gradePrimary')}
                  {s.gradeNote && <span className="cell-note">{s.gradeNote[lang]}</span>}
                </dd>
                <dt>{t('sources.language')}</dt>
                <dd>{t(LANGUAGE_NAME[s.language])}</dd>
                <dt>URL</dt>
                <dd>
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank" className="url">
                      {s.url}
                    </a>
                  ) : (
                    notStated
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="figures-title" className="section">
        <h2 id="figures-title">{t('sources.figuresTitle')}</h2>
        {TIERS.map((tier) => {
          const figures = figuresOfTier(catalog, tier);
          return (
            <section key={tier} aria-labelledby={`tier-${tier}`} className="tier-section">
              <h3 id={`tier-${tier}`} tabIndex={-1}>
                {t(`tier.name${tier}`)}{' '}
                <span className="count">({t('sources.figureCount', { count: figures.length })})</span>
              </h3>
              <div className="entries">
                {figures.map((f) => (
                  <FigureEntry key={f.id} figure={f} catalog={catalog} />
                ))}
              </div>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="discrepancies" className="section">
        <h2 id="discrepancies" tabIndex={-1}>
          {t('sources.discrepanciesTitle')}
        </h2>
        <p className="section__intro">{t('sources.discrepanciesIntro')}</p>
        <div className="table-wrap">
          <table className="data-table discrepancies">
            <thead>
              <tr>
                <th scope="col">{t('sources.topic')}</th>
                <th scope="col">{t('sources.article')}</th>
                <th scope="col">{t('sources.chineseReport')}</th>
              </tr>
            </thead>
            <tbody>
              {catalog.dataset.discrepancies.map((d) => {
                const article = catalog.figures.get(d.figureId);
                const report = catalog.figures.get(d.clarifiedById);
                return (
                  <tr key={d.id} id={d.id}>
                    <th scope="row">
                      {d.topic[lang]}
                      <span className="cell-note">{t(`sources.${d.kind}`)}</span>
                    </th>
                    <DiscrepancyCell figure={article} text={d.article[lang]} />
                    <DiscrepancyCell figure={report} text={d.chineseReport[lang]} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="conflicts" className="section">
        <h2 id="conflicts" tabIndex={-1}>
          {t('sources.conflictsTitle')}
        </h2>
        <p className="section__intro">
          {t('sources.conflictsIntro')} <AppLink to="/growth#published-title">{t('sources.conflictsSeries')}</AppLink>
        </p>
        <div className="table-wrap">
          <table className="data-table discrepancies">
            <thead>
              <tr>
                <th scope="col">{t('sources.topic')}</th>
                <th scope="col">{t('sources.conflictFigures')}</th>
                <th scope="col">{t('sources.conflictWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {catalog.dataset.conflicts.map((c) => (
                <tr key={c.id} id={c.id}>
                  <th scope="row">{c.topic[lang]}</th>
                  <td>
                    <ul className="conflict-figures">
                      {c.figureIds.map((id) => {
                        const f = catalog.figures.get(id);
                        if (!f) return null;
                        const source = catalog.sources.get(f.sourceIds[0] ?? '');
                        const copy = source ? secondaryCopyText(source, lang) : undefined;
                        return (
                          <li key={id}>
                            <AppLink to={`/sources#${id}`} className="discrepancy__value">
                              {formatFigure(f, lang)}
                            </AppLink>
                            <span className="discrepancy__period">
                              {f.label[lang]} · {formatPeriod(f.period, lang)}
                            </span>
                            <span className="discrepancy__text">
                              {source?.short[lang]}
                              {copy && ` · ${copy}`}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td>{c.explanation[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p>
        <AppLink to="/">{t('state.home')}</AppLink>
      </p>
    </div>
  );
}
