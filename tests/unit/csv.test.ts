import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, toCsv, unneutralise } from '../../src/domain/csv';

const INJECTION = ['=', '+', '-', '@', '\t', '\r'];

function body(csv: string): string {
  return csv.slice(1);
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv({ meta: [['source', 'Dashboard']], header: ['a', 'b'], rows: [['1', '2']] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(body(csv)).toBe('# source: Dashboard\r\na,b\r\n1,2\r\n');
  });

  it('writes one "# key: value" line per meta pair, before the header', () => {
    const csv = toCsv({
      meta: [
        ['source', 'Zhejiang culture exports'],
        ['date', '2021-02-26'],
        ['filters', 'city=hangzhou'],
      ],
      header: ['h'],
      rows: [],
    });
    expect(body(csv).split('\r\n')).toEqual([
      '# source: Zhejiang culture exports',
      '# date: 2021-02-26',
      '# filters: city=hangzhou',
      'h',
      '',
    ]);
  });

  it.each(INJECTION)('neutralises a data cell that starts with %j', (ch) => {
    const csv = toCsv({ meta: [], header: ['h'], rows: [[`${ch}SUM(A1)`]] });
    const parsed = parseCsv(csv);
    const cell = parsed.records[1]?.cells[0];
    expect(cell).toBe(`'${ch}SUM(A1)`);
    expect(unneutralise(cell ?? '')).toBe(`${ch}SUM(A1)`);
  });

  it.each(INJECTION)('neutralises a header cell that starts with %j', (ch) => {
    const csv = toCsv({ meta: [], header: ['a', `${ch}x`], rows: [] });
    expect(parseCsv(csv).records[0]?.cells[1]).toBe(`'${ch}x`);
  });

  it.each(INJECTION)('neutralises a meta value that starts with %j', (ch) => {
    const csv = toCsv({ meta: [['filters', `${ch}cmd|' /C calc'!A0`]], header: ['h'], rows: [] });
    expect(body(csv)).toContain(`# filters: '${ch}cmd`);
    expect(parseCsv(csv).meta.get('filters')).toBe(`${ch}cmd|' /C calc'!A0`);
  });

  it('leaves harmless cells alone, including a minus inside or an apostrophe first', () => {
    const csv = toCsv({ meta: [], header: ['h'], rows: [['2019-2020'], ["'quoted"], ['a=b']] });
    expect(body(csv)).toBe("h\r\n2019-2020\r\n'quoted\r\na=b\r\n");
  });

  it('escapes a cell that already looks neutralised, so that reading it back is exact', () => {
    const csv = toCsv({ meta: [], header: ['h'], rows: [["'=x"]] });
    expect(body(csv)).toBe("h\r\n''=x\r\n");
    expect(unneutralise(parseCsv(csv).records[1]?.cells[0] ?? '')).toBe("'=x");
  });

  it('quotes cells with a comma, a quote, CR, LF or surrounding spaces, and doubles quotes', () => {
    const rows = [['a,b', 'say "hi"', 'one\rtwo', 'one\ntwo', ' lead', 'trail ', 'plain', '中文']];
    const csv = toCsv({ meta: [], header: ['h'], rows });
    expect(body(csv)).toBe('h\r\n"a,b","say ""hi""","one\rtwo","one\ntwo"," lead","trail ",plain,中文\r\n');
  });

  it('writes a row of one empty cell as "" so that it is not read as a blank line', () => {
    const csv = toCsv({ meta: [], header: ['h'], rows: [[''], ['x']] });
    expect(body(csv)).toBe('h\r\n""\r\nx\r\n');
    expect(parseCsv(csv).records.map((r) => r.cells)).toEqual([['h'], [''], ['x']]);
  });
});

describe('unneutralise', () => {
  it('takes the apostrophe off a neutralised cell only', () => {
    expect(unneutralise("'=1+1")).toBe('=1+1');
    expect(unneutralise("'+1")).toBe('+1');
    expect(unneutralise("'-1")).toBe('-1');
    expect(unneutralise("'@x")).toBe('@x');
    expect(unneutralise("'\tx")).toBe('\tx');
    expect(unneutralise("'\rx")).toBe('\rx');
    expect(unneutralise("'abc")).toBe("'abc");
    expect(unneutralise("''=x")).toBe("'=x");
    expect(unneutralise('=x')).toBe('=x');
    expect(unneutralise('')).toBe('');
  });
});

describe('parseCsv', () => {
  it('reads CRLF, LF and CR line endings', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const parsed = parseCsv(['a,b', '1,2', '3,4'].join(eol) + eol);
      expect(parsed.records).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ]);
    }
  });

  it('reads quoted commas, quotes and line breaks, and numbers records by their first line', () => {
    const text = 'name,note\r\n"a, b","x ""y"" z"\r\n"multi\r\nline\nand\rmore",end\r\nlast,"\r\n"\r\nafter,1';
    const parsed = parseCsv(text);
    expect(parsed.records).toEqual([
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['a, b', 'x "y" z'] },
      { line: 3, cells: ['multi\r\nline\nand\rmore', 'end'] },
      { line: 7, cells: ['last', '\r\n'] },
      { line: 9, cells: ['after', '1'] },
    ]);
  });

  it('skips blank lines, which still count for line numbers', () => {
    const parsed = parseCsv('a\n\n\r\n1\r\n\r\n2\n');
    expect(parsed.records).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['1'] },
      { line: 6, cells: ['2'] },
    ]);
  });

  it('reads the meta block before the header, also when quoted or padded by a spreadsheet', () => {
    const text =
      '\uFEFF# source: Dashboard\r\n"# filters: a, b"\r\n# date: 2021-02-26,,,\r\n#note\r\nh1,h2\r\n#1,2\r\n';
    const parsed = parseCsv(text);
    expect([...parsed.meta]).toEqual([
      ['source', 'Dashboard'],
      ['filters', 'a, b'],
      ['date', '2021-02-26'],
      ['note', ''],
    ]);
    // After the header a "#" starts an ordinary cell.
    expect(parsed.records).toEqual([
      { line: 5, cells: ['h1', 'h2'] },
      { line: 6, cells: ['#1', '2'] },
    ]);
  });

  it('detects tabs, and keeps commas as the delimiter when the header has both', () => {
    const tsv = parseCsv('a\tb\r\n1,5\t2\r\n');
    expect(tsv.delimiter).toBe('\t');
    expect(tsv.records[1]?.cells).toEqual(['1,5', '2']);
    const csv = parseCsv('a,b\tc\r\n1,2\r\n');
    expect(csv.delimiter).toBe(',');
    expect(csv.records[0]?.cells).toEqual(['a', 'b\tc']);
    // A tab inside quotes does not count.
    expect(parseCsv('"a\tb"\r\nx\r\n').delimiter).toBe(',');
  });

  it('keeps empty trailing cells and tolerates broken quoting without throwing', () => {
    expect(parseCsv('a,b,\r\n').records[0]?.cells).toEqual(['a', 'b', '']);
    expect(parseCsv('"a"b,c').records[0]?.cells).toEqual(['ab', 'c']);
    expect(parseCsv('a,"open\r\nnever closed').records[0]?.cells).toEqual(['a', 'open\r\nnever closed']);
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('\uFEFF').records).toEqual([]);
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    const text = 'a,b\n' + '1,2\n'.repeat(100_000);
    parseCsv(text, (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
  });

  it('parses 100,000 rows × 10 columns with quoted commas intact (its speed is measured by npm run bench)', () => {
    const row = (i: number) =>
      [
        i,
        `Exporter ${i}`,
        '"Hangzhou, Zhejiang"',
        'Animation',
        'Europe; Asia',
        i * 1000,
        'CNY',
        'exact',
        2020,
        'x',
      ].join(',');
    const text = 'h0,h1,h2,h3,h4,h5,h6,h7,h8,h9\r\n' + Array.from({ length: 100_000 }, (_, i) => row(i)).join('\r\n');
    const parsed = parseCsv(text);
    expect(parsed.records).toHaveLength(100_001);
    expect(parsed.records[100_000]?.cells[2]).toBe('Hangzhou, Zhejiang');
    expect(parsed.records[100_000]?.line).toBe(100_001);
  });
});

describe('toCsv → parseCsv round trip', () => {
  // Cells built from the characters that break naive CSV code, plus any unicode.
  const tricky = fc.constantFrom(',', '"', '\r', '\n', '\r\n', ' ', '\t', "'", '=', '+', '-', '@', '#', '中', '😀');
  const cell = fc
    .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 6 })
    .map((parts) => parts.join(''));
  const row = (width: number) => fc.array(cell, { minLength: width, maxLength: width });
  const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.record({
      // The header's first cell must not start with "#" (it would read as a meta line).
      header: row(width).filter((h) => !h[0]?.startsWith('#')),
      rows: fc.array(row(width), { maxLength: 8 }),
      meta: fc.array(
        fc.tuple(
          fc.string({ maxLength: 10 }).filter((k) => !/[:\r\n]/.test(k) && k === k.trim()),
          cell,
        ),
        { maxLength: 3 },
      ),
    }),
  );

  it('gives back the header, the rows and the meta it was given', () => {
    fc.assert(
      fc.property(table, ({ header, rows, meta }) => {
        const parsed = parseCsv(toCsv({ meta, header, rows }));
        expect(parsed.records.map((r) => r.cells.map(unneutralise))).toEqual([header, ...rows]);
        expect(parsed.meta).toEqual(new Map(meta));
      }),
      { numRuns: 1000 },
    );
  });

  it('numbers each record by the physical line it starts on', () => {
    fc.assert(
      fc.property(table, ({ header, rows, meta }) => {
        const parsed = parseCsv(toCsv({ meta, header, rows }));
        const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
        let line = 1 + meta.reduce((n, [k, v]) => n + 1 + breaks(k) + breaks(v), 0);
        [header, ...rows].forEach((cells, i) => {
          expect(parsed.records[i]?.line).toBe(line);
          line += 1 + cells.reduce((n, c) => n + breaks(c), 0);
        });
      }),
      { numRuns: 500 },
    );
  });
});
