import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseGlobalParams, settledSearch } from '../../src/domain/params';

const parse = (query: string) => parseGlobalParams(new URLSearchParams(query));

describe('parseGlobalParams', () => {
  it('returns nothing and ignores nothing for an empty query', () => {
    expect(parse('')).toEqual({ params: { lang: undefined, currency: undefined }, ignored: [] });
  });

  it('reads the language', () => {
    expect(parse('?lang=zh')).toEqual({ params: { lang: 'zh', currency: undefined }, ignored: [] });
    expect(parse('lang=en').params.lang).toBe('en');
  });

  it('accepts the language in any case and with spaces around it', () => {
    expect(parse('?lang=ZH')).toEqual({ params: { lang: 'zh', currency: undefined }, ignored: [] });
    expect(parse('?lang=En').params.lang).toBe('en');
    expect(parse('?lang=%20zh%20').params.lang).toBe('zh');
  });

  it('drops an unknown language and reports it with its key and value', () => {
    expect(parse('?lang=fr')).toEqual({
      params: { lang: undefined, currency: undefined },
      ignored: [{ key: 'lang', value: 'fr' }],
    });
    expect(parse('?lang=').ignored).toEqual([{ key: 'lang', value: '' }]);
    expect(parse('?lang=zh-CN').ignored).toEqual([{ key: 'lang', value: 'zh-CN' }]);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const r = parse('?lang=zh&lang=en&lang=fr');
    expect(r.params.lang).toBe('zh');
    expect(r.ignored).toEqual([
      { key: 'lang', value: 'en' },
      { key: 'lang', value: 'fr' },
    ]);
  });

  it('does not fall back to a later value when the first is not understood', () => {
    const r = parse('?currency=eur&currency=usd');
    expect(r.params.currency).toBeUndefined();
    expect(r.ignored).toEqual(
      expect.arrayContaining([
        { key: 'currency', value: 'eur' },
        { key: 'currency', value: 'usd' },
      ]),
    );
    expect(r.ignored).toHaveLength(2);
  });

  it('reads the currency in any case', () => {
    expect(parse('?currency=usd').params.currency).toBe('USD');
    expect(parse('?currency=CNY').params.currency).toBe('CNY');
    expect(parse('?currency=eur')).toEqual({
      params: { lang: undefined, currency: undefined },
      ignored: [{ key: 'currency', value: 'eur' }],
    });
  });

  it('reads both parameters together, keeping each one’s own problems', () => {
    const r = parse('?currency=usd&lang=de&lang=zh');
    expect(r.params).toEqual({ lang: undefined, currency: 'USD' });
    expect(r.ignored).toHaveLength(2);
    expect(r.ignored).toEqual(
      expect.arrayContaining([
        { key: 'lang', value: 'zh' },
        { key: 'lang', value: 'de' },
      ]),
    );
  });

  it('does not treat other keys as language or currency', () => {
    expect(parse('?LANG=zh&Currency=usd&language=zh')).toEqual({
      params: { lang: undefined, currency: undefined },
      ignored: [],
    });
  });

  it('clips a very long value in the report instead of throwing', () => {
    const long = 'x'.repeat(20_000);
    const r = parse(`?lang=${long}`);
    expect(r.params.lang).toBeUndefined();
    expect(r.ignored).toHaveLength(1);
    const reported = r.ignored[0];
    expect(reported?.key).toBe('lang');
    expect(reported?.value.length).toBeLessThan(100);
    expect(reported?.value.startsWith('x'.repeat(50))).toBe(true);
    expect(reported?.value.endsWith('…')).toBe(true);
  });

  it('clips long repeated values too', () => {
    const r = parse(`?currency=usd&currency=${'y'.repeat(20_000)}`);
    expect(r.params.currency).toBe('USD');
    expect(r.ignored[0]?.value.length).toBeLessThan(100);
  });

  it('reports a short value unclipped', () => {
    const value = 'z'.repeat(40);
    expect(parse(`?lang=${value}`).ignored).toEqual([{ key: 'lang', value }]);
  });
});

describe('settledSearch', () => {
  const settle = (query: string, lang: 'en' | 'zh' = 'en') => {
    const settled = settledSearch(new URLSearchParams(query), lang);
    return settled && { search: settled.search.toString(), ignored: settled.ignored };
  };

  it('leaves an address that names one language and at most one currency as it is', () => {
    expect(settle('?lang=en')).toBeUndefined();
    expect(settle('?q=net&lang=zh&currency=USD')).toBeUndefined();
  });

  it('writes in the language in use when the address names none, keeping the other parameters', () => {
    expect(settle('')).toEqual({ search: 'lang=en', ignored: [] });
    expect(settle('?q=net&city=hangzhou', 'zh')).toEqual({ search: 'q=net&city=hangzhou&lang=zh', ignored: [] });
  });

  it('puts the currency after the language, in its written form', () => {
    expect(settle('?currency=usd&q=net')).toEqual({ search: 'q=net&lang=en&currency=USD', ignored: [] });
  });

  it('drops what it does not understand and returns it for the notice', () => {
    expect(settle('?lang=fr&currency=EUR')).toEqual({
      search: 'lang=en',
      ignored: [
        { key: 'lang', value: 'fr' },
        { key: 'currency', value: 'EUR' },
      ],
    });
    expect(settle('?lang=zh&lang=en')).toEqual({ search: 'lang=zh', ignored: [{ key: 'lang', value: 'en' }] });
  });
});

describe('parseGlobalParams properties', () => {
  const key = fc.oneof(
    fc.constantFrom('lang', 'currency', '__proto__', 'constructor', 'prototype', 'toString', 'LANG', ''),
    fc.string({ unit: 'binary' }),
  );
  const value = fc.oneof(
    fc.constantFrom('en', 'zh', 'EN', ' zh ', 'cny', 'USD', 'fr', '__proto__', 'constructor', ''),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
  );
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 12 });

  it('never throws, and gives only known languages and currencies', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const result = parseGlobalParams(new URLSearchParams(list));
        expect([undefined, 'en', 'zh']).toContain(result.params.lang);
        expect([undefined, 'CNY', 'USD']).toContain(result.params.currency);
        for (const item of result.ignored) {
          expect(['lang', 'currency']).toContain(item.key);
          expect(typeof item.value).toBe('string');
          expect(item.value.length).toBeLessThanOrEqual(61);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the first value of each key, and reports every value it does not use', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const search = new URLSearchParams(list);
        const result = parseGlobalParams(search);
        const langs = search.getAll('lang');
        const currencies = search.getAll('currency');
        const firstLang = langs[0]?.trim().toLowerCase();
        const firstCurrency = currencies[0]?.trim().toUpperCase();
        const expectedLang = firstLang === 'en' || firstLang === 'zh' ? firstLang : undefined;
        const expectedCurrency = firstCurrency === 'CNY' || firstCurrency === 'USD' ? firstCurrency : undefined;
        expect(result.params.lang).toBe(expectedLang);
        expect(result.params.currency).toBe(expectedCurrency);
        const unused =
          Math.max(0, langs.length - 1) +
          Math.max(0, currencies.length - 1) +
          (langs.length > 0 && !expectedLang ? 1 : 0) +
          (currencies.length > 0 && !expectedCurrency ? 1 : 0);
        expect(result.ignored).toHaveLength(unused);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not pollute Object.prototype', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        parseGlobalParams(new URLSearchParams([...list, ['__proto__', 'polluted'], ['constructor', 'x']]));
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
