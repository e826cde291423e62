import type { Period } from '../../data/schema';
import { isYear } from '../../data/vocabulary';
import { halfWidth } from './cell-values';

/*
 * A period cell of an imported file read back to a Period: every form periodCell writes (see
 * period-text.ts), in either language, and the forms teams' spreadsheets use. Only the importer
 * loads this.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or a Chinese one (2018年5月26日) as ISO, if it is a real date. */
function isoDate(text: string): string | undefined {
  const parts =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text) ??
    /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/.exec(text);
  if (!parts) return undefined;
  const [, y, m, d] = parts;
  const year = Number(y);
  if (m === undefined) return String(year);
  const month = Number(m);
  if (!isMonth(month)) return undefined;
  if (d === undefined) return `${year}-${pad(month)}`;
  const day = Number(d);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthSpan(year: number, from: number, to: number): Period | undefined {
  return isYear(year) && isMonth(from) && isMonth(to) && from <= to ? { kind: 'months', year, from, to } : undefined;
}

const DASH = '[-–—~～至]';
// A year in Chinese: 2023年, 2023年度.
const NIAN = '(?:年度?)?';
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Period | undefined][] = [
  [new RegExp(`^(\\d{4})\\s*${NIAN}$`), ([, y]) => (isYear(Number(y)) ? { kind: 'year', year: Number(y) } : undefined)],
  [
    new RegExp(`^(\\d{4})\\s*${NIAN}\\s*${DASH}\\s*(\\d{4})\\s*${NIAN}$`),
    ([, a, b]) => {
      const from = Number(a);
      const to = Number(b);
      return isYear(from) && isYear(to) && from <= to ? { kind: 'range', from, to } : undefined;
    },
  ],
  [/^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月份?)$/, ([, y, a, b]) => month(Number(y), Number(a ?? b))],
  [
    /^(\d{4})-(\d{1,2})\s*(?:to|–|—|~|～|至)\s*(\d{4})-(\d{1,2})$/,
    ([, y1, from, y2, to]) => (y1 === y2 ? monthSpan(Number(y1), Number(from), Number(to)) : undefined),
  ],
  [
    new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月?\\s*${DASH}\\s*(\\d{1,2})\\s*月份?$`),
    ([, y, from, to]) => monthSpan(Number(y), Number(from), Number(to)),
  ],
  // 2023.1-6, 2023/01-06: the dot or slash says year and month; 2023-1-6 could be a date.
  [
    new RegExp(`^(\\d{4})\\s*[./]\\s*(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})$`),
    ([, y, from, to]) => monthSpan(Number(y), Number(from), Number(to)),
  ],
  // 2023年1月-2023年6月, 2023.01-2023.06: the year written twice, the same both times.
  [
    new RegExp(
      `^(\\d{4})\\s*(?:[./-]|年)\\s*(\\d{1,2})\\s*月?\\s*${DASH}\\s*(\\d{4})\\s*(?:[./-]|年)\\s*(\\d{1,2})\\s*月?$`,
    ),
    ([, y1, from, y2, to]) => (y1 === y2 ? monthSpan(Number(y1), Number(from), Number(to)) : undefined),
  ],
  [/^(\d{4})\s*年?\s*(上|下)半年$/, ([, y, which]) => half(Number(y), which === '上' ? '1' : '2')],
  [/^(\d{4})\s*-?\s*h([12])$|^h([12])\s*-?\s*(\d{4})$/, ([, y1, h1, h2, y2]) => half(Number(y1 ?? y2), h1 ?? h2)],
  [
    /^(\d{4})\s*年?\s*(?:第\s*)?([一二三四1-4])\s*季度$/,
    ([, y, q]) => quarters(Number(y), QUARTERS[q ?? ''], QUARTERS[q ?? '']),
  ],
  [/^(\d{4})\s*年?\s*前\s*([两二三2-3])\s*(?:个)?季度$/, ([, y, q]) => quarters(Number(y), 1, QUARTERS[q ?? ''])],
  [
    new RegExp(`^(\\d{4})\\s*年?\\s*(?:第\\s*)?([一二三四1-4])\\s*${DASH}\\s*([一二三四1-4])\\s*季度$`),
    ([, y, a, b]) => quarters(Number(y), QUARTERS[a ?? ''], QUARTERS[b ?? '']),
  ],
  [
    /^(\d{4})\s*-?\s*q([1-4])$|^q([1-4])\s*-?\s*(\d{4})$/,
    ([, y1, q1, q2, y2]) => quarters(Number(y1 ?? y2), Number(q1 ?? q2), Number(q1 ?? q2)),
  ],
  [/^(?:annual|annually|yearly|per year|每年|年度)$/, () => ({ kind: 'annual' })],
  [/^cumulative\s+(?:to|until|up to)\s+(.+)$/, ([, date]) => cumulative(date)],
  [/^截至\s*(.+?)\s*(?:的)?累计$/, ([, date]) => cumulative(date)],
  [/^announced\s+(?:in\s+)?(\d{4})$/, ([, y]) => announced(Number(y))],
  [/^(\d{4})\s*年\s*公布$/, ([, y]) => announced(Number(y))],
];

function quarters(year: number, first: number | undefined, last: number | undefined): Period | undefined {
  return first === undefined || last === undefined ? undefined : monthSpan(year, first * 3 - 2, last * 3);
}

function half(year: number, h: string | undefined): Period | undefined {
  return h === '1' ? monthSpan(year, 1, 6) : h === '2' ? monthSpan(year, 7, 12) : undefined;
}

function month(year: number, m: number): Period | undefined {
  return isYear(year) && isMonth(m) ? { kind: 'month', year, month: m } : undefined;
}

function cumulative(date: string | undefined): Period | undefined {
  const until = date === undefined ? undefined : isoDate(date.trim());
  return until ? { kind: 'cumulative', until } : undefined;
}

function announced(year: number): Period | undefined {
  return isYear(year) ? { kind: 'announced', year } : undefined;
}

/** The period a cell names, in either language's form, or undefined for one it cannot read. */
export function parsePeriodCell(text: string): Period | undefined {
  const cell = halfWidth(text).replace(/\s+/g, ' ').toLowerCase();
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(cell);
    if (m) return read(m);
  }
  return undefined;
}
