import type { Bilingual } from '../data/schema';
import type { BreakItem } from '../domain/published-break';
import { AppLink } from './app-link';
import { useT } from './use-settings';
import './published-break.css';

export interface PublishedBreakProps {
  /** The contradictions, computed in src/domain/published-series.ts. */
  items: readonly BreakItem[];
  /** The sentence about the years no report gives. */
  notFound?: Bilingual | undefined;
  title: string;
  intro: string;
  headingLevel?: 2 | 3;
  id: string;
}

/**
 * The break between the published years, in words and formulas: why the reports are not one
 * series, each contradiction with the arithmetic that shows it and a link to its figures.
 */
export function PublishedBreak({ items, notFound, title, intro, headingLevel = 3, id }: PublishedBreakProps) {
  const { lang } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="published-break" aria-labelledby={id}>
      <Heading id={id} className="published-break__title">
        {title}
      </Heading>
      <p className="published-break__intro">{intro}</p>
      <ol className="published-break__list">
        {items.map((item) => (
          <li key={item.id} className="published-break__item">
            <p className="published-break__what">
              <AppLink to={`/sources#${item.figureIds[0] ?? ''}`}>{item.title[lang]}</AppLink>
            </p>
            {item.formulas.map((f, i) => (
              <p key={i} className="published-break__formula">
                {f[lang]}
              </p>
            ))}
            <p className="published-break__note">{item.note[lang]}</p>
          </li>
        ))}
      </ol>
      {notFound && <p className="published-break__missing">{notFound[lang]}</p>}
    </section>
  );
}
