import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Dataset } from '../../src/data/schema';
import { buildCatalog } from '../../src/domain/figures';
import { sinceArticleCards } from '../../src/domain/since-article';
import { cloneDataset, figureOf, sourceIndex } from '../fixtures/dataset';

/** The cards of a copy of the dataset changed by `change`. */
function cardsWith(change: (data: Dataset) => void) {
  const data = cloneDataset();
  change(data);
  return sinceArticleCards(buildCatalog(data));
}

const idsOf = (cards: readonly { id: string }[]) => cards.map((c) => c.id);

describe('sinceArticleCards', () => {
  it('gives the later reports newest first, each dated by its source, the base by its batch', () => {
    const cards = sinceArticleCards(buildCatalog(dataset));
    expect(idsOf(cards)).toEqual([
      'hangzhou-listings',
      'key-lists-2025',
      'hangzhou-services-2023',
      'audiovisual-2023',
      'second-base',
    ]);
    expect(cards.map((c) => c.date)).toEqual(['2025-10-21', '2025-06-05', '2024-08-28', undefined, '2021-08-26']);
    // Jimu News is dated 30 August 2021; the batch it reports was announced on the 26th.
    const base = cards.at(-1);
    expect(base?.source.date).toBe('2021-08-30');
    expect(base?.entity?.id).toBe('digital-culture-zone');
    expect(cards.map((c) => c.source.grade)).toEqual(['primary', 'primary', 'primary', 'repost', 'repost']);
    expect(cards.map((c) => c.figures.length)).toEqual([1, 4, 2, 2, 1]);
  });

  it('sorts by the dates, not by the order the cards are declared in', () => {
    const cards = cardsWith((d) => {
      const zjol = d.sources[sourceIndex(d, 'zjol-2025')];
      if (zjol) zjol.date = '2020-05-01';
    });
    expect(idsOf(cards)).toEqual([
      'key-lists-2025',
      'hangzhou-services-2023',
      'audiovisual-2023',
      'second-base',
      'hangzhou-listings',
    ]);
  });

  it('places an undated copy by the year its figures cover', () => {
    const cards = cardsWith((d) => {
      figureOf(d, 'zhejiang-audiovisual-exports-2023').period = { kind: 'year', year: 2020 };
    });
    expect(idsOf(cards).at(-1)).toBe('audiovisual-2023');
    expect(cards.at(-1)?.date).toBeUndefined();
  });

  it('leaves out a card whose figures the dataset does not hold, and keeps a card with some of them', () => {
    const cards = cardsWith((d) => {
      d.figures = d.figures.filter((f) => f.id !== 'hangzhou-key-listings-2025' && f.id !== 'key-projects-hz-2025');
    });
    expect(idsOf(cards)).not.toContain('hangzhou-listings');
    const lists = cards.find((c) => c.id === 'key-lists-2025');
    expect(lists?.figures.map((f) => f.id)).toEqual([
      'key-enterprises-zj-2025',
      'key-projects-zj-2025',
      'key-enterprises-hz-2025',
    ]);
  });
});
