import type { Figure, Name, Source } from '../data/schema';
import { formatDate, formatValue, type Lang } from './format';
import { langTag } from './punctuation';
import { fewestFigures, figuresOf, type Measured } from './significance';
import type { Catalog } from './catalog';

export { buildCatalog, type Catalog } from './catalog';

export type Currency = 'CNY' | 'USD';
export const CURRENCIES: readonly Currency[] = ['CNY', 'USD'];

/** How a source is named: its own headline where one is quoted, else its description. */
export function sourceName(source: Source, lang: Lang): { text: string; verbatim: boolean } {
  if (source.title) return { text: source.title, verbatim: true };
  return { text: source.description?.[lang] ?? source.id, verbatim: false };
}

/**
 * The words a repost carries wherever its source line appears: "secondary copy (outlet: Jimu
 * News)" / "二手转载（原载：极目新闻）"; undefined for the publisher's own page.
 */
export function secondaryCopyText(source: Source, lang: Lang): string | undefined {
  if (source.grade !== 'repost') return undefined;
  const outlet = source.outlet?.[lang];
  if (lang === 'zh') return outlet ? `二手转载（原载：${outlet}）` : '二手转载';
  return outlet ? `secondary copy (outlet: ${outlet})` : 'secondary copy';
}

/** A source in a tight list: its short name, and "secondary copy" when it is one. */
export function shortSourceName(source: Source, lang: Lang): string {
  if (source.grade !== 'repost') return source.short[lang];
  return lang === 'zh' ? `${source.short[lang]}（二手转载）` : `${source.short[lang]} (secondary copy)`;
}

/** A source as a line of text names it: "China Daily (26 February 2021)", a repost with its words. */
export function sourceTitle(source: Source, lang: Lang): string {
  const name = sourceName(source, lang).text;
  const date = source.date ? formatDate(source.date, lang) : undefined;
  // A description that already gives the date ("report of 30 August 2021") is not dated twice.
  const dated = !date || name.includes(date) ? name : lang === 'zh' ? `${name}（${date}）` : `${name} (${date})`;
  const copy = secondaryCopyText(source, lang);
  if (!copy) return dated;
  return lang === 'zh' ? `${dated}，${copy}` : `${dated}, ${copy}`;
}

/** A name in the interface language, and whether it is our translation (either language) or missing. */
export function displayName(name: Name, lang: Lang): { text: string; translated: boolean; missing: boolean } {
  if (lang === 'en') return { text: name.en, translated: name.enOrigin === 'translation', missing: false };
  if (!name.zh) return { text: name.en, translated: false, missing: true };
  return { text: name.zh, translated: name.zhOrigin === 'translation', missing: false };
}

/**
 * A figure's value in words. Stored figures show every digit their source gives
 * (14.16 billion, 141.57亿); derived ones show the figures their inputs carry
 * (significance.ts: "≈ 12.37 billion yuan", "约123.7亿元", "≈ 6.47 yuan per US dollar") and
 * are marked "≈" / "约".
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'> & Measured, lang: Lang): string {
  if (figure.qualifier === 'derived')
    return formatValue(figure.value, figure.unit, lang, { qualifier: 'derived', significant: figuresOf(figure) });
  return formatValue(figure.value, figure.unit, lang, { qualifier: figure.qualifier, decimals: 4 });
}

export interface Converted {
  value: number;
  unit: Figure['unit'];
  /** True when the value was converted here at the implied rate, not stated by a source. */
  converted: boolean;
  /**
   * The significant figures the value carries: a converted one the fewest of the figure's and
   * the rate's (80 million ÷ 6.47: 1, shown as 2: "over ≈ US$12 million"); else the figure's own.
   */
  significantFigures: number;
  /** The stored figure that states this value in the chosen currency, when there is one. */
  statedBy?: Figure;
}

/** The figure that states this one's amount in US dollars, as its source converts it (`currencyTwinOf`). */
export function usdTwinOf(figure: Figure, catalog: Catalog): Figure | undefined {
  return (catalog.currencyTwins.get(figure.id) ?? []).find((f) => f.unit === 'USD');
}

/**
 * A money figure in the chosen currency. A source's own figure in that currency wins (the
 * article gives US$2.19 billion itself); otherwise yuan are divided by the implied rate.
 */
export function inCurrency(figure: Figure & Measured, currency: Currency, catalog: Catalog): Converted {
  const as = { value: figure.value, unit: figure.unit, converted: false, significantFigures: figuresOf(figure) };
  if (figure.unit !== 'CNY' || currency === 'CNY') return as;
  const stated = usdTwinOf(figure, catalog);
  if (stated)
    return {
      value: stated.value,
      unit: 'USD',
      converted: false,
      significantFigures: figuresOf(stated),
      statedBy: stated,
    };
  const rate = catalog.rate;
  if (!rate) return as;
  return {
    value: figure.value / rate.value,
    unit: 'USD',
    converted: true,
    significantFigures: fewestFigures([figure, rate]),
  };
}

/**
 * The language of quoted words, for <q lang>: the language of its sources when they agree,
 * else judged from the words themselves (a Chinese quote cited with an English article).
 */
export function quoteLang(catalog: Catalog, sourceIds: readonly string[], quote: string): 'en' | 'zh-CN' {
  const langs = new Set(sourceIds.map((id) => catalog.sources.get(id)?.language).filter((l) => l !== undefined));
  const only = langs.size === 1 ? [...langs][0] : undefined;
  const lang: Lang = only ?? (/\p{Script=Han}/u.test(quote) ? 'zh' : 'en');
  return langTag(lang);
}

export function figuresOfTier(catalog: Catalog, tier: Figure['tier']): Figure[] {
  if (tier === 'D') return catalog.derived;
  return catalog.dataset.figures.filter((f) => f.tier === tier);
}
