import type { Qualifier, Unit } from '../../data/schema';

/*
 * Cells of the spreadsheets teams keep, read as the exporters file needs them: amounts as
 * people write them (8000万元, US$12 million, 超过1.2亿), the unit and magnitude a header
 * names (出口额（万元）, Exports (US$ m)), and the total row at the foot of a table.
 */

/** Full-width digits, letters and punctuation as ASCII, wide and no-break spaces as spaces, trimmed. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2007\u202F]/g, ' ')
    .trim();
}

/** What a column's numbers are counted in: a unit where the header names one, and a multiplier. */
export interface ColumnScale {
  unit?: Unit;
  factor: number;
}

/** An amount as a cell writes it, in base units (yuan, dollars), never pre-scaled. */
export interface ValueCell {
  value: number;
  unit?: Unit;
  qualifier: Qualifier;
}

// Longest first, so that 百万 is not read as 百 then 万, nor `million` as `m` then `illion`.
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** Magnitude words as powers of ten; cells and headers both use these. */
const MAGNITUDES = new Map<string, number>([
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['亿', 8],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['万', 4],
  ['千', 3],
  ['thousand', 3],
  ['thousands', 3],
  ['k', 3],
  ['million', 6],
  ['millions', 6],
  ['mln', 6],
  ['mn', 6],
  ['m', 6],
  ['billion', 9],
  ['billions', 9],
  ['bn', 9],
]);

/** Only a header writes a magnitude as a number: (CNY 10,000), (USD '000). */
const HEADER_MAGNITUDES = new Map<string, number>([
  ...MAGNITUDES,
  ["'000", 3],
  ['000s', 3],
  ['000', 3],
  ['10,000', 4],
  ['10000', 4],
  ['10 000', 4],
  ['10k', 4],
  ['ten thousand', 4],
  ['100 million', 8],
  ['100m', 8],
  ['100,000,000', 8],
]);

/** A magnitude a header may name with no currency: a word, not a letter (Length (m) is not money). */
const BARE_HEADER_MAGNITUDES = new Set([
  ...[...MAGNITUDES.keys()].filter((w) => /[\u4e00-\u9fff]/.test(w) || w.length > 3),
  "'000",
  '000s',
  '10,000',
  'ten thousand',
  '100 million',
]);

const CURRENCIES = new Map<string, Unit>([
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['人民币元', 'CNY'],
  ['元人民币', 'CNY'],
  ['cny', 'CNY'],
  ['rmb', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['usd', 'USD'],
  ['us$', 'USD'],
  ['$', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'],
]);

const CUR = alternation(CURRENCIES.keys());
const MAG = alternation(MAGNITUDES.keys());
const HEADER_MAG = alternation(HEADER_MAGNITUDES.keys());

// A plain decimal, grouped by thousands or not, with an exponent as Excel may show one.
const NUM = String.raw`[+\-−]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?`;

const AT_LEAST_BEFORE = alternation([
  '超过',
  '超',
  '逾',
  '多于',
  '大于',
  '高于',
  '不少于',
  '不低于',
  '不下于',
  '至少',
  '最少',
  'over',
  'more than',
  'at least',
  'above',
  'greater than',
  'no less than',
  'not less than',
  'in excess of',
  'upwards of',
  'exceeding',
  '>=',
  '≥',
  '⩾',
  '>',
]);
const AT_LEAST_AFTER = alternation([
  '以上',
  '及以上',
  '或以上',
  '有余',
  '多',
  '余',
  '+',
  'or more',
  'and above',
  'or above',
  'plus',
]);
// Said of a rounded figure; the dataset keeps the stated number and has no qualifier for it.
const ABOUT_BEFORE = alternation([
  '约',
  '大约',
  '约合',
  '近',
  '将近',
  '接近',
  'about',
  'around',
  'approx.',
  'approx',
  'approximately',
  'circa',
  'ca.',
  'roughly',
  'nearly',
  'almost',
  '~',
  '≈',
  '≒',
]);
const ABOUT_AFTER = alternation(['左右', '上下', 'approx.', 'approx']);

const VALUE_CELL = new RegExp(
  '^' +
    `(?:(?:${ABOUT_BEFORE})\\s*)?` +
    `(?:(?<least>${AT_LEAST_BEFORE})\\s*)?` +
    `(?:(?<curBefore>${CUR})\\s*)?` +
    `(?<num>${NUM})\\s*` +
    `(?:(?<odd>多|余)\\s*)?` +
    // 1亿2000万: a second number of ten-thousands after the hundred-millions.
    `(?:(?<mag>${MAG})(?:\\s*(?<num2>${NUM})\\s*(?<mag2>万))?\\s*)?` +
    `(?:(?<curAfter>${CUR})\\s*)?` +
    `(?:(?<leastAfter>${AT_LEAST_AFTER})\\s*)?` +
    `(?:${ABOUT_AFTER})?` +
    '$',
);

/**
 * The number `text` writes, times ten to `power`, exact for what a decimal can say: the digits
 * are shifted as a string and converted once, so 1.2亿 is 120000000, not 1.2 × 1e8.
 */
function shifted(text: string, power: number): number | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.replace(/,/g, '').replace('−', '-'));
  if (!m || !/\d/.test(text)) return undefined;
  const [, sign, int, frac, exp] = m;
  const n = Number(`${sign}${int || '0'}.${frac || '0'}e${Number(exp ?? 0) + power}`);
  return Number.isFinite(n) ? n + 0 : undefined; // + 0: no -0
}

function powerOfTen(factor: number): number | undefined {
  const p = Math.round(Math.log10(factor));
  return Number.isFinite(p) && 10 ** p === factor ? p : undefined;
}

function scaled(text: string, factor: number): number | undefined {
  const p = powerOfTen(factor);
  if (p !== undefined) return shifted(text, p);
  const n = shifted(text, 0);
  // A factor such as 1000/3 cannot be exact; 15 figures drop the float noise of the product.
  const product = n === undefined ? NaN : Number((n * factor).toPrecision(15)) + 0;
  return Number.isFinite(product) ? product : undefined;
}

/** One unit for the words before and after a number, or null where they disagree. */
function unitOf(before: string | undefined, after: string | undefined): Unit | undefined | null {
  const a = before === undefined ? undefined : CURRENCIES.get(before);
  const b = after === undefined ? undefined : CURRENCIES.get(after);
  return a && b && a !== b ? null : (a ?? b);
}

/**
 * An amount as people write it in a cell, or undefined for anything that is not one number.
 * What the cell says wins over the column's scale: its own magnitude (1.2亿 under 万元 is
 * 120000000) and its own currency. A cell that writes a unit or a magnitude is read on its own
 * terms (8000元 under 万元 is 8000 yuan); only a bare number is multiplied by the header's factor.
 * The header's unit applies wherever the cell names none.
 *
 * 以上, 超过, over, at least, 5+ make it a lower bound ('atLeast'). 约, about, ≈, 左右 are read
 * as 'exact': the qualifiers have no "approximately", and the sources' own figures are rounded
 * the same way. Upper bounds (不足, under, <) have no qualifier either and are not read.
 */
export function parseValueCell(text: string, scale?: ColumnScale): ValueCell | undefined {
  const cell = halfWidth(text).replace(/\s+/g, ' ').toLowerCase();
  if (cell.length > 200) return undefined;
  const g = VALUE_CELL.exec(cell)?.groups;
  if (!g?.num) return undefined;
  const unit = unitOf(g.curBefore, g.curAfter);
  if (unit === null) return undefined;

  let value: number | undefined;
  if (g.mag) {
    value = shifted(g.num, MAGNITUDES.get(g.mag) ?? 0);
    if (g.num2 !== undefined) {
      // 1亿2000万 only: a hundred-millions figure then fewer than ten thousand ten-thousands.
      const rest = g.mag === '亿' && g.mag2 ? shifted(g.num2, 4) : undefined;
      if (value === undefined || rest === undefined || rest < 0 || rest >= 1e8) return undefined;
      value += rest;
    }
  } else {
    value = unit ? shifted(g.num, 0) : scaled(g.num, scale?.factor ?? 1);
  }
  if (value === undefined) return undefined;

  const cellUnit = unit ?? scale?.unit;
  const result: ValueCell = { value, qualifier: g.least || g.leastAfter || g.odd ? 'atLeast' : 'exact' };
  if (cellUnit) result.unit = cellUnit;
  return result;
}

const HEADER_SCALE = new RegExp(
  `^(?:(?<before>${CUR})\\s*)?(?:(?<mag>${HEADER_MAG})\\s*(?:of\\s*)?)?(?<after>${CUR})?$`,
);

function scaleOf(words: string): ColumnScale | undefined {
  const text = words
    .trim()
    .replace(/^(?:(?:计量单位|货币单位|单位|units|unit)\s*:?|in\s)\s*/, '')
    .trim();
  if (!text) return undefined;
  const g = HEADER_SCALE.exec(text)?.groups;
  if (!g || (!g.before && !g.after && !g.mag)) return undefined;
  const unit = unitOf(g.before, g.after);
  if (unit === null) return undefined;
  if (!unit && !(g.mag && BARE_HEADER_MAGNITUDES.has(g.mag))) return undefined;
  const power = g.mag ? (HEADER_MAGNITUDES.get(g.mag) ?? 0) : 0;
  const scale: ColumnScale = { factor: 10 ** power };
  if (unit) scale.unit = unit;
  return scale;
}

/**
 * The unit and magnitude a header names, in brackets of either width or after a separator:
 * 出口额（万元）, 出口额(亿元), Exports (US$ m), Exports, USD million, 金额（单位：万元）.
 * Undefined where it names none (Exports).
 */
export function headerScale(header: string): ColumnScale | undefined {
  const h = halfWidth(header)
    .replace(/[【〔]/g, '(')
    .replace(/[】〕]/g, ')')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const candidates = [...h.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '').reverse();
  const outside = h.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').trim();
  // After a separator, the last first: Exports, CNY 10,000 tries 000, then CNY 10,000.
  const separators = [...outside.matchAll(/[/,:;|]| in /g)].reverse();
  for (const m of separators) candidates.push(outside.slice(m.index + m[0].length));
  candidates.push(outside);
  // 出口额万元: the scale run on to the end of the word it qualifies.
  const runOn = new RegExp(`(?:额|值)\\s*((?:${CUR})?\\s*(?:${HEADER_MAG})?\\s*(?:${CUR})?)$`).exec(outside)?.[1];
  if (runOn) candidates.push(runOn);
  for (const words of candidates) {
    const scale = scaleOf(words);
    if (scale) return scale;
  }
  return undefined;
}

const TOTAL_WORDS = new Set([
  '合计',
  '总计',
  '小计',
  '共计',
  '总合计',
  'total',
  'totals',
  'sum',
  'grand total',
  'subtotal',
  'sub-total',
  'sub total',
]);

/** A plain number: the 序号 column before a label, not a label. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?[.、]?$/;

/**
 * A table's total row: its first cell that says anything other than a number is 合计, 总计,
 * 小计, 共计, Total, Sum or Grand total (case, a colon and spaces between characters aside).
 * Cells of dashes or slashes alone are blanks a spreadsheet user typed, not labels.
 */
export function isTotalRow(cells: readonly string[]): boolean {
  for (const raw of cells) {
    const cell = halfWidth(raw).replace(/\s+/g, ' ').toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(cell)) continue;
    if (PLAIN_NUMBER.test(cell)) continue;
    const label = cell
      .replace(/\([^()]*\)$/, '')
      .replace(/:+$/, '')
      .trim()
      .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '');
    return TOTAL_WORDS.has(label);
  }
  return false;
}
