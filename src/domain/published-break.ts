import type { Bilingual, Figure } from '../data/schema';
import type { ChartSpec } from './chart-series';
import { formatFigure, type Catalog } from './figures';
import { formatChange, formatValue, nf, splitNumber, type Lang } from './format';
import { BREAK_FIGURES, periodYear, PUBLISHED_MEASURES } from './published-series';
import { joinList, punctuation, yearLabel, yearRange } from './punctuation';
import { figuresOf, figuresOfSum, leadingExponent } from './significance';

/*
 * Why the published years are not one series: the contradictions between the reports, each
 * computed from the stored figures (named in published-series.ts, never typed in here) and
 * written as a formula a reader can check, and the years no report gives. The only place where
 * values of two reports meet, and only to show that they cannot be one series.
 */

const both = (f: (lang: Lang) => string): Bilingual => ({ en: f('en'), zh: f('zh') });

export type BreakId = 'implied-2017' | 'implied-2019' | 'balance' | 'usd-2015';

export interface BreakItem {
  id: BreakId;
  title: Bilingual;
  /** The arithmetic, computed from the stored figures, one line each: "16.64 ÷ 1.10 ≈ 15.1亿元". */
  formulas: Bilingual[];
  /** What it shows, in a sentence: "…; 2017 as published: 55.29亿元." */
  note: Bilingual;
  /** The figures it is computed from, in the order the formula uses them. */
  figureIds: string[];
  /** The values computed, in base units, by name. */
  computed: Record<string, number>;
}

/** The decimals a stored value is written with: 10 → 0, 14.45 → 2. */
function decimalsOf(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/** 1 + r/100, written with the decimals r has plus two: 10% → "1.10", 14.45% → "1.1445". */
function growthFactor(rate: Figure, lang: Lang): string {
  const decimals = decimalsOf(rate.value) + 2;
  return nf(lang, decimals, true, false).format(1 + rate.value / 100);
}

/**
 * The figures of a value implied by dividing a stated one by a published growth factor: down to
 * ten times the stated value's last digit. The rate is itself rounded (10% may be 9.5%), so the
 * quotient does not keep every digit of what is divided: 16.64 ÷ 1.10 ≈ 15.1, 141.57 ÷ 1.1445 ≈ 123.7.
 */
function impliedFigures(result: number, divided: Figure): number {
  const lastDigit = leadingExponent(divided.value) - figuresOf(divided) + 1;
  return Math.max(1, leadingExponent(result) - (lastDigit + 1) + 1);
}

/** A stored value without its unit where the result it leads to shares it: "16.64" before "≈ 15.1亿元". */
function operand(figure: Figure, result: string, lang: Lang): string {
  const full = formatFigure(figure, lang);
  const a = splitNumber(full);
  const b = splitNumber(result);
  return a.before === '' && a.after === b.after ? a.number : full;
}

function impliedBack(
  id: 'implied-2017' | 'implied-2019',
  stated: Figure,
  rate: Figure,
  published: Figure,
  title: (statedYear: number, backYear: number, publishedYear: number) => Bilingual,
): BreakItem | undefined {
  const statedYear = periodYear(stated.period);
  const publishedYear = periodYear(published.period);
  if (statedYear === undefined || publishedYear === undefined) return undefined;
  const implied = stated.value / (1 + rate.value / 100);
  const figures = impliedFigures(implied, stated);
  const result = (lang: Lang) => formatValue(implied, stated.unit, lang, { significant: figures });
  const rateText = (lang: Lang) => formatChange(rate.value, lang, { decimals: 4 });
  return {
    id,
    title: title(statedYear, statedYear - 1, publishedYear),
    formulas: [
      both((lang) => `${operand(stated, result(lang), lang)} ÷ ${growthFactor(rate, lang)} ≈ ${result(lang)}`),
    ],
    note: {
      en: `${formatFigure(stated, 'en')} in ${statedYear} at ${rateText('en')} on the year before implies ${result('en')} for ${statedYear - 1}; ${publishedYear} as published: ${formatFigure(published, 'en')}.`,
      zh: `${yearLabel(statedYear, 'zh')}${formatFigure(stated, 'zh')}、同比${rateText('zh')}，倒推${yearLabel(statedYear - 1, 'zh')}约为${result('zh')}；而${yearLabel(publishedYear, 'zh')}公布为${formatFigure(published, 'zh')}。`,
    },
    figureIds: [stated.id, rate.id, published.id],
    computed: { implied },
  };
}

function get(catalog: Catalog, id: string): Figure | undefined {
  return catalog.figures.get(id);
}

/**
 * "a − b = c" with each number's unit written once where they share it: "141.57 − 131.62 =
 * 9.95亿元", "14.157 − 13.162 billion yuan = 995 million yuan".
 */
function minus(a: Figure, b: Figure, result: string, lang: Lang): string {
  const [x, y, z] = [formatFigure(a, lang), formatFigure(b, lang), result].map(splitNumber);
  if (!x || !y || !z) return `${formatFigure(a, lang)} − ${formatFigure(b, lang)} = ${result}`;
  const sameUnit = x.before === y.before && x.after === y.after;
  if (sameUnit && y.after === z.after && y.before === z.before) return `${x.number} − ${y.number} = ${result}`;
  if (sameUnit) return `${x.number} − ${formatFigure(b, lang)} = ${result}`;
  return `${formatFigure(a, lang)} − ${formatFigure(b, lang)} = ${result}`;
}

function balanceItem(catalog: Catalog): BreakItem | undefined {
  const exports2018 = get(catalog, BREAK_FIGURES.exports2018);
  const imports2018 = get(catalog, BREAK_FIGURES.imports2018);
  const exports2020 = get(catalog, BREAK_FIGURES.exports2020);
  const trade2020 = get(catalog, BREAK_FIGURES.trade2020);
  if (!exports2018 || !imports2018 || !exports2020 || !trade2020) return undefined;
  const y2018 = periodYear(exports2018.period);
  const y2020 = periodYear(exports2020.period);
  if (y2018 === undefined || y2020 === undefined) return undefined;
  const balance2018 = exports2018.value - imports2018.value;
  const imports2020 = trade2020.value - exports2020.value;
  const balance2020 = exports2020.value - imports2020;
  const shown = (value: number, figures: number, lang: Lang) =>
    formatValue(value, exports2018.unit, lang, { significant: figures });
  const deficit = (lang: Lang) => shown(balance2018, figuresOfSum(balance2018, [exports2018, imports2018]), lang);
  const imports = (lang: Lang) => shown(imports2020, figuresOfSum(imports2020, [trade2020, exports2020]), lang);
  // 131.62 − (141.57 − 131.62): its figures are those of a sum of the two stored terms.
  const surplus = (lang: Lang) => shown(balance2020, figuresOfSum(balance2020, [exports2020, trade2020]), lang);
  const f = formatFigure;
  const kind = (value: number, lang: Lang) =>
    value < 0 ? (lang === 'zh' ? '逆差' : 'a deficit') : lang === 'zh' ? '顺差' : 'a surplus';
  return {
    id: 'balance',
    title: {
      en: `${y2018} shows ${kind(balance2018, 'en')} where ${y2020} shows ${kind(balance2020, 'en')}`,
      zh: `${yearLabel(y2018, 'zh')}为${kind(balance2018, 'zh')}，${yearLabel(y2020, 'zh')}却为${kind(balance2020, 'zh')}`,
    },
    formulas: [
      {
        en: `${y2018}: exports ${f(exports2018, 'en')} − imports ${f(imports2018, 'en')} = ${deficit('en')}, ${kind(balance2018, 'en')}`,
        zh: `${yearLabel(y2018, 'zh')}：出口${f(exports2018, 'zh')} − 进口${f(imports2018, 'zh')} = ${deficit('zh')}，${kind(balance2018, 'zh')}`,
      },
      {
        en: `${y2020}: exports ${f(exports2020, 'en')} of ${f(trade2020, 'en')} traded, so imports ${minus(trade2020, exports2020, imports('en'), 'en')} and exports − imports = ${surplus('en')}, ${kind(balance2020, 'en')}`,
        zh: `${yearLabel(y2020, 'zh')}：进出口${f(trade2020, 'zh')}中出口${f(exports2020, 'zh')}，进口${minus(trade2020, exports2020, imports('zh'), 'zh')}，出口 − 进口 = ${surplus('zh')}，${kind(balance2020, 'zh')}`,
      },
    ],
    note: {
      en: 'The two reports cannot be counting the same trade: the scope changed between them.',
      zh: '两份报道统计的不是同一范围：口径已经改变。',
    },
    figureIds: [exports2018.id, imports2018.id, exports2020.id, trade2020.id],
    computed: { balance2018, imports2020, balance2020 },
  };
}

function usdItem(catalog: Catalog): BreakItem | undefined {
  const usd = PUBLISHED_MEASURES.flatMap((measure) =>
    measure.figureIds.flatMap((id) => {
      const figure = get(catalog, id);
      return figure?.unit === 'USD' && figure.period.kind === 'year' && figure.period.year === BREAK_FIGURES.usdYear
        ? [{ figure, measure }]
        : [];
    }),
  );
  if (usd.length === 0) return undefined;
  const year = BREAK_FIGURES.usdYear;
  return {
    id: 'usd-2015',
    title: { en: `${year} is in US dollars`, zh: `${yearLabel(year, 'zh')}以美元计` },
    formulas: [
      both((lang) =>
        joinList(
          usd.map(
            ({ figure, measure }) => `${measure.label[lang]}${punctuation(lang).gap}${formatFigure(figure, lang)}`,
          ),
          lang,
          'semicolon',
        ),
      ),
    ],
    note: {
      en: `No yuan figure is published for ${year}, and none is converted here: a rate would add a number no source gives.`,
      zh: '当年没有人民币公布值，此处也不作换算：换算会添上来源没有的数字。',
    },
    figureIds: usd.map(({ figure }) => figure.id),
    computed: {},
  };
}

/**
 * The contradictions that show the reports are not one series, each computed from the stored
 * figures (never typed in) and written as the formula a reader can check.
 */
export function publishedBreak(catalog: Catalog): BreakItem[] {
  const items: (BreakItem | undefined)[] = [];
  const trade2018 = get(catalog, BREAK_FIGURES.trade2018);
  const rate2018 = get(catalog, BREAK_FIGURES.trade2018Growth);
  const trade2017 = get(catalog, BREAK_FIGURES.trade2017);
  if (trade2018 && rate2018 && trade2017)
    items.push(
      impliedBack('implied-2017', trade2018, rate2018, trade2017, (stated, back) => ({
        en: `${stated}’s growth does not lead back to ${back} as published`,
        zh: `按${yearLabel(stated, 'zh')}增速倒推的${yearLabel(back, 'zh')}与公布值不符`,
      })),
    );
  const trade2020 = get(catalog, BREAK_FIGURES.trade2020);
  const rate2020 = get(catalog, BREAK_FIGURES.trade2020Growth);
  if (trade2020 && rate2020 && trade2018)
    items.push(
      impliedBack('implied-2019', trade2020, rate2020, trade2018, (stated, back, published) => ({
        en: `${stated}’s growth leads back to a ${back} far from ${published} as published`,
        zh: `按${yearLabel(stated, 'zh')}增速倒推的${yearLabel(back, 'zh')}与${yearLabel(published, 'zh')}公布值相差悬殊`,
      })),
    );
  items.push(balanceItem(catalog), usdItem(catalog));
  return items.filter((i): i is BreakItem => i !== undefined);
}

/** The years between the first published point and the dataset's date that no point covers. */
export function yearsNotFound(charts: readonly ChartSpec[], asOf: string): number[] {
  const years = new Set(charts.flatMap((c) => c.years));
  const first = Math.min(...years);
  const last = Number.parseInt(asOf.slice(0, 4), 10);
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!years.has(y)) missing.push(y);
  return missing;
}

/** Runs of years as a reader writes them: "2012–2014, 2016, 2019 and 2021–2025" / "2012~2014年、2016年、2019年和2021~2025年". */
export function yearRuns(years: readonly number[], lang: Lang): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  const parts = runs.map(([a, b]) => yearRange(a, b, lang));
  if (parts.length < 2) return parts.join('');
  const head = joinList(parts.slice(0, -1), lang, lang === 'zh' ? 'enumeration' : 'comma');
  return `${head}${lang === 'zh' ? '和' : ' and '}${parts.at(-1)}`;
}

/** The sentence about the years no report gives, or undefined when every year has a figure. */
export function notFoundText(charts: readonly ChartSpec[], asOf: string): Bilingual | undefined {
  const missing = yearsNotFound(charts, asOf);
  if (missing.length === 0) return undefined;
  return {
    en: `No report gathered here gives a figure for ${yearRuns(missing, 'en')}: those years are left empty, never filled in.`,
    zh: `此处收集的报道均未给出${yearRuns(missing, 'zh')}的数据：这些年份留空，不作填补。`,
  };
}
