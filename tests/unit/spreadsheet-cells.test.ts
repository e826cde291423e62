import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  halfWidth,
  headerScale,
  isTotalRow,
  parseValueCell,
  type ColumnScale,
  type ValueCell,
} from '../../src/domain/exporter-file/cell-values';
import { COLUMN_HEADERS, COLUMN_KEYS } from '../../src/domain/exporter-file/columns';
import { findHeaderRow, guessRole, guessRoles, type ColumnRole } from '../../src/domain/exporter-file/column-guess';

/*
 * The cells of the spreadsheets teams keep: amounts as people write them, the unit a header
 * names, a total row, which column is which and where the header is.
 */

const WAN_YUAN: ColumnScale = { unit: 'CNY', factor: 1e4 };
const USD_M: ColumnScale = { unit: 'USD', factor: 1e6 };

describe('halfWidth', () => {
  it.each([
    ['１２,３４５', '12,345'],
    ['１２，３４５', '12,345'],
    ['（万元）', '(万元)'],
    ['ＵＳ＄１２ｍ', 'US$12m'],
    ['\u3000合计：\u3000', '合计:'],
    ['\u00A0 8000\u00A0万元 ', '8000 万元'],
    ['～', '~'],
    ['already ascii', 'already ascii'],
    ['中文不变', '中文不变'],
  ])('%j → %j', (text, expected) => {
    expect(halfWidth(text)).toBe(expected);
  });
});

describe('headerScale', () => {
  it.each<[string, ColumnScale | undefined]>([
    ['2023年出口额（万元）', { unit: 'CNY', factor: 1e4 }],
    ['出口额(亿元)', { unit: 'CNY', factor: 1e8 }],
    ['（万美元）', { unit: 'USD', factor: 1e4 }],
    ['(元)', { unit: 'CNY', factor: 1 }],
    ['出口额（美元）', { unit: 'USD', factor: 1 }],
    ['出口额【万元】', { unit: 'CNY', factor: 1e4 }],
    ['金额（单位：万元）', { unit: 'CNY', factor: 1e4 }],
    ['单位：万元', { unit: 'CNY', factor: 1e4 }],
    ['出口额/万元', { unit: 'CNY', factor: 1e4 }],
    ['出口额万元', { unit: 'CNY', factor: 1e4 }],
    ['出口额（万元人民币）', { unit: 'CNY', factor: 1e4 }],
    ['出口额（人民币万元）', { unit: 'CNY', factor: 1e4 }],
    ['出口额（百万美元）', { unit: 'USD', factor: 1e6 }],
    ['出口额（万）', { factor: 1e4 }],
    ['Exports (US$ m)', { unit: 'USD', factor: 1e6 }],
    ['Exports (USD million)', { unit: 'USD', factor: 1e6 }],
    ['Exports (US$ million)', { unit: 'USD', factor: 1e6 }],
    ['Exports (US$m)', { unit: 'USD', factor: 1e6 }],
    ['Exports (million USD)', { unit: 'USD', factor: 1e6 }],
    ['Exports (USD bn)', { unit: 'USD', factor: 1e9 }],
    ["Exports (USD '000)", { unit: 'USD', factor: 1e3 }],
    ['Exports (CNY 10,000)', { unit: 'CNY', factor: 1e4 }],
    ['Exports (RMB m)', { unit: 'CNY', factor: 1e6 }],
    ['Exports (RMB 100 million)', { unit: 'CNY', factor: 1e8 }],
    ['Exports (yuan)', { unit: 'CNY', factor: 1 }],
    ['Exports (10,000 yuan)', { unit: 'CNY', factor: 1e4 }],
    ['Exports (¥)', { unit: 'CNY', factor: 1 }],
    ['Exports (million)', { factor: 1e6 }],
    ['Exports, USD million', { unit: 'USD', factor: 1e6 }],
    ['Exports, CNY 10,000', { unit: 'CNY', factor: 1e4 }],
    ['Exports in US$ million', { unit: 'USD', factor: 1e6 }],
    ['Exports (Unit: USD)', { unit: 'USD', factor: 1 }],
    ['Exports', undefined],
    ['出口额', undefined],
    ['2023年出口额', undefined],
    ['单位', undefined],
    ['单元', undefined],
    ['Length (m)', undefined],
    ['Share (%)', undefined],
    ['出口额（欧元）', undefined],
    ['出口额（港元）', undefined],
    ['出口额（元/吨）', undefined],
    ['Exports (USD 元)', undefined],
    ['', undefined],
  ])('%j', (header, expected) => {
    expect(headerScale(header)).toEqual(expected);
  });
});

describe('parseValueCell', () => {
  const exact = (value: number, unit?: ValueCell['unit']): ValueCell =>
    unit ? { value, unit, qualifier: 'exact' } : { value, qualifier: 'exact' };
  const atLeast = (value: number, unit?: ValueCell['unit']): ValueCell =>
    unit ? { value, unit, qualifier: 'atLeast' } : { value, qualifier: 'atLeast' };

  it.each<[string, ColumnScale | undefined, ValueCell | undefined]>([
    ['8000万元', undefined, exact(80_000_000, 'CNY')],
    ['1.2亿', undefined, exact(120_000_000)],
    ['1.2亿', WAN_YUAN, exact(120_000_000, 'CNY')],
    ['1.2亿元', undefined, exact(120_000_000, 'CNY')],
    ['0.3亿', undefined, exact(30_000_000)],
    ['１２,３４５', undefined, exact(12_345)],
    ['１２,３４５', WAN_YUAN, exact(123_450_000, 'CNY')],
    ['3,500', undefined, exact(3_500)],
    ['3500.5', undefined, exact(3_500.5)],
    ['3500.5', WAN_YUAN, exact(35_005_000, 'CNY')],
    ['0.1', WAN_YUAN, exact(1_000, 'CNY')],
    ['0.07', { unit: 'CNY', factor: 1e8 }, exact(7_000_000, 'CNY')],
    ['1.1', { unit: 'CNY', factor: 1e8 }, exact(110_000_000, 'CNY')],
    ['4.35', USD_M, exact(4_350_000, 'USD')],
    ['80000000', undefined, exact(80_000_000)],
    ['80000000', { unit: 'CNY', factor: 1 }, exact(80_000_000, 'CNY')],
    ['8000万元以上', undefined, atLeast(80_000_000, 'CNY')],
    ['8000万元及以上', undefined, atLeast(80_000_000, 'CNY')],
    ['超过8000万元', undefined, atLeast(80_000_000, 'CNY')],
    ['逾8000万', undefined, atLeast(80_000_000)],
    ['逾8000万', WAN_YUAN, atLeast(80_000_000, 'CNY')],
    ['8000多万元', undefined, atLeast(80_000_000, 'CNY')],
    ['8000余万元', undefined, atLeast(80_000_000, 'CNY')],
    ['不低于5000', WAN_YUAN, atLeast(50_000_000, 'CNY')],
    ['over 3,500', undefined, atLeast(3_500)],
    ['Over 3,500', USD_M, atLeast(3_500_000_000, 'USD')],
    ['more than 12', undefined, atLeast(12)],
    ['at least 5', undefined, atLeast(5)],
    ['5+', undefined, atLeast(5)],
    ['5 +', undefined, atLeast(5)],
    ['≥5', undefined, atLeast(5)],
    ['12 or more', undefined, atLeast(12)],
    ['约8000万元', undefined, exact(80_000_000, 'CNY')],
    ['8000万元左右', undefined, exact(80_000_000, 'CNY')],
    ['about 12', undefined, exact(12)],
    ['approx. US$12 million', undefined, exact(12_000_000, 'USD')],
    ['≈1.2亿', undefined, exact(120_000_000)],
    ['~3,500', undefined, exact(3_500)],
    ['约超过8000万', undefined, atLeast(80_000_000)],
    ['US$12 million', undefined, exact(12_000_000, 'USD')],
    ['US$ 12m', undefined, exact(12_000_000, 'USD')],
    ['USD 1.5 bn', undefined, exact(1_500_000_000, 'USD')],
    ['12 million US dollars', undefined, exact(12_000_000, 'USD')],
    ['RMB 80 million', undefined, exact(80_000_000, 'CNY')],
    ['5k', undefined, exact(5_000)],
    ['1,200万美元', undefined, exact(12_000_000, 'USD')],
    ['1,200万美元', WAN_YUAN, exact(12_000_000, 'USD')],
    ['人民币8000万元', undefined, exact(80_000_000, 'CNY')],
    ['￥8000万', undefined, exact(80_000_000, 'CNY')],
    ['8000万人民币', undefined, exact(80_000_000, 'CNY')],
    ['1亿2000万元', undefined, exact(120_000_000, 'CNY')],
    ['3亿500万', undefined, exact(305_000_000)],
    ['8000元', WAN_YUAN, exact(8_000, 'CNY')],
    ['80,000,000 yuan', undefined, exact(80_000_000, 'CNY')],
    ['1.2E+08', undefined, exact(120_000_000)],
    ['-3,500', undefined, exact(-3_500)],
    ['−12', WAN_YUAN, exact(-120_000, 'CNY')],
    ['+12', undefined, exact(12)],
    ['0', WAN_YUAN, exact(0, 'CNY')],
    ['.5', undefined, exact(0.5)],
    ['', undefined, undefined],
    ['   ', undefined, undefined],
    ['N/A', undefined, undefined],
    ['-', undefined, undefined],
    ['—', undefined, undefined],
    ['无', undefined, undefined],
    ['万元', undefined, undefined],
    ['未公开', undefined, undefined],
    ['12 34', undefined, undefined],
    ['12-15', undefined, undefined],
    ['2019-2020', undefined, undefined],
    ['2023年', undefined, undefined],
    ['1,2345', undefined, undefined],
    ['12%', undefined, undefined],
    ['8000万欧元', undefined, undefined],
    ['不足8000万', undefined, undefined],
    ['under 5', undefined, undefined],
    ['US$12 million元', undefined, undefined],
    ['e5', undefined, undefined],
    ['1.2.3', undefined, undefined],
    ['Infinity', undefined, undefined],
    ['1e400', undefined, undefined],
  ])('%j under %j', (text, scale, expected) => {
    expect(parseValueCell(text, scale)).toEqual(expected);
  });

  it('multiplies a bare integer by the header factor exactly', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom(1, 1e4, 1e8),
        fc.constantFrom<ColumnScale['unit']>('CNY', 'USD'),
        (n, factor, unit) => {
          expect(parseValueCell(String(n), { unit, factor })).toEqual({ value: n * factor, unit, qualifier: 'exact' });
        },
      ),
      { numRuns: 1000, seed: 20260301 },
    );
  });

  it('reads a two-decimal figure of 万元 or 亿元 to the yuan, as the decimal says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(4, 8), (cents, power) => {
        const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        const expected = cents * 10 ** (power - 2);
        expect(parseValueCell(text, { unit: 'CNY', factor: 10 ** power })?.value).toBe(expected);
        expect(parseValueCell(`${text}${power === 4 ? '万' : '亿'}元`)?.value).toBe(expected);
      }),
      { numRuns: 500, seed: 20260302 },
    );
  });

  it('never throws, and reads nothing as a non-finite number', () => {
    const piece = fc.oneof(
      fc.constantFrom('万', '亿', '元', '美元', '以上', '超过', 'US$', 'million', 'm', ',', '.', '-', '+', 'e', '约'),
      fc.constantFrom('１２', '３', '，', '（', '）', '\u3000', '≈', '~', ' ', '1', '0', '999'),
      fc.string({ maxLength: 6 }),
    );
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    );
    const scale = fc.option(
      fc.record({ unit: fc.constantFrom<ColumnScale['unit']>('CNY', 'USD', undefined), factor: fc.double() }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(cell, scale, (text, s) => {
        const read = parseValueCell(text, s);
        if (read && s && Number.isFinite(s.factor)) expect(Number.isNaN(read.value)).toBe(false);
        if (read && (!s || Number.isFinite(s.factor))) expect(Number.isFinite(read.value)).toBe(true);
      }),
      { numRuns: 3000, seed: 20260303 },
    );
  });

  it('gives up on a very long cell rather than scanning it', () => {
    expect(parseValueCell('1'.repeat(250))).toBeUndefined();
    expect(parseValueCell('约'.repeat(10_000))).toBeUndefined();
  });
});

describe('isTotalRow', () => {
  it.each<[readonly string[], boolean]>([
    [['', '合计', '', '', '12,000', ''], true],
    [['总计', '', '80000'], true],
    [['', '小计：', '', '3000'], true],
    [['共计', '5'], true],
    [['', '合 计', '12'], true],
    [['', '合\u3000计', '12'], true],
    [['', '合计（万元）', '12'], true],
    [['', 'Total', '12'], true],
    [['', 'TOTAL:', '12'], true],
    [['', 'total：', '12'], true],
    [['Sum', '12'], true],
    [['', 'Grand total', '12'], true],
    [['', 'Grand  Total', '12'], true],
    [['', 'Ｔｏｔａｌ', '12'], true],
    [['12', '合计', '12'], true],
    [['-', '合计', '12'], true],
    [['1', '杭州某某文化有限公司', '杭州', '合计'], false],
    [['', '杭州合计文化有限公司', '12'], false],
    [['', 'Total Media Ltd', '12'], false],
    [['', '', ''], false],
    [[], false],
    [['12', '34'], false],
  ])('%j → %s', (cells, expected) => {
    expect(isTotalRow(cells)).toBe(expected);
  });
});

describe('guessRole', () => {
  const zhNames = ['杭州某某文化有限公司', '宁波某某影视公司', '华策影视'];
  const enNames = ['Huace Film & TV', 'Zhejiang Daily Media', 'Hangzhou Ltd'];

  it.each<[string, readonly string[], ColumnRole]>([
    // The dashboard's own headers, in either language.
    ['id', ['a-1', 'b-2'], 'id'],
    ['name_en', enNames, 'name_en'],
    ['name_zh', zhNames, 'name_zh'],
    ['英文名称', enNames, 'name_en'],
    ['中文名称', zhNames, 'name_zh'],
    ['城市', ['杭州'], 'city'],
    ['数值', ['5'], 'value'],
    ['单位', ['CNY', 'USD'], 'unit'],
    ['限定', ['exact'], 'qualifier'],
    ['时期', ['2020'], 'period'],
    ['说明', ['x'], 'note'],
    ['来源', ['x'], 'source'],
    ['合成数据', ['是'], 'synthetic'],
    ['synthetic', ['true'], 'synthetic'],
    // The words teams use.
    ['企业名称', zhNames, 'name_zh'],
    ['企业名称', enNames, 'name_en'],
    ['公司名称', zhNames, 'name_zh'],
    ['单位名称', zhNames, 'name_zh'],
    ['名称', zhNames, 'name_zh'],
    ['企业', zhNames, 'name_zh'],
    ['Company', enNames, 'name_en'],
    ['Company name', enNames, 'name_en'],
    ['Company name', zhNames, 'name_zh'],
    ['Name', enNames, 'name_en'],
    ['Enterprise', zhNames, 'name_zh'],
    ['企业名称（英文）', ['华策'], 'name_en'],
    ['Name (Chinese)', [], 'name_zh'],
    ['企业名称', [], 'name_zh'],
    ['Company', [], 'name_en'],
    ['城市', ['杭州'], 'city'],
    ['所在地', ['杭州'], 'city'],
    ['所在城市', ['杭州'], 'city'],
    ['地区', ['杭州'], 'city'],
    ['City', ['Hangzhou'], 'city'],
    ['Location', ['Hangzhou'], 'city'],
    ['Region', ['Hangzhou'], 'city'],
    ['行业', ['影视'], 'sector'],
    ['领域', ['影视'], 'sector'],
    ['类别', ['影视'], 'sector'],
    ['行业名称', ['影视'], 'sector'],
    ['Sector', ['Film'], 'sector'],
    ['Industry', ['Film'], 'sector'],
    ['Category', ['Film'], 'sector'],
    ['市场', ['欧洲'], 'markets'],
    ['出口市场', ['欧洲'], 'markets'],
    ['目的地', ['欧洲'], 'markets'],
    ['出口国家和地区', ['欧洲'], 'markets'],
    ['Markets', ['Europe'], 'markets'],
    ['Export markets', ['Europe'], 'markets'],
    ['出口额', ['8000'], 'value'],
    ['金额', ['8000'], 'value'],
    ['2023年出口额（万元）', ['8000'], 'value'],
    ['2023年出口额', ['8000'], 'value'],
    ['年度出口额', ['8000'], 'value'],
    ['Exports', ['8000'], 'value'],
    ['Value', ['8000'], 'value'],
    ['Amount', ['8000'], 'value'],
    ['Exports 2023 (US$ m)', ['12'], 'value'],
    ['Revenue (US$ m)', ['12'], 'value'],
    ['（万元）', ['8000'], 'value'],
    ['单位：万元', ['8000'], 'value'],
    ['Unit', ['CNY'], 'unit'],
    ['币种', ['美元'], 'unit'],
    ['年份', ['2023'], 'period'],
    ['年度', ['2023'], 'period'],
    ['期间', ['2023年1-6月'], 'period'],
    ['Period', ['2023'], 'period'],
    ['Year', ['2023'], 'period'],
    ['备注', ['x'], 'note'],
    ['Note', ['x'], 'note'],
    ['Notes', ['x'], 'note'],
    ['Remarks', ['x'], 'note'],
    ['数据来源', ['x'], 'source'],
    ['Source', ['x'], 'source'],
    // Row numbers, and ids.
    ['序号', ['1', '2', '3'], 'ignore'],
    ['序号', ['1', '', '2', '3'], 'ignore'],
    ['No.', ['1', '2', '3'], 'ignore'],
    ['No', ['1', '2', '3'], 'ignore'],
    ['#', ['1', '2', '3'], 'ignore'],
    ['编号', ['1', '2', '3'], 'ignore'],
    ['编号', ['１', '２', '３'], 'ignore'],
    ['编号', ['A001', 'A002'], 'id'],
    ['编号', ['1', '3', '4'], 'id'],
    ['编号', ['2', '3', '4'], 'id'],
    ['No.', ['ZJ-01', 'ZJ-02'], 'id'],
    ['统一社会信用代码', ['91330100MA2XXXXX1X'], 'id'],
    // Headers as typed: full-width brackets, spaces, trailing colons.
    ['企业名称：', zhNames, 'name_zh'],
    ['企 业 名 称', zhNames, 'name_zh'],
    [' 所在城市 ', ['杭州'], 'city'],
    ['City:', ['Hangzhou'], 'city'],
    ['ｃｉｔｙ', ['Hangzhou'], 'city'],
    ['数值（万元）', ['8000'], 'value'],
    // 单位 over company names is the company, not a unit.
    ['单位', zhNames, 'name_zh'],
    // Anything else is kept as it is.
    ['企业性质', ['民营'], 'keep'],
    ['联系人', ['张三'], 'keep'],
    ['Website', ['example.com'], 'keep'],
    ['2023', ['12'], 'keep'],
    ['', ['x'], 'keep'],
    ['', ['', ''], 'ignore'],
  ])('%j over %j → %s', (header, sample, role) => {
    expect(guessRole(header, sample)).toBe(role);
  });
});

describe('guessRoles', () => {
  it('reads a team spreadsheet', () => {
    const header = ['序号', '企业名称', '所在城市', '行业', '2023年出口额（万元）', '备注'];
    const rows = [
      ['1', '杭州某某文化有限公司', '杭州', '影视', '8000', ''],
      ['2', '宁波某某传媒有限公司', '宁波', '出版', '1.2亿', '含港澳'],
      ['3', 'Zhejiang Star Ltd', '温州', '游戏', '3,500', ''],
    ];
    expect(guessRoles(header, rows)).toEqual(['ignore', 'name_zh', 'city', 'sector', 'value', 'note']);
  });

  it('gives each role once, from the left, a Chinese and an English name side by side', () => {
    const header = [
      '企业名称',
      'Company name',
      '出口额（万元）',
      '出口额（万美元）',
      '城市',
      '所在地',
      '备注',
      'Remarks',
    ];
    const rows = [['杭州甲', 'Hangzhou A', '1', '2', '杭州', '杭州', 'x', 'y']];
    expect(guessRoles(header, rows)).toEqual(['name_zh', 'name_en', 'value', 'keep', 'city', 'keep', 'note', 'keep']);
  });

  it('a second column of the same name script is kept', () => {
    expect(guessRoles(['企业名称', '公司名称'], [['杭州甲', '杭州乙']])).toEqual(['name_zh', 'keep']);
  });

  it("lets the dashboard's own header win over a guess to its left", () => {
    expect(guessRoles(['出口额', '数值', '名称', '中文名称'], [['1', '2', '甲', '乙']])).toEqual([
      'keep',
      'value',
      'keep',
      'name_zh',
    ]);
  });

  it('looks at the first 50 rows only', () => {
    const header = ['名称'];
    const rows = [
      ...Array.from({ length: 50 }, () => ['Hangzhou A']),
      ...Array.from({ length: 100 }, () => ['杭州甲']),
    ];
    expect(guessRoles(header, rows)).toEqual(['name_en']);
    const numbered = Array.from({ length: 80 }, (_, i) => [i < 50 ? String(i + 1) : 'x']);
    expect(guessRoles(['序号'], numbered)).toEqual(['ignore']);
  });

  it('reads short rows as blank and an empty header row as nothing', () => {
    expect(guessRoles(['name_en', 'city', 'extra'], [['A'], ['B', '杭州']])).toEqual(['name_en', 'city', 'keep']);
    expect(guessRoles([], [['A']])).toEqual([]);
  });

  it("maps every one of the dashboard's own headers, in either language, to its column", () => {
    expect(guessRoles([...COLUMN_KEYS], [])).toEqual([...COLUMN_KEYS]);
    expect(
      guessRoles(
        COLUMN_KEYS.map((k) => COLUMN_HEADERS[k].zh),
        [],
      ),
    ).toEqual([...COLUMN_KEYS]);
  });
});

describe('findHeaderRow', () => {
  it('is 0 for an ordinary file', () => {
    expect(
      findHeaderRow([
        ['name_en', 'value', 'unit'],
        ['A', '5', 'CNY'],
        ['B', '6', 'CNY'],
      ]),
    ).toBe(0);
    expect(findHeaderRow([['name_en', 'city']])).toBe(0);
    expect(findHeaderRow([])).toBe(0);
    expect(findHeaderRow([['A']])).toBe(0);
  });

  it('passes over a title row spanning the table', () => {
    expect(
      findHeaderRow([
        ['2023年浙江省文化出口重点企业名单', '', '', '', '', ''],
        ['序号', '企业名称', '所在城市', '行业', '2023年出口额（万元）', '备注'],
        ['1', '杭州某某文化有限公司', '杭州', '影视', '8000', ''],
        ['2', '宁波某某传媒有限公司', '宁波', '出版', '1.2亿', ''],
        ['', '合计', '', '', '20000', ''],
      ]),
    ).toBe(1);
  });

  it('passes over several title and note rows of a few cells', () => {
    expect(
      findHeaderRow([
        ['附件1'],
        [],
        ['2023年浙江省文化出口重点企业名单'],
        ['填报单位：省商务厅', '', '', '', '填报日期：2024-01-10'],
        ['', '', '', '', '单位：万元'],
        ['序号', '企业名称', '所在城市', '行业', '出口额', '备注'],
        ['1', '杭州某某文化有限公司', '杭州', '影视', '8000', ''],
        ['2', '宁波某某传媒有限公司', '宁波', '出版', '1.2亿', '含港澳'],
      ]),
    ).toBe(5);
  });

  it('passes over a title of two cells above a table of three columns', () => {
    expect(
      findHeaderRow([
        ['浙江省', '企业名单'],
        ['企业名称', '城市', '出口额'],
        ['杭州甲', '杭州', '8000'],
      ]),
    ).toBe(1);
  });

  it('does not take a row of numbers for the header', () => {
    expect(
      findHeaderRow([
        ['Exporters 2023'],
        ['1', '2', '3', '4'],
        ['No.', 'Company', 'City', 'Exports (US$ m)'],
        ['1', 'Huace', 'Hangzhou', '12'],
      ]),
    ).toBe(2);
  });

  it('looks among the first 20 rows only', () => {
    const titles = Array.from({ length: 25 }, (_, i) => [`title ${i}`]);
    expect(findHeaderRow([...titles, ['name_en', 'city'], ['A', 'Hangzhou']])).toBe(0);
    const some = Array.from({ length: 19 }, (_, i) => [`title ${i}`]);
    expect(findHeaderRow([...some, ['name_en', 'city'], ['A', 'Hangzhou']])).toBe(19);
  });
});
