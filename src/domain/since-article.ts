import type { Entity, Figure, Source } from '../data/schema';
import type { Catalog } from './catalog';

/*
 * "Since the article": the facts published after the announcement of February 2021, for the
 * overview, newest first. Which figures make one card is decided here, by id; every value,
 * date and source comes from the dataset. The headline cards stay the announcement's.
 */

/** The cards, each a few figures of one report (and, for a base, the base itself). */
const CARDS = [
  { id: 'hangzhou-listings', figureIds: ['hangzhou-key-listings-2025'] },
  {
    id: 'key-lists-2025',
    figureIds: ['key-enterprises-zj-2025', 'key-projects-zj-2025', 'key-enterprises-hz-2025', 'key-projects-hz-2025'],
  },
  {
    id: 'hangzhou-services-2023',
    figureIds: ['hangzhou-culture-services-exports-2023', 'hangzhou-film-games-exports-2023'],
  },
  { id: 'audiovisual-2023', figureIds: ['zhejiang-audiovisual-exports-2023', 'zhejiang-film-tv-contracts-2023'] },
  { id: 'second-base', figureIds: ['export-bases-second-batch'], entityId: 'digital-culture-zone' },
] as const;

export type SinceCardId = (typeof CARDS)[number]['id'];

export interface SinceCard {
  id: SinceCardId;
  figures: Figure[];
  entity?: Entity;
  /** The source of the card's figures (they share one), for its date, grade and link. */
  source: Source;
  /** The date the card is dated by: its source's, or, undated, the year its figures cover. */
  date: string | undefined;
}

function sortKey(card: SinceCard): string {
  if (card.entity?.batch) return card.entity.batch.announced;
  if (card.date) return card.date;
  const p = card.figures[0]?.period;
  return p && 'year' in p ? String(p.year) : '';
}

/** The cards whose figures the dataset holds, newest first. */
export function sinceArticleCards(catalog: Catalog): SinceCard[] {
  const cards: SinceCard[] = [];
  for (const c of CARDS) {
    const figures = c.figureIds.map((id) => catalog.figures.get(id)).filter((f) => f !== undefined);
    const source = catalog.sources.get(figures[0]?.sourceIds[0] ?? '');
    if (figures.length === 0 || !source) continue;
    const entity = 'entityId' in c ? catalog.entities.get(c.entityId) : undefined;
    const card: SinceCard = { id: c.id, figures, source, date: entity?.batch?.announced ?? source.date };
    if (entity) card.entity = entity;
    cards.push(card);
  }
  return cards.sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
}
