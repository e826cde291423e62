import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { DatasetError, validateDataset, type DatasetIssue, type Figure } from '../../src/data/schema';
import { buildCatalog, displayName, sourceName, sourceTitle } from '../../src/domain/figures';
import { FIRST_YEAR, LAST_YEAR, PERIOD_KINDS, TIERS, UNITS } from '../../src/data/vocabulary';
import { checkStoredList } from '../../src/domain/stored-lists';
import {
  cloneDataset,
  entityOf,
  entityRecord,
  figureIndex,
  figureOf,
  figureRecord,
  sourceIndex,
  validationError,
  validationIssues,
  withEntity,
  withFigure,
} from '../fixtures/dataset';

function accepts(data: unknown): boolean {
  try {
    validateDataset(data);
    return true;
  } catch (error) {
    if (error instanceof DatasetError) return false;
    throw error;
  }
}

/** The issue with this record and field; fails the test with the issues found when there is none. */
function issueAt(issues: readonly DatasetIssue[], record: string, field: string): DatasetIssue {
  const found = issues.find((i) => i.record === record && i.field === field);
  expect(found, `no issue at ${record} / ${field}; got ${JSON.stringify(issues)}`).toBeDefined();
  return found as DatasetIssue;
}

describe('validateDataset on the real dataset', () => {
  it('accepts it and returns the same data', () => {
    const parsed = validateDataset(dataset);
    expect(parsed.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
    expect(parsed.entities.length).toBe(dataset.entities.length);
    expect(parsed.sources.length).toBe(dataset.sources.length);
  });

  it('accepts a structured clone of it (what the broken fixtures start from)', () => {
    expect(() => validateDataset(cloneDataset())).not.toThrow();
  });

  it('rejects input that is not a dataset at all, as a DatasetError', () => {
    for (const input of [null, undefined, 42, 'dataset', [], {}]) {
      const error = validationError(input);
      expect(error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('validateDataset on broken fixtures', () => {
  it('reports a figure citing a source that does not exist, by record and field', () => {
    const data = withFigure('trade-total', (f) => {
      f.sourceIds = ['no-such-source'];
    });
    const error = validationError(data);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.name).toBe('DatasetError');
    const record = figureRecord(data, 'trade-total');
    expect(record).toContain('figures[');
    expect(record).toContain('"trade-total"');
    const issue = issueAt(error.issues, record, 'sourceIds[0]');
    expect(issue.message).toContain('"no-such-source"');
    expect(issue.message).toContain('does not exist');
    // The message users see names the record and the field too.
    expect(error.message).toContain(record);
    expect(error.message).toContain('field "sourceIds[0]"');
    expect(error.message).toContain('no-such-source');
  });

  it('reports the index of the bad citation, not just the first', () => {
    const data = withFigure('trade-total-yoy', (f) => {
      f.sourceIds = ['article', 'zjgrrb', 'ghost-source'];
    });
    const issues = validationIssues(data);
    expect(issues).toHaveLength(1);
    issueAt(issues, figureRecord(data, 'trade-total-yoy'), 'sourceIds[2]');
  });

  it('reports two figures with the same id', () => {
    const data = cloneDataset();
    const copy = structuredClone(figureOf(data, 'trade-total'));
    data.figures.push(copy);
    const last = data.figures.length - 1;
    const error = validationError(data);
    const issue = issueAt(error.issues, `figures[${last}] "trade-total"`, 'id');
    expect(issue.message).toContain('duplicate id "trade-total"');
    expect(issue.message).toContain(`figures[${figureIndex(data, 'trade-total')}] "trade-total"`);
    expect(error.message).toContain(`figures[${last}] "trade-total", field "id"`);
  });

  it('reports a figure id colliding with an entity id', () => {
    const data = cloneDataset();
    const copy: Figure = { ...structuredClone(figureOf(data, 'dcb-digital')), id: 'netease' };
    data.figures.push(copy);
    const issues = validationIssues(data);
    // Figures are claimed before entities, so the entity is the duplicate.
    const issue = issueAt(issues, entityRecord(data, 'netease'), 'id');
    expect(issue.message).toContain('duplicate id "netease"');
    expect(issue.message).toContain(`figures[${data.figures.length - 1}] "netease"`);
  });

  it('reports a source id colliding with a figure id', () => {
    const data = withFigure('dcb-digital', (f) => {
      f.id = 'article';
    });
    // dcb-digital is referenced by an entity, so that reference breaks too; the duplicate is what we check.
    const issue = issueAt(validationIssues(data), figureRecord(data, 'article'), 'id');
    expect(issue.message).toContain(`first used by sources[${sourceIndex(data, 'article')}] "article"`);
  });

  it('reports an entityId that does not resolve', () => {
    const data = withFigure('zone-rank', (f) => {
      f.entityId = 'no-such-entity';
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'zone-rank'), 'entityId');
    expect(issue.message).toContain('"no-such-entity"');
  });

  it('reports an entity relatedIds entry that does not resolve, with its index', () => {
    const data = withEntity('coop-zone', (e) => {
      e.relatedIds = ['cloud-platform', 'nowhere-zone'];
    });
    const error = validationError(data);
    const issue = issueAt(error.issues, entityRecord(data, 'coop-zone'), 'relatedIds[1]');
    expect(issue.message).toContain('"nowhere-zone"');
    expect(error.message).toContain(`${entityRecord(data, 'coop-zone')}, field "relatedIds[1]"`);
  });

  it('reports an entity figureIds entry that does not resolve', () => {
    const data = withEntity('netease', (e) => {
      e.figureIds = ['netease-games', 'missing-figure'];
    });
    const issue = issueAt(validationIssues(data), entityRecord(data, 'netease'), 'figureIds[1]');
    expect(issue.message).toContain('"missing-figure"');
  });

  it('reports a cityId that does not resolve', () => {
    const data = withEntity('netease', (e) => {
      e.cityId = 'shanghai';
    });
    const issue = issueAt(validationIssues(data), entityRecord(data, 'netease'), 'cityId');
    expect(issue.message).toContain('"shanghai"');
  });

  it('reports a cityId naming an entity that is not a city', () => {
    const data = withEntity('zoland', (e) => {
      e.cityId = 'netease';
    });
    issueAt(validationIssues(data), entityRecord(data, 'zoland'), 'cityId');
  });

  it('reports a clarifies that does not resolve', () => {
    const data = withFigure('trade-total-precise', (f) => {
      f.clarifies = 'trade-total-typo';
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'trade-total-precise'), 'clarifies');
    expect(issue.message).toContain('"trade-total-typo"');
  });

  it('reports a growthOf that does not resolve, by record and field', () => {
    const data = withFigure('trade-total-yoy', (f) => {
      f.growthOf = 'trade-totl';
    });
    const error = validationError(data);
    const record = figureRecord(data, 'trade-total-yoy');
    const issue = issueAt(error.issues, record, 'growthOf');
    expect(issue.message).toBe('refers to figure "trade-totl", which does not exist');
    expect(error.message).toContain(`${record}, field "growthOf": refers to figure "trade-totl"`);
  });

  it('reports a growthOf on a figure that is not a percentage', () => {
    const data = withFigure('exports-total', (f) => {
      f.growthOf = 'trade-total';
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'exports-total'), 'growthOf');
    expect(issue.message).toContain('in percent, this one in CNY');
  });

  it('reports a growthOf that names a percentage rather than an amount', () => {
    const data = withFigure('exports-total-yoy', (f) => {
      f.growthOf = 'trade-total-yoy';
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'exports-total-yoy'), 'growthOf');
    expect(issue.message).toContain('"trade-total-yoy", a percentage');
  });

  it('reports a growthOf that names a figure of another period', () => {
    const data = withFigure('trade-total-yoy', (f) => {
      f.period = { kind: 'year', year: 2019 };
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'trade-total-yoy'), 'growthOf');
    expect(issue.message).toBe('refers to figure "trade-total", which covers another period');
  });

  it('reports a currencyTwinOf that does not resolve, by record and field', () => {
    const data = withFigure('trade-total-usd', (f) => {
      f.currencyTwinOf = 'no-such-figure';
    });
    const error = validationError(data);
    const record = figureRecord(data, 'trade-total-usd');
    expect(issueAt(error.issues, record, 'currencyTwinOf').message).toContain('"no-such-figure", which does not exist');
    expect(error.message).toContain(`${record}, field "currencyTwinOf"`);
  });

  it('reports a currencyTwinOf between figures of the same currency, or not of money', () => {
    const same = withFigure('exports-total', (f) => {
      f.currencyTwinOf = 'trade-total';
    });
    expect(issueAt(validationIssues(same), figureRecord(same, 'exports-total'), 'currencyTwinOf').message).toContain(
      'the same amount in the other currency',
    );
    const rank = withFigure('trade-total-usd', (f) => {
      f.currencyTwinOf = 'zone-rank';
    });
    issueAt(validationIssues(rank), figureRecord(rank, 'trade-total-usd'), 'currencyTwinOf');
  });

  it('reports a currencyTwinOf that names a figure of another period', () => {
    const data = withFigure('trade-total-usd', (f) => {
      f.period = { kind: 'year', year: 2021 };
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'trade-total-usd'), 'currencyTwinOf');
    expect(issue.message).toContain('covers another period');
  });

  it('reports an unknown unit', () => {
    const data = withFigure('trade-total', (f) => {
      (f as { unit: string }).unit = 'EUR';
    });
    const error = validationError(data);
    issueAt(error.issues, figureRecord(data, 'trade-total'), 'unit');
    expect(error.message).toContain(`${figureRecord(data, 'trade-total')}, field "unit"`);
  });

  it('reports a five-digit year', () => {
    const data = withFigure('trade-total', (f) => {
      f.period = { kind: 'year', year: 20200 };
    });
    const error = validationError(data);
    issueAt(error.issues, figureRecord(data, 'trade-total'), 'period.year');
    expect(error.message).toContain('field "period.year"');
  });

  it('takes its units, tiers, period kinds and years from the vocabulary the stored-list check reads too', () => {
    const unit = validationError(
      withFigure('trade-total', (f) => {
        (f as { unit: string }).unit = 'EUR';
      }),
    );
    expect(unit.message).toContain(`must be one of: ${UNITS.join(', ')}`);
    const tier = validationError(
      withFigure('trade-total', (f) => {
        (f as { tier: string }).tier = 'E';
      }),
    );
    expect(tier.message).toContain(`must be one of: ${TIERS.join(', ')}`);
    const kind = validationError(
      withFigure('trade-total', (f) => {
        (f as { period: unknown }).period = { kind: 'decade', year: 2020 };
      }),
    );
    for (const k of PERIOD_KINDS) expect(kind.message).toContain(k);
    // The first and last years pass both checks; one year beyond either fails both.
    const list = (year: number) => ({
      id: 'l',
      fileName: 'f.csv',
      importedAt: '2024-01-01',
      rows: [
        {
          id: 'r',
          origin: 'imported',
          name: { en: 'A' },
          markets: [],
          sourceIds: [],
          keyFigure: { value: 1, unit: 'CNY', qualifier: 'exact', period: { kind: 'year', year } },
        },
      ],
    });
    for (const [year, ok] of [
      [FIRST_YEAR, true],
      [LAST_YEAR, true],
      [FIRST_YEAR - 1, false],
      [LAST_YEAR + 1, false],
    ] as const) {
      // A figure no other figure links to, so only its year is under test.
      const data = withFigure('hengdian-exports-2018', (f) => {
        f.period = { kind: 'year', year };
      });
      expect(accepts(data), `schema, ${year}`).toBe(ok);
      expect(checkStoredList(list(year)).ok, `stored list, ${year}`).toBe(ok);
    }
  });

  it('reports a range that ends before it starts', () => {
    const data = withFigure('netease-games-period', (f) => {
      f.period = { kind: 'range', from: 2021, to: 2019 };
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'netease-games-period'), 'period');
    expect(issue.message).toContain('2021');
    expect(issue.message).toContain('2019');
  });

  it('reports month 13', () => {
    const data = withFigure('export-bases-first-batch', (f) => {
      f.period = { kind: 'month', year: 2018, month: 13 };
    });
    issueAt(validationIssues(data), figureRecord(data, 'export-bases-first-batch'), 'period.month');
  });

  it('reports a value that is not a finite number', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const data = withFigure('exports-total', (f) => {
        f.value = bad;
      });
      const error = validationError(data);
      issueAt(error.issues, figureRecord(data, 'exports-total'), 'value');
      expect(error.message).toContain(`${figureRecord(data, 'exports-total')}, field "value"`);
    }
  });

  it('reports a tier C figure without its caveat', () => {
    const data = withFigure('hengdian-exports-2018', (f) => {
      delete f.caveat;
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'hengdian-exports-2018'), 'caveat');
    expect(issue.message).toMatch(/caveat/);
  });

  it('reports a repost source without the outlet whose text it carries', () => {
    const data = cloneDataset();
    const i = sourceIndex(data, 'coi-repost');
    const source = data.sources[i];
    if (!source) throw new Error('fixture: no coi-repost source');
    delete source.outlet;
    const issue = issueAt(validationIssues(data), `sources[${i}] "coi-repost"`, 'outlet');
    expect(issue.message).toBe('a repost needs the outlet whose text it carries');
  });

  it('reports a source whose grade is not primary or repost', () => {
    const data = cloneDataset();
    const i = sourceIndex(data, 'zjgrrb');
    (data.sources[i] as unknown as Record<string, unknown>).grade = 'secondary';
    const issue = issueAt(validationIssues(data), `sources[${i}] "zjgrrb"`, 'grade');
    expect(issue.message).toBe('must be one of: primary, repost');
  });

  it('reports a tier B figure that rests on secondary copies alone, naming its sources field', () => {
    const data = withFigure('trade-total-precise', (f) => {
      f.sourceIds = ['coi-repost'];
    });
    const issue = issueAt(validationIssues(data), figureRecord(data, 'trade-total-precise'), 'sourceIds');
    expect(issue.message).toBe(
      'a tier B figure needs a primary source; a figure from secondary copies alone is tier C',
    );
    // The same citation is fine for a context figure of tier C.
    const context = withFigure('trade-2017-published', (f) => {
      f.sourceIds = ['coi-repost'];
    });
    expect(accepts(context)).toBe(true);
  });

  it('reports a batch on a base that is not national, and a recognition on a base', () => {
    const data = withEntity('hengdian-cluster', (e) => {
      e.batch = { number: 1, announced: '2018-06', sourceIds: ['zcom-2019'] };
      e.recognition = [{ list: '2025-2026', standing: 'listed', sourceIds: ['zcom-2019'] }];
    });
    const issues = validationIssues(data);
    expect(issueAt(issues, entityRecord(data, 'hengdian-cluster'), 'batch').message).toBe(
      'only a national culture export base has a batch',
    );
    expect(issueAt(issues, entityRecord(data, 'hengdian-cluster'), 'recognition').message).toBe(
      'only an exporter is on a list of key enterprises',
    );
  });

  it('reports a recognition citing a source that does not exist, by its index', () => {
    const data = withEntity('dafeng', (e) => {
      e.recognition = [{ list: '2021-2022', standing: 'listed', sourceIds: ['china-daily-ningbo'] }];
    });
    const issue = issueAt(validationIssues(data), entityRecord(data, 'dafeng'), 'recognition[0].sourceIds[0]');
    expect(issue.message).toContain('"china-daily-ningbo"');
  });

  it('reports an id that is not kebab-case', () => {
    for (const bad of ['Trade_Total', 'trade total', '-trade', 'trade--total', 'trade-']) {
      const data = withFigure('trade-total', (f) => {
        f.id = bad;
      });
      const error = validationError(data);
      const issue = issueAt(error.issues, `figures[${figureIndex(data, bad)}] "${bad}"`, 'id');
      expect(issue.message).toContain('kebab-case');
    }
  });

  it('reports a source URL that is not http(s)', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://example.com/file', 'data:text/html,hi', 'not a url']) {
      const data = cloneDataset();
      const i = sourceIndex(data, 'article');
      const source = data.sources[i];
      if (!source) throw new Error('fixture: no article source');
      source.url = bad;
      const error = validationError(data);
      issueAt(error.issues, `sources[${i}] "article"`, 'url');
      expect(error.message).toContain(`sources[${i}] "article", field "url"`);
    }
  });

  it('reports a source with neither its headline nor a description', () => {
    const data = cloneDataset();
    const i = sourceIndex(data, 'article');
    const source = data.sources[i];
    if (!source) throw new Error('fixture: no article source');
    delete source.title;
    delete source.description;
    issueAt(validationIssues(data), `sources[${i}] "article"`, 'title');
  });

  it('names a source by its verbatim headline, or else by its description in the page language', () => {
    const catalog = buildCatalog(validateDataset(dataset));
    const article = catalog.sources.get('article');
    const workers = catalog.sources.get('zjgrrb');
    if (!article || !workers) throw new Error('fixture: sources missing');
    expect(sourceName(article, 'zh')).toEqual({
      text: "National honor spotlights Zhejiang's culture exports",
      verbatim: true,
    });
    expect(sourceName(workers, 'en').verbatim).toBe(false);
    expect(sourceName(workers, 'zh').text).toContain('浙江工人日报');
  });

  it('writes a repost’s source line as a secondary copy with its outlet, dated once, in both languages', () => {
    const catalog = buildCatalog(dataset);
    const jimu = catalog.sources.get('jimu-2021');
    if (!jimu) throw new Error('fixture: no jimu-2021 source');
    expect(sourceTitle(jimu, 'en')).toBe(
      'Jimu News report of 30 August 2021 (copy), secondary copy (outlet: Jimu News (极目新闻))',
    );
    expect(sourceTitle(jimu, 'zh')).toBe('极目新闻2021年8月30日报道（转载），二手转载（原载：极目新闻）');
    const article = catalog.sources.get('article');
    if (!article) throw new Error('fixture: no article source');
    expect(sourceTitle(article, 'zh')).toBe("National honor spotlights Zhejiang's culture exports（2021年2月26日）");
  });

  it('lists every problem, not only the first', () => {
    const data = withFigure('trade-total', (f) => {
      f.sourceIds = ['ghost'];
      f.entityId = 'ghost-entity';
      f.clarifies = 'ghost-figure';
      f.growthOf = 'ghost-amount';
      f.currencyTwinOf = 'ghost-twin';
    });
    const record = figureRecord(data, 'trade-total');
    const issues = validationIssues(data);
    for (const field of ['sourceIds[0]', 'entityId', 'clarifies', 'growthOf', 'currencyTwinOf'])
      issueAt(issues, record, field);
  });
});

describe('the dataset against the sources dossier', () => {
  const ids = new Set(dataset.sources.map((s) => s.id));

  it('has every figure cite at least one source that exists', () => {
    for (const f of dataset.figures) {
      expect(f.sourceIds.length, f.id).toBeGreaterThan(0);
      for (const s of f.sourceIds) expect(ids.has(s), `${f.id} cites ${s}`).toBe(true);
    }
  });

  it('stores no tier D figure: derived figures are computed, never typed in', () => {
    expect(dataset.figures.filter((f) => f.tier === 'D' || f.qualifier === 'derived')).toEqual([]);
  });

  it('has every tier A figure cite the article', () => {
    const tierA = dataset.figures.filter((f) => f.tier === 'A');
    expect(tierA.length).toBeGreaterThan(0);
    for (const f of tierA) expect(f.sourceIds, f.id).toContain('article');
  });

  it('gives the article source the address the dossier names', () => {
    const article = dataset.sources.find((s) => s.id === 'article');
    expect(article?.url).toBe('http://en.sx.gov.cn/art/2021/2/26/art_1501262_57916044.html');
    expect(article?.date).toBe('2021-02-26');
    expect(article?.tier).toBe('A');
  });

  // Section A of SOURCES.md, in base units.
  const tierA: ReadonlyArray<Pick<Figure, 'id' | 'value' | 'unit' | 'period' | 'qualifier'>> = [
    {
      id: 'trade-total',
      value: 14_160_000_000,
      unit: 'CNY',
      period: { kind: 'year', year: 2020 },
      qualifier: 'exact',
    },
    {
      id: 'trade-total-usd',
      value: 2_190_000_000,
      unit: 'USD',
      period: { kind: 'year', year: 2020 },
      qualifier: 'exact',
    },
    {
      id: 'trade-total-yoy',
      value: 14.45,
      unit: 'percent',
      period: { kind: 'year', year: 2020 },
      qualifier: 'exact',
    },
    {
      id: 'exports-total',
      value: 13_160_000_000,
      unit: 'CNY',
      period: { kind: 'year', year: 2020 },
      qualifier: 'exact',
    },
    {
      id: 'exports-total-yoy',
      value: 26.91,
      unit: 'percent',
      period: { kind: 'year', year: 2020 },
      qualifier: 'exact',
    },
    {
      id: 'zone-rank',
      value: 3,
      unit: 'rank',
      period: { kind: 'announced', year: 2021 },
      qualifier: 'exact',
    },
    {
      id: 'netease-games',
      value: 80_000_000,
      unit: 'CNY',
      period: { kind: 'year', year: 2020 },
      qualifier: 'atLeast',
    },
    {
      id: 'dcb-animation',
      value: 200_000,
      unit: 'minutes',
      period: { kind: 'annual' },
      qualifier: 'atLeast',
    },
    { id: 'dcb-digital', value: 100_000_000, unit: 'CNY', period: { kind: 'annual' }, qualifier: 'atLeast' },
  ];

  it.each(tierA.map((f) => [f.id, f] as const))('has tier A figure %s as SOURCES.md gives it', (id, expected) => {
    const f = figureOf(dataset, id);
    expect(f.tier).toBe('A');
    expect(f.value).toBe(expected.value);
    expect(f.unit).toBe(expected.unit);
    expect(f.period).toEqual(expected.period);
    expect(f.qualifier).toBe(expected.qualifier);
  });

  it('has the tier B precise values, clarifying the rounded tier A ones', () => {
    const trade = figureOf(dataset, 'trade-total-precise');
    expect(trade.value).toBe(14_157_000_000);
    expect(trade.tier).toBe('B');
    expect(trade.unit).toBe('CNY');
    expect(trade.period).toEqual({ kind: 'year', year: 2020 });
    expect(trade.clarifies).toBe('trade-total');
    expect(trade.quote).toContain('141.57亿元');

    const exports = figureOf(dataset, 'exports-total-precise');
    expect(exports.value).toBe(13_162_000_000);
    expect(exports.tier).toBe('B');
    expect(exports.clarifies).toBe('exports-total');
    expect(exports.quote).toContain('131.62亿元');
  });

  it('links each growth rate of the article to the amount it is the growth of, and the US dollar value to its yuan', () => {
    expect(figureOf(dataset, 'trade-total-yoy').growthOf).toBe('trade-total');
    expect(figureOf(dataset, 'exports-total-yoy').growthOf).toBe('exports-total');
    expect(figureOf(dataset, 'trade-total-usd').currencyTwinOf).toBe('trade-total');
    const linked = dataset.figures.filter((f) => f.tier === 'A' && (f.growthOf || f.currencyTwinOf)).map((f) => f.id);
    expect(linked).toEqual(['trade-total-usd', 'trade-total-yoy', 'exports-total-yoy']);
  });

  it.each(['zone-rank', 'netease-games'])('gives %s a note in both languages and a tier B clarification', (id) => {
    const f = figureOf(dataset, id);
    expect(f.note?.en.length ?? 0).toBeGreaterThan(0);
    expect(f.note?.zh.length ?? 0).toBeGreaterThan(0);
    const clarifying = dataset.figures.filter((c) => c.clarifies === id);
    expect(clarifying.length).toBeGreaterThan(0);
    for (const c of clarifying) expect(c.tier).toBe('B');
    expect(
      buildCatalog(dataset)
        .clarifications.get(id)
        ?.map((c) => c.id),
    ).toEqual(clarifying.map((c) => c.id));
  });

  it('clarifies the rank as within the functional-zone category and NetEase as 2019-2020', () => {
    const rank = dataset.figures.find((f) => f.clarifies === 'zone-rank');
    expect(rank?.value).toBe(3);
    expect(rank?.quote).toContain('功能区类');
    const netease = dataset.figures.find((f) => f.clarifies === 'netease-games');
    expect(netease?.period).toEqual({ kind: 'range', from: 2019, to: 2020 });
    expect(netease?.value).toBe(80_000_000);
    expect(netease?.qualifier).toBe('atLeast');
  });

  it('has every tier C figure carry a caveat in both languages', () => {
    const tierC = dataset.figures.filter((f) => f.tier === 'C');
    expect(tierC.length).toBeGreaterThan(0);
    for (const f of tierC) {
      expect(f.caveat?.en, f.id).toBeTruthy();
      expect(f.caveat?.zh, f.id).toBeTruthy();
    }
  });

  const works: ReadonlyArray<{ en: string; zh: string | undefined; year: number | undefined }> = [
    { en: 'Monkey King: Hero Is Back', zh: '西游记之大圣归来', year: 2015 },
    { en: 'Operation Red Sea', zh: '红海行动', year: 2018 },
    { en: 'Story of Yanxi Palace', zh: '延禧攻略', year: 2018 },
    { en: 'Like a Flowing River', zh: '大江大河', year: 2018 },
    { en: 'Song of Youth', zh: '玉楼春', year: undefined },
    { en: 'On the Road', zh: undefined, year: undefined },
  ];

  it('has exactly the six works', () => {
    const names = dataset.entities.filter((e) => e.kind === 'work').map((e) => e.name.en);
    expect([...names].sort()).toEqual(works.map((w) => w.en).sort());
  });

  it.each(works.map((w) => [w.en, w] as const))('gives the work %s the title and year SOURCES.md gives', (en, w) => {
    const work = dataset.entities.find((e) => e.kind === 'work' && e.name.en === en);
    expect(work).toBeDefined();
    expect(work?.name.zh).toBe(w.zh);
    expect(work?.year).toBe(w.year);
    expect(work?.workType).toBeDefined();
  });

  it('shows On the Road with its English title only in the Chinese interface', () => {
    const onTheRoad = entityOf(dataset, 'on-the-road');
    expect(onTheRoad.confidence).toBe('unconfirmed');
    expect(displayName(onTheRoad.name, 'zh')).toEqual({
      text: 'On the Road',
      translated: false,
      missing: true,
    });
  });

  it.each(['digital-creative-base', 'arts-trade-zone'])('marks the Chinese name of %s as a translation', (id) => {
    const e = entityOf(dataset, id);
    expect(e.name.zhOrigin).toBe('translation');
    expect(displayName(e.name, 'zh').translated).toBe(true);
  });

  it('marks no other name as a translation', () => {
    const translated = dataset.entities.filter((e) => e.name.zhOrigin === 'translation').map((e) => e.id);
    expect(translated.sort()).toEqual(['arts-trade-zone', 'digital-creative-base']);
  });

  it('gives the Hengdian cluster the Chinese name its source gives, a provincial cluster', () => {
    const hengdian = entityOf(dataset, 'hengdian-cluster');
    expect(hengdian.name).toMatchObject({ zh: '横店影视文化产业集聚区', zhOrigin: 'source' });
    expect(hengdian.level).toBe('provincial');
    expect(hengdian.batch).toBeUndefined();
  });

  it('marks as translated every English name that no source gives, and shows the mark in English', () => {
    const translated = dataset.entities.filter((e) => e.name.enOrigin === 'translation').map((e) => e.id);
    expect(translated.sort()).toEqual(
      [
        'daylight',
        'digital-culture-zone',
        'fubo-media',
        'hangzhou-trade-base',
        'huace',
        'huanyu',
        'huayi-brothers',
        'jiuyang',
        'provincial-bases-2017',
        'qiancheng',
        'ruohong-culture',
        'tangde',
        'zhejiang-university-press',
      ].sort(),
    );
    expect(displayName(entityOf(dataset, 'huace').name, 'en')).toEqual({
      text: 'Huace Film & TV',
      translated: true,
      missing: false,
    });
    expect(displayName(entityOf(dataset, 'dafeng').name, 'en').translated).toBe(false);
  });

  it('calls national only the two bases the sources place in a batch, first 2018 and second 2021', () => {
    const national = dataset.entities.filter((e) => e.level === 'national');
    expect(national.map((e) => [e.id, e.batch?.number, e.batch?.announced])).toEqual([
      ['coop-zone', 1, '2018-06'],
      ['digital-culture-zone', 2, '2021-08-26'],
    ]);
    expect(entityOf(dataset, 'digital-creative-base').level).toBeUndefined();
    expect(entityOf(dataset, 'hangzhou-trade-base').level).toBe('other-programme');
  });

  it('uses the Chinese names the reports give', () => {
    expect(entityOf(dataset, 'coop-zone').name.zh).toBe('中国(浙江)影视产业国际合作区');
    expect(entityOf(dataset, 'coop-zone').name.zhOrigin).toBe('source');
    expect(entityOf(dataset, 'huahong').name.zh).toBe('义乌华鸿集团');
    expect(entityOf(dataset, 'zhejiang-publishing').name.zh).toBe('浙江出版联合集团');
  });
});
