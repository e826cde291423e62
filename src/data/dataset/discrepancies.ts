import type { Conflict, Discrepancy } from '../schema';

/* Where the article and the Chinese reports of the same announcement differ. */

export const discrepancies: Discrepancy[] = [
  {
    id: 'discrepancy-zone-rank',
    kind: 'correction',
    figureId: 'zone-rank',
    clarifiedById: 'zone-rank-category',
    topic: { en: 'The Cooperation Zone’s rank', zh: '合作区的排名' },
    article: {
      en: '“ranked third among China’s culture exportation bases”: reads as 3rd overall.',
      zh: '“在全国文化出口基地中排名第三”：读来像是总排名第三。',
    },
    chineseReport: {
      en: '3rd within the functional-zone category (功能区类) of national culture export bases.',
      zh: '“荣获国家文化出口基地功能区类第三位”。',
    },
  },
  {
    id: 'discrepancy-netease-period',
    kind: 'correction',
    figureId: 'netease-games',
    clarifiedById: 'netease-games-period',
    topic: { en: 'The period of NetEase’s game exports', zh: '网易游戏出口额的时间范围' },
    article: {
      en: '“over 80 million yuan in such exports last year”: reads as 2020 alone.',
      zh: '“去年此类出口额超过8000万元”：读来像是仅2020年。',
    },
    chineseReport: {
      en: 'Over 80 million yuan for 2019 and 2020 combined.',
      zh: '“2019~2020年出口额达8000万元以上”。',
    },
  },
  {
    id: 'discrepancy-trade-precision',
    kind: 'precision',
    figureId: 'trade-total',
    clarifiedById: 'trade-total-precise',
    topic: { en: 'Culture-services trade, 2020', zh: '2020年文化服务贸易进出口' },
    article: { en: 'Rounded to hundredths of a billion yuan.', zh: '以十亿元取两位小数的约数。' },
    chineseReport: { en: 'Given to hundredths of 亿元 (100 million yuan).', zh: '以亿元精确到两位小数。' },
  },
  {
    id: 'discrepancy-exports-precision',
    kind: 'precision',
    figureId: 'exports-total',
    clarifiedById: 'exports-total-precise',
    topic: { en: 'Culture-services exports, 2020', zh: '2020年文化服务出口' },
    article: { en: 'Rounded to hundredths of a billion yuan.', zh: '以十亿元取两位小数的约数。' },
    chineseReport: { en: 'Given to hundredths of 亿元 (100 million yuan).', zh: '以亿元精确到两位小数。' },
  },
];

/*
 * Section E of the dossier: later sources that disagree, or count one thing in several scopes.
 * Shown side by side on the sources page, never reconciled. The year-to-year contradictions of
 * the province's culture trade (E1) are computed in src/domain, from the figures themselves.
 */
export const conflicts: Conflict[] = [
  {
    id: 'conflict-hangzhou-listings',
    topic: { en: 'Hangzhou’s listings on the national key enterprise lists', zh: '杭州入选国家文化出口重点企业的家次' },
    figureIds: ['hangzhou-key-listings-2025', 'hangzhou-key-listings-copy'],
    explanation: {
      en: 'Zhejiang Daily (21 October 2025) gives 85 listings; a later traditional-character copy of a Hangzhou Daily feature gives 95. Neither says what was added between them; both are shown, neither is chosen.',
      zh: '《浙江日报》（2025年10月21日）为85家次；稍后一份《杭州日报》专题的繁体字转载为95家次。两者均未说明其间增加了什么；两者并列，不作取舍。',
    },
  },
  {
    id: 'conflict-zoland-reach',
    topic: { en: 'Zoland’s animation: hours, minutes and countries', zh: '中南卡通动画：时长与覆盖国家' },
    figureIds: [
      'zoland-animation-hours',
      'zoland-animation-countries',
      'digital-culture-zone-animation-hours',
      'digital-culture-zone-countries',
      'zoland-animation-minutes-2025',
      'zoland-broadcast-countries-2025',
    ],
    explanation: {
      en: 'Different years and scopes: 8,000 hours to 93 countries is Zoland’s cumulative export to May 2018; 10,000 hours to over 100 countries is the whole Digital Culture zone’s, not Zoland’s; 170,000 minutes in over 100 countries is Zoland’s library and broadcast reach in 2025, from the company. None is a change of another.',
      zh: '年份与口径不同：8000小时、93个国家为中南卡通截至2018年5月的累计出口；1万小时、100多个国家和地区为整个数字文化国际合作区的数据，并非中南卡通一家；17万分钟、100多个国家和地区为2025年企业自述的节目总量与播映覆盖。三者不可相互推算变化。',
    },
  },
  {
    id: 'conflict-coverage-countries',
    topic: { en: 'Countries and regions reached', zh: '覆盖的国家和地区' },
    figureIds: ['coverage-countries-2017', 'coverage-countries'],
    explanation: {
      en: '184 countries and regions for culture-services trade in 2017 (a secondary copy) against 183 reached by “Zhejiang culture” in the reports of February 2021: two measures from two reports, not a fall of one.',
      zh: '2017年文化服务贸易覆盖184个国家和地区（二手转载），2021年2月报道中“浙江文化”覆盖183个：两份报告的两种口径，并非减少一个。',
    },
  },
];
