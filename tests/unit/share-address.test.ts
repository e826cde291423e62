import { describe, expect, it } from 'vitest';
import { shareAddress } from '../../src/domain/share-address';

const view = { lang: 'en', currency: 'CNY', slide: 1 } as const;

describe('the address a QR code of present mode shows', () => {
  it('always writes the language, currency and slide, even the defaults', () => {
    expect(shareAddress('https://example.org/present', view)).toBe(
      'https://example.org/present?lang=en&currency=CNY&slide=1',
    );
  });

  it('writes the view on screen over what the address said', () => {
    expect(
      shareAddress('https://example.org/present?slide=2&lang=en&currency=USD', {
        lang: 'zh',
        currency: 'CNY',
        slide: 3,
      }),
    ).toBe('https://example.org/present?lang=zh&currency=CNY&slide=3');
  });

  it('keeps a chosen deck as written, commas unescaped, so the slide number means the same slide', () => {
    expect(
      shareAddress('https://example.org/present?slides=title,trade-total,chart-trade&slide=2', { ...view, slide: 2 }),
    ).toBe('https://example.org/present?lang=en&currency=CNY&slides=title,trade-total,chart-trade&slide=2');
    expect(shareAddress('https://example.org/present?slides=title%2Csources', view)).toBe(
      'https://example.org/present?lang=en&currency=CNY&slides=title,sources&slide=1',
    );
  });

  it('drops what means nothing on a phone: a lobby screen’s ?auto=, tracking tags, the hash', () => {
    expect(shareAddress('https://example.org/present?auto=20&utm_source=mail&x=1#slide-3', { ...view, slide: 4 })).toBe(
      'https://example.org/present?lang=en&currency=CNY&slide=4',
    );
  });

  it('keeps the path the dashboard is served from, and its port', () => {
    expect(shareAddress('http://localhost:4193/dashboard/present?lang=zh', { ...view, lang: 'zh' })).toBe(
      'http://localhost:4193/dashboard/present?lang=zh&currency=CNY&slide=1',
    );
  });

  it('drops an empty deck choice', () => {
    expect(shareAddress('https://example.org/present?slides=', view)).toBe(
      'https://example.org/present?lang=en&currency=CNY&slide=1',
    );
  });
});
