import type { Entity } from '../schema';
import { ARTICLE, CHINADAILY_NINGBO_2021, JIMU_2021, ZJOL_2025 } from './sources';

/* The province and its cities. */

export const places: Entity[] = [
  {
    id: 'zhejiang',
    kind: 'province',
    name: { en: 'Zhejiang', zh: '浙江', zhOrigin: 'place' },
    figureIds: ['coverage-countries'],
    facts: [
      {
        id: 'zhejiang-main-exports',
        text: {
          en: 'Film, television and animation works, digital culture products and creative design have become the main exports of the province’s culture trade.',
          zh: '影视动漫作品、数字文化产品和创意设计已成为全省文化贸易的主要出口产品。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'key-list-2021-published',
        text: {
          en: 'The Ministry of Commerce published the 2021–2022 lists of national key culture export projects and enterprises on 27 July 2021.',
          zh: '2021年7月27日，商务部公布2021—2022年度国家文化出口重点项目、重点企业名单。',
        },
        tier: 'C',
        period: { kind: 'month', year: 2021, month: 7 },
        sourceIds: [JIMU_2021],
        quote: '今年7月27日,商务部公布2021-2022年度国家文化出口重点项目、重点企业名单',
      },
    ],
    sourceIds: [ARTICLE],
  },
  {
    id: 'hangzhou',
    kind: 'city',
    name: { en: 'Hangzhou', zh: '杭州', zhOrigin: 'place' },
    facts: [
      {
        id: 'writers-village-readers',
        text: {
          en: 'Works from the China Online Writers’ Village in Hangzhou have had over 160 million overseas reader visits (to October 2025).',
          zh: '出自杭州中国网络作家村的作品，海外读者累计突破1.6亿人次（截至2025年10月）。',
        },
        tier: 'C',
        period: { kind: 'cumulative', until: '2025-10-21' },
        sourceIds: [ZJOL_2025],
        quote: '出自作家村的作品海外读者累计突破1.6亿人次',
      },
    ],
    sourceIds: [ARTICLE],
  },
  { id: 'jinhua', kind: 'city', name: { en: 'Jinhua', zh: '金华', zhOrigin: 'place' }, sourceIds: [ARTICLE] },
  {
    id: 'ningbo',
    kind: 'city',
    name: { en: 'Ningbo', zh: '宁波', zhOrigin: 'place' },
    sourceIds: [CHINADAILY_NINGBO_2021],
  },
  { id: 'yiwu', kind: 'city', name: { en: 'Yiwu', zh: '义乌', zhOrigin: 'place' }, sourceIds: [ARTICLE] },
];
