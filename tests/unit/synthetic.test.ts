import { describe, expect, it } from 'vitest';
import { generateExporters } from '../../scripts/synthetic.mjs';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { parseCsv } from '../../src/domain/csv';
import { COLUMN_HEADERS, COLUMN_KEYS } from '../../src/domain/exporter-file/columns';
import { knownFacets } from '../../src/domain/exporter-file/facets';
import { parseExporterFile } from '../../src/domain/exporter-file/import';
import { officialExporterRows } from '../../src/domain/exporter-rows';

const known = knownFacets(officialExporterRows(validateDataset(dataset)));

describe('the synthetic exporters generator', () => {
  it('writes the same text for the same seed', () => {
    expect(generateExporters({ rows: 500, seed: 7 })).toBe(generateExporters({ rows: 500, seed: 7 }));
  });

  it('writes another list for another seed', () => {
    const a = parseCsv(generateExporters({ rows: 200, seed: 7 })).records.slice(1);
    const b = parseCsv(generateExporters({ rows: 200, seed: 8 })).records.slice(1);
    // City to period: what the seed draws (ids and the source line name the seed anyway).
    const drawn = (cells: readonly string[] | undefined) => cells?.slice(3, 10).join();
    const differing = a.filter((r, i) => drawn(r.cells) !== drawn(b[i]?.cells));
    expect(differing.length).toBeGreaterThan(150);
  });

  it('uses the import format, and every row says it is synthetic', () => {
    const { records } = parseCsv(generateExporters({ rows: 300, seed: 3 }));
    const [header, ...rows] = records;
    expect(header?.cells).toEqual(COLUMN_KEYS.map((k) => COLUMN_HEADERS[k].en));
    const at = (key: (typeof COLUMN_KEYS)[number]) => COLUMN_KEYS.indexOf(key);
    expect(rows).toHaveLength(300);
    for (const { cells } of rows) {
      expect(cells[at('synthetic')]).toBe('true');
      expect(cells[at('name_en')]).toMatch(/^Synthetic \w+ \d{5}$/);
      expect(cells[at('name_zh')]).toMatch(/^合成\p{Script=Han}+\d{5}$/u);
      expect(cells[at('source')]).toBe('synthetic (seed 3)');
    }
  });

  it('makes a file the importer accepts whole, every row marked synthetic', () => {
    const bytes = new TextEncoder().encode(generateExporters({ rows: 1000, seed: 42 }));
    const result = parseExporterFile(bytes, 'synthetic-1000.csv', known);
    expect(result.error).toBeUndefined();
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toHaveLength(1000);
    expect(result.total).toBe(1000);
    expect(result.accepted.every((r) => r.synthetic === true && r.origin === 'imported')).toBe(true);
    // The dataset's own cities are recognised under their keys; the invented ones say what they are.
    const cities = new Set(result.accepted.flatMap((r) => (r.city ? [r.city.key] : [])));
    expect([...cities].sort()).toEqual(
      ['hangzhou', 'jinhua', 'synthetic-city-east', 'synthetic-city-north', 'synthetic-city-south', 'yiwu'].sort(),
    );
    for (const r of result.accepted) {
      expect(r.markets.length).toBeGreaterThanOrEqual(1);
      expect(r.markets.length).toBeLessThanOrEqual(3);
      expect(r.keyFigure?.unit).toBe('CNY');
      const period = r.keyFigure?.period;
      const years = period?.kind === 'year' ? [period.year] : period?.kind === 'range' ? [period.from, period.to] : [];
      expect(years.length).toBeGreaterThan(0);
      for (const y of years) expect(y >= 2015 && y <= 2024).toBe(true);
    }
  });
});
