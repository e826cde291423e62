import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import type { Dataset, Entity } from '../../src/data/schema';
import { buildCatalog } from '../../src/domain/figures';
import { cityOf, figuresOf, placeKindOf, rankOf, relatedOf } from '../../src/domain/entities';
import { cloneDataset, entityOf, figureOf } from '../fixtures/dataset';

const catalog = buildCatalog(dataset);
const entity = (id: string): Entity => entityOf(dataset, id);
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

function catalogWith(change: (data: Dataset) => void) {
  const data = cloneDataset();
  change(data);
  return { data, catalog: buildCatalog(data) };
}

describe('placeKindOf', () => {
  it('gives a base its kind and the platform "platform"', () => {
    expect(placeKindOf(entity('coop-zone'))).toBe('cooperation-zone');
    expect(placeKindOf(entity('hengdian-cluster'))).toBe('industry-cluster');
    expect(placeKindOf(entity('cloud-platform'))).toBe('platform');
  });

  it('gives nothing for an exporter, a city, the province or a work', () => {
    for (const id of ['netease', 'hangzhou', 'zhejiang', 'on-the-road'])
      expect(placeKindOf(entity(id)), id).toBeUndefined();
  });
});

describe('cityOf', () => {
  it('is the city the entity names, or nothing', () => {
    expect(cityOf(catalog, entity('netease'))?.id).toBe('hangzhou');
    expect(cityOf(catalog, entity('hengdian-cluster'))?.id).toBe('jinhua');
    expect(cityOf(catalog, entity('zhejiang-publishing'))).toBeUndefined();
  });
});

describe('figuresOf', () => {
  it('lists the figures the entity names, in its order', () => {
    expect(ids(figuresOf(catalog, entity('netease')))).toEqual(['netease-games', 'netease-games-period']);
    expect(ids(figuresOf(catalog, entity('coop-zone')))).toEqual([
      'zone-rank',
      'zone-rank-category',
      'export-bases-first-batch',
    ]);
  });

  it('adds the figures that name the entity after the listed ones, each once', () => {
    // yanxi-buyers names the work; the work lists no figures.
    expect(ids(figuresOf(catalog, entity('story-of-yanxi-palace')))).toEqual(['yanxi-buyers']);
    const { data, catalog: c } = catalogWith((d) => {
      entityOf(d, 'netease').figureIds = ['netease-games-period'];
    });
    expect(ids(figuresOf(c, entityOf(data, 'netease')))).toEqual(['netease-games-period', 'netease-games']);
  });

  it('skips a listed id the catalog does not know, and gives nothing to an entity without figures', () => {
    const stray: Entity = { ...entity('huahong'), figureIds: ['no-such-figure'] };
    expect(figuresOf(catalog, stray)).toEqual([]);
    expect(figuresOf(catalog, entity('huahong'))).toEqual([]);
  });
});

describe('rankOf', () => {
  it('gives the article’s rank with the Chinese reports’ clarification of it', () => {
    const rank = rankOf(catalog, entity('coop-zone'));
    expect(rank?.figure.id).toBe('zone-rank');
    expect(rank?.clarification?.id).toBe('zone-rank-category');
    expect(rank?.clarification?.note?.en).toContain('functional-zone category');
  });

  it('falls back to a clarifying rank when the article’s is absent, with no clarification then', () => {
    const { data, catalog: c } = catalogWith((d) => {
      d.figures = d.figures.filter((f) => f.id !== 'zone-rank');
      entityOf(d, 'coop-zone').figureIds = ['zone-rank-category'];
      figureOf(d, 'zone-rank-category').clarifies = undefined;
    });
    expect(rankOf(c, entityOf(data, 'coop-zone'))).toEqual({ figure: figureOf(data, 'zone-rank-category') });
  });

  it('gives nothing to an entity no source ranks', () => {
    expect(rankOf(catalog, entity('digital-creative-base'))).toBeUndefined();
    expect(rankOf(catalog, entity('netease'))).toBeUndefined();
  });
});

describe('relatedOf', () => {
  it('gives the entities it names, then those that name it, each once', () => {
    expect(ids(relatedOf(catalog, entity('coop-zone')))).toEqual([
      'cloud-platform',
      'digital-creative-base',
      'hengdian-cluster',
      'arts-trade-zone',
      'digital-culture-zone',
      // Names the zone (its Hangzhou headquarters and Haining base were among them); the zone does not name it.
      'provincial-bases-2017',
    ]);
    // Named by coop-zone and naming it, and the five companies that name it back: each listed once.
    expect(ids(relatedOf(catalog, entity('hengdian-cluster')))).toEqual([
      'coop-zone',
      'huanyu',
      'huayi-brothers',
      'daylight',
      'qiancheng',
      'tangde',
    ]);
    // Zoland and the zone it runs name each other: each once on the other's list.
    expect(ids(relatedOf(catalog, entity('zoland')))).toEqual(['digital-culture-zone']);
    expect(ids(relatedOf(catalog, entity('digital-culture-zone')))).toEqual(['zoland', 'coop-zone']);
  });

  it('finds a relation stated only on the other side', () => {
    const { data, catalog: c } = catalogWith((d) => {
      entityOf(d, 'arts-trade-zone').relatedIds = ['huahong'];
    });
    expect(ids(relatedOf(c, entityOf(data, 'huahong')))).toEqual(['arts-trade-zone']);
    expect(ids(relatedOf(c, entityOf(data, 'arts-trade-zone')))).toEqual(['huahong', 'coop-zone']);
  });

  it('never lists the entity itself, nor an id the catalog does not know', () => {
    const self: Entity = { ...entity('zoland'), relatedIds: ['zoland', 'no-such-entity', 'netease'] };
    // The zone Zoland runs names it, so it follows the ids Zoland names.
    expect(ids(relatedOf(catalog, self))).toEqual(['netease', 'digital-culture-zone']);
    expect(relatedOf(catalog, entity('zhejiang-publishing'))).toEqual([]);
  });
});
