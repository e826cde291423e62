import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Figure, Results } from '../../scripts/bench/figure.d.mts';
import { pageFigures, PAGE_BUDGETS } from '../../scripts/bench/page-figures.mjs';
import { formatValue, judge, printComparison, printFigures, readResults } from '../../scripts/bench/report.mjs';

/*
 * What `npm run bench` prints and decides, from figures it did not have to measure: which
 * budget each page is held to, what passes, and what --compare says changed.
 */

function lighthouse(perf: number, lcpMs = 1000, tbtMs = 50, cls = 0) {
  return {
    perf,
    a11y: 100,
    bestPractices: 100,
    lcpMs,
    tbtMs,
    cls,
    jsTransferredKb: 130,
    perfRuns: [perf - 1, perf, perf + 1],
  };
}

const ROUTES = ['/', '/growth', '/exporters', '/exporters/netease'];
const LH = {
  '/': lighthouse(99, 1700),
  '/growth': lighthouse(100, 1000, 31, 0.02),
  '/exporters': lighthouse(97),
  '/exporters/netease': lighthouse(100),
  reference: lighthouse(100, 1250, 0),
};
const FV = {
  '/': { gzipKb: 149.9 },
  '/growth': { gzipKb: 274 },
  '/exporters': { gzipKb: 177 },
  '/exporters/netease': { gzipKb: 147 },
  reference: { gzipKb: 66.7 },
};
const taken = (ms: number) => ({ ms, runs: [ms - 10, ms, ms + 10] });
const TAKEN = {
  '/': taken(600),
  '/growth': taken(1200),
  '/exporters': taken(750),
  '/exporters/netease': taken(500),
  reference: taken(500),
};
const NO_SCRIPT = {
  '/': { places: 1, drawn: 1 },
  '/growth': { places: 4, drawn: 0 },
  '/present': { places: 0, drawn: 0 },
};

const byId = (figures: Figure[], id: string): Figure => {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

let log: string[];
beforeEach(() => {
  log = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void log.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

describe('page budgets', () => {
  const figures = pageFigures(ROUTES, LH, FV, TAKEN, NO_SCRIPT).map(judge);

  it('holds the chart route to 100 and a blocking time of 30 ms, and every other page to 98', () => {
    expect(byId(figures, 'perf:/growth').budget).toEqual({ op: '>=', limit: PAGE_BUDGETS.chartPerf });
    expect(byId(figures, 'perf:/growth').pass).toBe(true);
    expect(byId(figures, 'tbt:/growth')).toMatchObject({ value: 31, budget: { op: '<=', limit: 30 }, pass: false });
    expect(byId(figures, 'tbt:/exporters').budget).toBeUndefined();
    expect(byId(figures, 'perf:/exporters').budget).toEqual({ op: '>=', limit: 98 });
    expect(byId(figures, 'perf:/exporters').pass).toBe(false);
    expect(byId(figures, 'perf:/exporters/netease').pass).toBe(true);
  });

  it('holds only the overview to the LCP budget', () => {
    expect(byId(figures, 'lcp:/')).toMatchObject({ value: 1.7, budget: { op: '<=', limit: 1.6 }, pass: false });
    expect(byId(figures, 'lcp:/growth').budget).toBeUndefined();
  });

  it('holds every page to twice the floor in first-view JavaScript and 1.5x its time to take over', () => {
    // 2 x 66.7 KB = 133.4 KB.
    expect(byId(figures, 'first-view:/')).toMatchObject({ value: 149.9, floor: 66.7, pass: false });
    expect(byId(figures, 'first-view:/exporters/netease')).toMatchObject({ value: 147, pass: false });
    expect(byId(figures, 'taken-over:/')).toMatchObject({ value: 600, floor: 500, pass: true });
    expect(byId(figures, 'taken-over:/exporters')).toMatchObject({ value: 750, pass: true });
    expect(byId(figures, 'taken-over:/growth')).toMatchObject({ value: 1200, pass: false });
  });

  it('allows no layout shift on any page, and wants every chart place drawn without JavaScript', () => {
    expect(byId(figures, 'cls:/growth')).toMatchObject({ value: 0.02, pass: false });
    expect(byId(figures, 'cls:/')).toMatchObject({ value: 0, pass: true });
    expect(byId(figures, 'cls:/exporters').budget).toEqual({ op: '<=', limit: 0 });
    expect(byId(figures, 'no-script-charts:/').pass).toBe(true);
    expect(byId(figures, 'no-script-charts:/growth')).toMatchObject({ value: 0, budget: { limit: 4 }, pass: false });
    // A page whose chart places are gone from the HTML misses too.
    expect(byId(figures, 'no-script-charts:/present').pass).toBe(false);
  });

  it('gives each page figure the reference page as its floor, and the reference no budget', () => {
    expect(byId(figures, 'lcp:/exporters').floor).toBe(1.25);
    expect(byId(figures, 'first-view:/growth').floor).toBe(66.7);
    const reference = figures.filter((f) => f.group === 'reference');
    expect(reference).toHaveLength(9);
    expect(reference.every((f) => f.budget === undefined && f.floor === undefined)).toBe(true);
  });

  it('prints one table: the value, the floor, the ratio, the budget and the result', () => {
    printFigures(figures);
    const text = log.join('\n');
    expect(text).toMatch(/^page\s+\| figure\s+\| value\s+\| floor\s+\| ratio\s+\| budget\s+\| result$/m);
    expect(text).toMatch(
      /^\/exporters\s+\| Lighthouse performance \(runs: 96, 97, 98\)\s+\| 97\s+\| 100\s+\| 0\.97x\s+\| >= 98\s+\| MISS$/m,
    );
    expect(text).toMatch(
      /\| first-view JavaScript, gzip -9\s+\| 177\.0 KB\s+\| 66\.7 KB\s+\| 2\.65x\s+\| <= 2x floor\s+\| MISS$/m,
    );
  });
});

describe('judge', () => {
  const base: Figure = { id: 'x', group: 'g', figure: 'f', value: 10, unit: 'ms', better: 'lower' };

  it('passes at the limit and misses beyond it, either way round', () => {
    expect(judge({ ...base, budget: { op: '<=', limit: 10 } }).pass).toBe(true);
    expect(judge({ ...base, budget: { op: '<=', limit: 9.9 } }).pass).toBe(false);
    expect(judge({ ...base, budget: { op: '>=', limit: 10 } }).pass).toBe(true);
    expect(judge({ ...base, budget: { op: '>=', limit: 11 } }).pass).toBe(false);
  });

  it('misses a figure with no value or one already marked failed (a page that hung)', () => {
    expect(judge({ ...base, value: null, budget: { op: '<=', limit: 50 } }).pass).toBe(false);
    expect(judge({ ...base, value: 1, pass: false, budget: { op: '<=', limit: 50 } }).pass).toBe(false);
  });

  it('takes a ratio budget as a multiple of the floor, and misses it without a floor', () => {
    expect(judge({ ...base, floor: 5, budget: { op: '<=', limit: 2, ofFloor: true } }).pass).toBe(true);
    expect(judge({ ...base, floor: 4.9, budget: { op: '<=', limit: 2, ofFloor: true } }).pass).toBe(false);
    expect(judge({ ...base, budget: { op: '<=', limit: 2, ofFloor: true } }).pass).toBe(false);
  });

  it('leaves a figure without a budget unjudged', () => {
    expect(judge(base).pass).toBeUndefined();
  });
});

describe('formatValue', () => {
  it('writes each unit as the table shows it', () => {
    expect(formatValue(1.234, 's')).toBe('1.23 s');
    expect(formatValue(312.4, 's')).toBe('312 s');
    expect(formatValue(145.62, 'KB')).toBe('145.6 KB');
    expect(formatValue(377.6, 'ms')).toBe('378 ms');
    expect(formatValue(0.434, 'ms')).toBe('0.434 ms');
    expect(formatValue(99, 'score')).toBe('99');
    expect(formatValue(1.12, 'x')).toBe('1.12x');
    expect(formatValue(null, 'ms')).toBe('-');
  });
});

describe('--compare', () => {
  const figure = (id: string, value: number, extra: Partial<Figure> = {}): Figure => ({
    id,
    group: '/',
    figure: id,
    value,
    unit: 'ms',
    better: 'lower',
    ...extra,
  });
  const old: Results = {
    date: '2026-11-27T10:00:00.000Z',
    commit: 'aaa1111',
    figures: [
      figure('tbt', 200),
      figure('perf', 95, { unit: 'score', better: 'higher', budget: { op: '>=', limit: 98 }, pass: false }),
      figure('lcp', 1.5, { unit: 's', budget: { op: '<=', limit: 1.6 }, pass: true }),
      figure('gone', 1),
      figure('same', 5),
    ],
  };
  const now: Results = {
    date: '2026-11-28T10:00:00.000Z',
    commit: 'bbb2222',
    figures: [
      figure('tbt', 100),
      figure('perf', 99, { unit: 'score', better: 'higher', budget: { op: '>=', limit: 98 }, pass: true }),
      figure('lcp', 1.7, { unit: 's', budget: { op: '<=', limit: 1.6 }, pass: false }),
      figure('new', 3),
      figure('same', 5),
    ],
  };

  it('says what changed, by how much, whether for the better, and which budgets flipped', () => {
    printComparison(old, now);
    const text = log.join('\n');
    expect(text).toContain('Change from 2026-11-27T10:00:00.000Z (aaa1111) to 2026-11-28T10:00:00.000Z (bbb2222)');
    expect(text).toMatch(/\| tbt\s+\| 200 ms\s+\| 100 ms\s+\| -100 ms \(-50%\) better$/m);
    expect(text).toMatch(/\| perf\s+\| 95\s+\| 99\s+\| \+4 \(\+4%\) better, now passes$/m);
    expect(text).toMatch(/\| lcp\s+\| 1\.50 s\s+\| 1\.70 s\s+\| \+0\.20 s \(\+13%\) worse, now MISSES$/m);
    expect(text).toMatch(/\| same\s+\| 5 ms\s+\| 5 ms\s+\| same$/m);
    expect(text).toMatch(/\| new\s+\| -\s+\| 3 ms\s+\| new$/m);
    expect(text).toMatch(/\| gone\s+\| 1 ms\s+\| -\s+\| gone$/m);
  });

  describe('reading a results file', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
    });
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it('reads a results file back', async () => {
      const path = join(dir, 'old.json');
      await writeFile(path, JSON.stringify(old));
      expect((await readResults(path)).figures).toHaveLength(5);
    });

    it('says why a file is not one: missing, not JSON, or not this benchmark', async () => {
      await expect(readResults(join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*missing\.json/);
      await writeFile(join(dir, 'broken.json'), '{"figures": [');
      await expect(readResults(join(dir, 'broken.json'))).rejects.toThrow(/is not JSON/);
      await writeFile(join(dir, 'other.json'), JSON.stringify({ figures: [{ value: 1 }] }));
      await expect(readResults(join(dir, 'other.json'))).rejects.toThrow(/not a result of this benchmark/);
    });
  });
});
