import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allSlides, listSlide, parseAuto, parseDeck } from '../../src/domain/slides';
import { realCatalog } from '../components/render';

const catalog = realCatalog();
const parse = (search: string) => parseDeck(new URLSearchParams(search), catalog);

describe('the deck of present mode', () => {
  it('by default: title, the six headline figures, two charts, the published figures, bases, exporters, works and sources', () => {
    const deck = parse('');
    expect(deck.slides.map((s) => s.id)).toEqual([
      'title',
      'trade-total',
      'exports-total',
      'zone-rank',
      'netease-games',
      'dcb-animation',
      'dcb-digital',
      'chart-trade',
      'chart-growth',
      'published',
      'since',
      'bases',
      'exporters',
      'works',
      'sources',
    ]);
    expect(deck.index).toBe(0);
    expect(deck.chosen).toBe(false);
  });

  it('takes the published figures by name, ?slides=published', () => {
    const deck = parse('?slides=published,title');
    expect(deck.slides).toEqual([
      { id: 'published', kind: 'published' },
      { id: 'title', kind: 'title' },
    ]);
    expect(deck.ignored).toEqual([]);
  });

  it('offers every chart, also those left out of the default deck', () => {
    expect(allSlides(catalog).map((s) => s.id)).toEqual(expect.arrayContaining(['chart-share', 'chart-balance']));
  });

  it('takes the slides and their order from ?slides=, dropping unknown and repeated ids', () => {
    const deck = parse('?slides=sources,chart-balance,nope,sources,TITLE');
    expect(deck.slides.map((s) => s.id)).toEqual(['sources', 'chart-balance', 'title']);
    expect(deck.chosen).toBe(true);
    expect(deck.ignored).toEqual([
      { key: 'slides', value: 'nope' },
      { key: 'slides', value: 'sources' },
    ]);
  });

  it('lands on ?slide=N (from 1), and drops a slide that does not exist', () => {
    expect(parse('?slide=3').index).toBe(2);
    expect(parse('?slide=15').index).toBe(14);
    for (const bad of ['0', '16', '-1', '2.5', '1e3', 'two', '']) {
      const deck = parse(`?slide=${bad}`);
      expect(deck.index).toBe(0);
      expect(deck.ignored).toEqual([{ key: 'slide', value: bad }]);
    }
  });

  it('reads ?auto= seconds from 3 to 3600 only', () => {
    expect(parseAuto(new URLSearchParams('?auto=20')).seconds).toBe(20);
    expect(parseAuto(new URLSearchParams('')).seconds).toBeUndefined();
    for (const bad of ['1', '0', '4000', 'x', '-5']) {
      const r = parseAuto(new URLSearchParams(`?auto=${bad}`));
      expect(r.seconds).toBeUndefined();
      expect(r.ignored).toEqual([{ key: 'auto', value: bad }]);
    }
  });

  it('never throws and always gives at least one slide and an index inside the deck', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('slides', 'slide', 'auto', '__proto__'), fc.string({ maxLength: 300 })), {
          maxLength: 6,
        }),
        (pairs) => {
          const params = new URLSearchParams();
          for (const [k, v] of pairs) params.append(k, v);
          const deck = parseDeck(params, catalog);
          expect(deck.slides.length).toBeGreaterThan(0);
          expect(deck.index).toBeGreaterThanOrEqual(0);
          expect(deck.index).toBeLessThan(deck.slides.length);
          for (const i of deck.ignored) expect(i.value.length).toBeLessThanOrEqual(61);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('what a list slide holds', () => {
  it('the bases slide lists every base and platform in the dataset order, each with its city', () => {
    const { items, sourceIds } = listSlide('bases', catalog, 'en');
    const expected = catalog.dataset.entities.filter((e) => e.kind === 'base' || e.kind === 'platform');
    expect(items.map((i) => i.entity.id)).toEqual(expected.map((e) => e.id));
    expect(items.find((i) => i.entity.id === 'coop-zone')?.extra).toMatch(/^Hangzhou/);
    expect(listSlide('bases', catalog, 'zh').items.find((i) => i.entity.id === 'coop-zone')?.extra).toMatch(/^杭州/);
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
    expect(sourceIds).toEqual(expect.arrayContaining(expected.flatMap((e) => e.sourceIds)));
  });

  it('the exporters and works slides hold only their own kind', () => {
    expect(listSlide('exporters', catalog, 'en').items.every((i) => i.entity.kind === 'exporter')).toBe(true);
    expect(listSlide('works', catalog, 'en').items.every((i) => i.entity.kind === 'work')).toBe(true);
    expect(listSlide('works', catalog, 'en').items.length).toBe(
      catalog.dataset.entities.filter((e) => e.kind === 'work').length,
    );
  });
});
