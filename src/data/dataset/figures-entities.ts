import type { Figure } from '../schema';
import { ANIMATIONXPRESS_2025, CQTRESEARCH_2021, PROVINCIAL_BASES_COPY } from './sources';

/*
 * Sections E4 and E5 of the dossier: later figures about the named companies and bases. Each
 * is of its own scope: the Digital Culture zone's hours are the zone's, not Zoland's.
 */

const ZONE_QUOTE = '出口原创动画超1万小时以上,出口覆盖100多个国家和地区';
const ZOLAND_2025_QUOTE =
  'Boasting over 170,000 minutes of animated programming and a presence in broadcast systems across more than 100 countries and regions';
const ZOLAND_2025_CAVEAT = {
  en: 'Trade press, from the company, 2025: a library in minutes and a broadcast reach, not exports of one year; not comparable with the 8,000 hours to May 2018.',
  zh: '行业媒体，信息来自企业，2025年：为节目总量（分钟）与播映覆盖，并非某一年的出口；不可与截至2018年5月的8000小时比较。',
};
const HAINING_QUOTE = '截至目前,基地共译制出口影视剧、动画片达6000多部(集),覆盖非洲、“一带一路”沿线18个国家和地区。';

export const entityFigures: Figure[] = [
  {
    id: 'zoland-animation-minutes-2025',
    metric: 'zoland-animation-library',
    label: { en: 'Zoland animated programming', zh: '中南卡通动画节目时长' },
    entityId: 'zoland',
    value: 170_000,
    unit: 'minutes',
    period: { kind: 'cumulative', until: '2025' },
    qualifier: 'atLeast',
    tier: 'C',
    sourceIds: [ANIMATIONXPRESS_2025],
    quote: ZOLAND_2025_QUOTE,
    caveat: ZOLAND_2025_CAVEAT,
  },
  {
    id: 'zoland-broadcast-countries-2025',
    metric: 'zoland-broadcast-countries',
    label: { en: 'Countries and regions broadcasting Zoland animation', zh: '播映中南卡通动画的国家和地区' },
    entityId: 'zoland',
    value: 100,
    unit: 'countries-regions',
    period: { kind: 'cumulative', until: '2025' },
    qualifier: 'atLeast',
    tier: 'C',
    sourceIds: [ANIMATIONXPRESS_2025],
    quote: ZOLAND_2025_QUOTE,
    caveat: ZOLAND_2025_CAVEAT,
  },
  {
    id: 'digital-culture-zone-animation-hours',
    metric: 'zone-animation-exported',
    label: {
      en: 'Digital Culture zone: original animation exported',
      zh: '浙江数字文化国际合作区：出口原创动画',
    },
    entityId: 'digital-culture-zone',
    value: 10_000,
    unit: 'hours',
    period: { kind: 'cumulative', until: '2021-09' },
    qualifier: 'atLeast',
    tier: 'C',
    sourceIds: [CQTRESEARCH_2021],
    quote: ZONE_QUOTE,
    caveat: {
      en: 'The whole zone’s exports, not Zoland’s alone; from a secondary copy of September 2021.',
      zh: '为整个合作区的出口，并非仅中南卡通；来自2021年9月的二手转载。',
    },
  },
  {
    id: 'digital-culture-zone-countries',
    metric: 'zone-animation-countries',
    label: {
      en: 'Digital Culture zone: countries and regions reached',
      zh: '浙江数字文化国际合作区：出口覆盖的国家和地区',
    },
    entityId: 'digital-culture-zone',
    value: 100,
    unit: 'countries-regions',
    period: { kind: 'cumulative', until: '2021-09' },
    qualifier: 'atLeast',
    tier: 'C',
    sourceIds: [CQTRESEARCH_2021],
    quote: ZONE_QUOTE,
    caveat: {
      en: 'The whole zone, not Zoland alone; from a secondary copy of September 2021.',
      zh: '为整个合作区，并非仅中南卡通；来自2021年9月的二手转载。',
    },
  },
  {
    id: 'haining-base-titles-2017',
    metric: 'base-titles-translated-exported',
    label: {
      en: 'Haining base: films, TV episodes and cartoons translated and exported',
      zh: '海宁基地：译制出口影视剧、动画片',
    },
    entityId: 'provincial-bases-2017',
    value: 6_000,
    unit: 'count',
    period: { kind: 'cumulative', until: '2017' },
    qualifier: 'atLeast',
    tier: 'C',
    sourceIds: [PROVINCIAL_BASES_COPY],
    quote: HAINING_QUOTE,
    caveat: {
      en: 'The Haining base only, titles and episodes counted together (部/集), to 18 countries and regions; from a secondary copy.',
      zh: '仅海宁基地，部与集合计，覆盖18个国家和地区；来自二手转载。',
    },
  },
];
