import type { Period } from '../../data/schema';
import type { Lang } from '../format';

/*
 * A key figure's period as a cell of the exporters file: the dataset's own terms, in words a
 * spreadsheet user reads, that the importer reads back to the same period. Each language
 * writes its own form; either form is read under either set of headers.
 *
 *   kind        English                   Chinese
 *   year        2020                      2020
 *   range       2019-2020                 2019-2020
 *   month       2020-11                   2020年11月
 *   months      2011-01 to 2011-10        2011年1—10月
 *   annual      annual                    每年
 *   cumulative  cumulative to 2018-05     截至2018-05累计
 *   announced   announced 2021            2021年公布
 *
 * Dates stay ISO (YYYY, YYYY-MM, YYYY-MM-DD) as the dataset stores them; a Chinese date
 * (2018年5月) is read too, and the forms teams' own spreadsheets use: 2023年度, 2019~2020,
 * 2019至2020年, 2023年1月-6月, 2023.1-6, 2023/06, 2023年上半年, 2023年一季度, 2023 Q1,
 * full-width digits. 2023-1-6 is not read as months: it is as much a date. The reading is in
 * period-read.ts, apart, so that the exports (on every exporters page) do not carry it.
 */

const pad = (n: number) => String(n).padStart(2, '0');

interface Words {
  month: (year: number, month: number) => string;
  months: (year: number, from: number, to: number) => string;
  annual: string;
  cumulative: (until: string) => string;
  announced: (year: number) => string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    month: (y, m) => `${y}-${pad(m)}`,
    months: (y, from, to) => `${y}-${pad(from)} to ${y}-${pad(to)}`,
    annual: 'annual',
    cumulative: (until) => `cumulative to ${until}`,
    announced: (y) => `announced ${y}`,
  },
  zh: {
    month: (y, m) => `${y}年${m}月`,
    months: (y, from, to) => `${y}年${from}—${to}月`,
    annual: '每年',
    cumulative: (until) => `截至${until}累计`,
    announced: (y) => `${y}年公布`,
  },
};

/** The period as the file writes it, in the file's language. */
export function periodCell(period: Period, lang: Lang): string {
  const words = WORDS[lang];
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'range':
      return `${period.from}-${period.to}`;
    case 'month':
      return words.month(period.year, period.month);
    case 'months':
      return words.months(period.year, period.from, period.to);
    case 'annual':
      return words.annual;
    case 'cumulative':
      return words.cumulative(period.until);
    case 'announced':
      return words.announced(period.year);
  }
}
