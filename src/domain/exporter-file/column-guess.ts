import { clean, columnOf, type ColumnKey } from './columns';
import { halfWidth, headerScale, parseValueCell } from './cell-values';

/*
 * Which column of a team's own spreadsheet is which: its headers are whatever the team wrote
 * (企业名称, 所在城市, 2023年出口额（万元）), above them may be a title, and a first column
 * may just count the rows. These guesses are a starting point the user can correct.
 */

export type ColumnRole =
  | 'id'
  | 'name_en'
  | 'name_zh'
  | 'city'
  | 'sector'
  | 'markets'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'period'
  | 'note'
  | 'source'
  | 'synthetic'
  | 'keep'
  | 'ignore';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when a column of the file is not a role, or a role other than keep/ignore is no column. */
export type RolesAreColumns = Assert<Same<Exclude<ColumnRole, 'keep' | 'ignore'>, ColumnKey>>;

type Guessed = 'name' | 'row-number' | Exclude<ColumnRole, 'name_en' | 'name_zh'>;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Header words in the order they are tried; `exact` must be the whole header, `within` may be
 * part of it. The order settles overlaps: 出口国家和地区 is markets before 地区 makes it a city,
 * 行业名称 is a sector before 名称 makes it a name, 年度出口额 a value before 年度 a period.
 */
const RULES: readonly { role: Guessed; exact: readonly string[]; within?: RegExp }[] = [
  { role: 'row-number', exact: ['序号', 'no.', 'no', '#', 'nr.', 's/n', 's.no.', 'sn', '行号'] },
  { role: 'id', exact: ['企业编号', '统一社会信用代码', '社会信用代码', '信用代码'] },
  {
    role: 'name',
    exact: [
      '企业名称',
      '公司名称',
      '单位名称',
      '机构名称',
      '主体名称',
      '名称',
      '企业',
      '公司',
      '企业名',
      '公司名',
      '出口企业',
      '申报单位',
      '申报企业',
      'company',
      'company name',
      'name',
      'enterprise',
      'enterprise name',
      'firm',
      'firm name',
      'exporter',
      'organisation',
      'organization',
    ],
  },
  {
    role: 'markets',
    exact: ['市场', '出口市场', '主要市场', '目的地', '出口目的地', '国别', 'markets', 'market', 'destinations'],
    within: /市场|目的地|国家|国别|\bmarkets?\b|\bdestinations?\b|\bcountries\b/,
  },
  {
    role: 'city',
    exact: [
      '城市',
      '所在城市',
      '所在地',
      '所属城市',
      '地区',
      '所在地区',
      '所属地区',
      '地市',
      '设区市',
      '市',
      'city',
      'location',
      'region',
    ],
    within: /城市|所在地|地区|地市|\bcity\b|\blocation\b|\bregion\b/,
  },
  {
    role: 'sector',
    exact: [
      '行业',
      '所属行业',
      '行业类别',
      '行业分类',
      '领域',
      '类别',
      '门类',
      '产业',
      'sector',
      'industry',
      'category',
    ],
    within: /行业|领域|类别|产业|\bsector\b|\bindustry\b|\bcategory\b/,
  },
  {
    role: 'source',
    exact: ['来源', '数据来源', '资料来源', '信息来源', '出处', 'source', 'sources', 'data source'],
    within: /来源|出处|\bsources?\b/,
  },
  {
    role: 'note',
    exact: ['备注', '说明', '附注', '注', '注释', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments'],
    within: /备注|说明|附注|\bnotes?\b|\bremarks?\b|\bcomments?\b/,
  },
  {
    role: 'value',
    exact: ['出口额', '出口金额', '出口总额', '出口值', '金额', '数值', 'exports', 'value', 'amount', 'export value'],
    within: /出口额|金额|数值|总额|出口值|\bexports?\b|\bvalue\b|\bamount\b/,
  },
  { role: 'unit', exact: ['单位', '计量单位', '货币单位', '币种', '货币', 'unit', 'units', 'currency'] },
  { role: 'qualifier', exact: ['限定', '限定词', 'qualifier'] },
  {
    role: 'period',
    exact: ['时期', '年份', '年度', '期间', '统计期', '统计期间', '统计年度', '时间', '报告期', 'period', 'year'],
    within: /时期|年份|年度|期间|\bperiod\b|\byear\b/,
  },
  {
    role: 'name',
    exact: [],
    within: /名称|企业名|公司名|\bname\b|\bcompany\b|\benterprise\b|\bexporter\b/,
  },
];

/** How sure a guess is: the dashboard's own header, a whole header it knows, a word within one. */
type Strength = 0 | 1 | 2;

interface Header {
  /** Half-width, trimmed, lower case, no trailing colon: for the dashboard's own headers. */
  whole: string;
  /** And without brackets, a year before or after, or spaces beside Chinese. */
  words: string;
  /** What the brackets said: 名称（英文）. */
  aside: string;
}

function readHeader(header: string): Header {
  const whole = clean(halfWidth(header))
    .replace(/[【〔]/g, '(')
    .replace(/[】〕]/g, ')')
    .replace(/\s+/g, ' ')
    .replace(/\s*:+$/, '')
    .toLowerCase();
  const aside = [...whole.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '').join(' ');
  const words = whole
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/^(?:19|20)\d{2}\s*(?:年度?)?/, '')
    .replace(/\s(?:19|20)\d{2}$/, '')
    .replace(/(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])/g, '')
    .replace(/\s*:+$/, '')
    .trim();
  return { whole, words, aside };
}

/** The sample counts the rows, 1, 2, 3…: a row number, not an id. Blank cells aside. */
function isRowNumbers(sample: readonly string[]): boolean {
  const filled = sample.map((c) => halfWidth(c)).filter(Boolean);
  return filled.length > 0 && filled.every((c, i) => new RegExp(`^0*${i + 1}[.、]?$`).test(c));
}

const filledCells = (sample: readonly string[]) => sample.map((c) => halfWidth(c)).filter(Boolean);

/** Unit words the importer or a header could mean: CNY, 元, 万元, US$, %. */
function looksLikeUnit(cell: string): boolean {
  return (
    headerScale(cell) !== undefined ||
    /^(?:cny|usd|percent|%|rank|minutes|hours|count|countries-regions|cny-per-usd)$/i.test(halfWidth(cell))
  );
}

function nameRole(header: Header, sample: readonly string[]): 'name_en' | 'name_zh' {
  const hint = `${header.aside} ${header.words}`;
  if (/英文|english|\ben\b|拼音|pinyin/.test(hint)) return 'name_en';
  if (/中文|chinese|\bzh\b|\bcn\b|汉字/.test(hint)) return 'name_zh';
  const filled = filledCells(sample);
  const zh = filled.filter((c) => CJK.test(c)).length;
  if (zh * 2 > filled.length) return 'name_zh';
  if (zh * 2 < filled.length) return 'name_en';
  // No sample, or as many of each: the header's own script.
  return CJK.test(header.words) ? 'name_zh' : 'name_en';
}

function guess(header: string, sample: readonly string[]): { role: ColumnRole; strength: Strength } {
  const h = readHeader(header);
  const filled = filledCells(sample);
  if (!h.whole && filled.length === 0) return { role: 'ignore', strength: 2 };

  // 编号 is the dashboard's own header for id, and a spreadsheet's for a row number.
  if (h.words === '编号' && isRowNumbers(sample)) return { role: 'ignore', strength: 1 };
  // 单位 is also a Chinese word for the company itself: believe the cells.
  if (h.words === '单位' && filled.length > 0 && filled.filter(looksLikeUnit).length * 2 < filled.length) {
    return { role: nameRole(h, sample), strength: 1 };
  }
  const own = columnOf(h.whole) ?? columnOf(header);
  if (own) return { role: own, strength: 0 };

  for (const rule of RULES) {
    const strength: Strength | undefined = rule.exact.includes(h.words)
      ? 1
      : rule.within?.test(h.words)
        ? 2
        : undefined;
    if (strength === undefined) continue;
    if (rule.role === 'row-number') {
      return { role: filled.length === 0 || isRowNumbers(sample) ? 'ignore' : 'id', strength };
    }
    if (rule.role === 'name') return { role: nameRole(h, sample), strength };
    return { role: rule.role, strength };
  }
  if (headerScale(header)) return { role: 'value', strength: 2 };
  return { role: 'keep', strength: 2 };
}

/**
 * The role of a column from its header, in either language, and a sample of its cells: the
 * dashboard's own headers as they are; then the words teams use (企业名称, 所在城市, Exports,
 * Remarks…) and any header that names a unit (出口额（万元）) as a value. A name is Chinese or
 * English by the script of most of its cells. A row-number column (序号, No., # over 1, 2, 3…)
 * is ignored; under 编号 anything but 1, 2, 3 is an id. Headers it does not know are kept.
 */
export function guessRole(header: string, sample: readonly string[]): ColumnRole {
  return guess(header, sample).role;
}

/**
 * The role of every column, from the header and up to the first 50 data rows. A role is given
 * once: the dashboard's own header first, then a whole header it knows, then a word within one,
 * each from the left; a second column of a role is kept as it is. A Chinese and an English name
 * may both be present.
 */
export function guessRoles(header: readonly string[], rows: readonly (readonly string[])[]): ColumnRole[] {
  const sample = rows.slice(0, 50);
  const guesses = header.map((h, i) =>
    guess(
      h,
      sample.map((row) => row[i] ?? ''),
    ),
  );
  const roles: ColumnRole[] = guesses.map((g) => g.role);
  const taken = new Set<ColumnRole>();
  for (const strength of [0, 1, 2] as const) {
    guesses.forEach((g, i) => {
      if (g.strength !== strength || g.role === 'keep' || g.role === 'ignore') return;
      if (taken.has(g.role)) roles[i] = 'keep';
      else taken.add(g.role);
    });
  }
  return roles;
}

const filledCount = (row: readonly string[]) => row.reduce((n, c) => (halfWidth(c) ? n + 1 : n), 0);
const isTextCell = (cell: string) => halfWidth(cell) !== '' && parseValueCell(cell) === undefined;

/**
 * The index of the header row among the first 20: the first with two or more cells filled, most
 * of them words rather than numbers, about as wide as the table, and followed by rows of about
 * its width. Title rows above it (one cell, or a few where the table has many: 附件1, 单位：万元,
 * 填报日期) are passed over. 0 where nothing fits, as for an ordinary file.
 */
export function findHeaderRow(grid: readonly (readonly string[])[]): number {
  const counts = grid.slice(0, 70).map(filledCount);
  const width = Math.max(0, ...counts);
  const last = Math.min(grid.length, 20);
  for (let i = 0; i < last; i++) {
    const row = grid[i] ?? [];
    const filled = counts[i] ?? 0;
    if (filled < 2 || filled * 2 < width) continue;
    if (row.filter(isTextCell).length * 2 <= filled) continue;
    // The rows below: the table, or nothing. A header names at least most of its columns.
    const below = counts
      .slice(i + 1, i + 30)
      .filter((n) => n > 0)
      .slice(0, 5);
    if (below.length > 0) {
      if (filled < 0.75 * Math.max(...below)) continue;
      if (!below.some((n) => n * 2 >= filled)) continue;
    }
    return i;
  }
  return 0;
}
