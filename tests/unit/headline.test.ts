import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Dataset, Figure } from '../../src/data/schema';
import { METRIC } from '../../src/domain/derive';
import { buildCatalog } from '../../src/domain/figures';
import { growthOf, headlines, isHeadline, preciseValueOf, type Headline } from '../../src/domain/headline';
import { cloneDataset, figureOf, yuanFigure } from '../fixtures/dataset';

const catalog = buildCatalog(dataset);

function cardOf(cards: readonly Headline[], id: string): Headline {
  const card = cards.find((c) => c.figure.id === id);
  if (!card) throw new Error(`no card for "${id}"; have ${cards.map((c) => c.figure.id).join(', ')}`);
  return card;
}

/** What each card carries, by id, for comparing whole decks at a glance. */
function links(cards: readonly Headline[]) {
  return cards.map((c) => ({
    id: c.figure.id,
    growth: c.growth?.id,
    usdTwin: c.usdTwin?.id,
    precise: c.precise?.id,
  }));
}

function edited(change: (data: Dataset) => void): Dataset {
  const data = cloneDataset();
  change(data);
  return data;
}

describe('headlines on the real dataset', () => {
  it('gives a card to each tier A figure that rides on no other, in dataset order', () => {
    expect(headlines(catalog, 'CNY').map((c) => c.figure.id)).toEqual([
      'trade-total',
      'exports-total',
      'zone-rank',
      'netease-games',
      'dcb-animation',
      'dcb-digital',
    ]);
  });

  it('finds growth, the US dollar twin and the precise value by their links, in the yuan view', () => {
    expect(links(headlines(catalog, 'CNY'))).toEqual([
      { id: 'trade-total', growth: 'trade-total-yoy', usdTwin: 'trade-total-usd', precise: 'trade-total-precise' },
      { id: 'exports-total', growth: 'exports-total-yoy', usdTwin: undefined, precise: 'exports-total-precise' },
      // Their clarifications give the same value (3rd; 80 million yuan), so no "precise value" line.
      { id: 'zone-rank', growth: undefined, usdTwin: undefined, precise: undefined },
      { id: 'netease-games', growth: undefined, usdTwin: undefined, precise: undefined },
      { id: 'dcb-animation', growth: undefined, usdTwin: undefined, precise: undefined },
      { id: 'dcb-digital', growth: undefined, usdTwin: undefined, precise: undefined },
    ]);
  });

  it('keeps the growth but shows neither twin nor yuan precision in the dollar view', () => {
    const trade = cardOf(headlines(catalog, 'USD'), 'trade-total');
    expect(trade.growth?.id).toBe('trade-total-yoy');
    expect(trade.usdTwin).toBeUndefined();
    expect(trade.precise).toBeUndefined();
  });

  it('names the first source the figure cites', () => {
    for (const card of headlines(catalog, 'CNY')) expect(card.source?.id).toBe(card.figure.sourceIds[0]);
    expect(cardOf(headlines(catalog, 'CNY'), 'trade-total').source?.id).toBe('article');
  });

  it('gives no card to growth rates, twins, clarifications, context or derived figures', () => {
    for (const id of ['trade-total-yoy', 'exports-total-yoy', 'trade-total-usd', 'trade-total-precise'])
      expect(isHeadline(figureOf(dataset, id)), id).toBe(false);
    for (const f of [...dataset.figures, ...catalog.derived].filter((x) => x.tier !== 'A'))
      expect(isHeadline(f), f.id).toBe(false);
  });

  it('gives a precise value only when the clarification states another value in the same unit', () => {
    expect(preciseValueOf(catalog, figureOf(dataset, 'trade-total'))?.id).toBe('trade-total-precise');
    expect(preciseValueOf(catalog, figureOf(dataset, 'zone-rank'))).toBeUndefined();
    expect(preciseValueOf(catalog, figureOf(dataset, 'netease-games'))).toBeUndefined();
  });
});

describe('headlines on a dataset whose links differ', () => {
  it('gives no growth line when the growth rate is not linked, and shows the rate on a card of its own', () => {
    const data = edited((d) => {
      figureOf(d, 'trade-total-yoy').growthOf = undefined;
    });
    const cards = headlines(buildCatalog(data), 'CNY');
    expect(cardOf(cards, 'trade-total').growth).toBeUndefined();
    // Exports keep theirs: one missing link takes away one line only.
    expect(cardOf(cards, 'exports-total').growth?.id).toBe('exports-total-yoy');
    expect(cardOf(cards, 'trade-total-yoy').figure.unit).toBe('percent');
  });

  it('never takes a rate for a growth because its metric or id looks like one', () => {
    // The old rule would have put this on the NetEase card: metric "<metric>-yoy", same period.
    const lookalike: Figure = {
      ...figureOf(dataset, 'trade-total-yoy'),
      id: 'netease-games-yoy',
      metric: 'video-game-exports-yoy',
      growthOf: undefined,
      value: 99,
    };
    const data = edited((d) => d.figures.push(lookalike));
    const cards = headlines(buildCatalog(data), 'CNY');
    expect(cardOf(cards, 'netease-games').growth).toBeUndefined();
  });

  it('follows a link whatever the ids and metrics say', () => {
    const data = edited((d) => {
      figureOf(d, 'trade-total-yoy').growthOf = 'exports-total';
      figureOf(d, 'exports-total-yoy').growthOf = 'trade-total';
    });
    const cards = headlines(buildCatalog(data), 'CNY');
    expect(cardOf(cards, 'trade-total').growth?.id).toBe('exports-total-yoy');
    expect(cardOf(cards, 'exports-total').growth?.id).toBe('trade-total-yoy');
  });

  it('shows no twin line when the US dollar value is not linked; that value then has its own card', () => {
    const data = edited((d) => {
      figureOf(d, 'trade-total-usd').currencyTwinOf = undefined;
    });
    const cards = headlines(buildCatalog(data), 'CNY');
    expect(cardOf(cards, 'trade-total').usdTwin).toBeUndefined();
    expect(cardOf(cards, 'trade-total-usd').figure.unit).toBe('USD');
  });

  it('finds a derived growth by the link its derivation records, a stated one before it', () => {
    const data = edited((d) => {
      d.figures.push(yuanFigure('trade-total-2021', METRIC.trade, 2021, 17e9));
      d.figures.push(yuanFigure('exports-total-2021', METRIC.exports, 2021, 15e9));
    });
    const extended = buildCatalog(data);
    const cards = headlines(extended, 'CNY');
    expect(cardOf(cards, 'trade-total-2021').growth?.id).toBe('derived-trade-yoy-2021');
    expect(cardOf(cards, 'exports-total-2021').growth?.id).toBe('derived-exports-yoy-2021');
    expect(cardOf(cards, 'trade-total').growth?.id).toBe('trade-total-yoy');

    // A source's own growth linked to the same figure (under a metric the derivation does not read) wins.
    const stated: Figure = {
      ...figureOf(dataset, 'trade-total-yoy'),
      id: 'trade-total-2021-growth',
      metric: 'trade-growth-as-reported',
      period: { kind: 'year', year: 2021 },
      growthOf: 'trade-total-2021',
      value: 20,
    };
    const both = buildCatalog(edited((d) => d.figures.push(...data.figures.slice(-2), stated)));
    expect(both.growth.get('trade-total-2021')?.map((g) => g.id)).toEqual([
      'trade-total-2021-growth',
      'derived-trade-yoy-2021',
    ]);
    expect(growthOf(both, figureOf(data, 'trade-total-2021'))?.id).toBe('trade-total-2021-growth');
  });
});
