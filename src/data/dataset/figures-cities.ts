import type { Figure } from '../schema';
import { CHINANEWS_COPY, HZ_COMMERCE_2024 } from './sources';

/*
 * Section E2 of the dossier: cities and sub-sectors, not province totals. Never summed with
 * or compared against the province's culture-services trade.
 */

const HZ_QUOTE =
  '2023年,我市个人文化、娱乐服务出口12.7亿美元,占全市服务贸易出口额的6.94%,其中,影视动漫、网络游戏为主要文化出口领域,合计出口12.53亿美元。';
const HZ_CAVEAT = {
  en: 'Hangzhou only, personal, cultural and recreational services, in US dollars: another scope than the province’s culture-services trade.',
  zh: '仅杭州市，个人文化和娱乐服务，以美元计：口径不同于全省文化服务贸易。',
};
const AV_QUOTE = '2023年,浙江省广电和视听节目、服务出口总额1700.47万美元,影视出口签约金额达3000万美元。';
const AV_DETAIL_QUOTE = '电视剧出口量159部6235集,出口总额620.95万美元;动画片出口量1326.72小时,出口总额157.21万美元';
const AV_CAVEAT = {
  en: 'From a secondary copy of a China News Service interview: radio, TV and audiovisual only, in US dollars.',
  zh: '来自中新网专访的二手转载：仅广电和视听，以美元计。',
};

export const cityFigures: Figure[] = [
  {
    id: 'hangzhou-culture-services-exports-2023',
    metric: 'city-cultural-recreational-services-exports',
    label: {
      en: 'Hangzhou exports of personal, cultural and recreational services',
      zh: '杭州市个人文化、娱乐服务出口',
    },
    entityId: 'hangzhou',
    value: 1_270_000_000,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [HZ_COMMERCE_2024],
    quote: HZ_QUOTE,
    caveat: HZ_CAVEAT,
  },
  {
    id: 'hangzhou-culture-services-share-2023',
    metric: 'city-cultural-services-share',
    label: {
      en: 'Share of Hangzhou’s services exports',
      zh: '占杭州市服务贸易出口的比重',
    },
    entityId: 'hangzhou',
    value: 6.94,
    unit: 'percent',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [HZ_COMMERCE_2024],
    quote: HZ_QUOTE,
    caveat: {
      en: 'A share of the city’s services exports as the source states it, not a growth rate.',
      zh: '来源给出的占全市服务贸易出口比重，并非增速。',
    },
  },
  {
    id: 'hangzhou-film-games-exports-2023',
    metric: 'city-film-games-exports',
    label: {
      en: 'Hangzhou exports of film, TV, animation and online games',
      zh: '杭州市影视动漫、网络游戏出口',
    },
    entityId: 'hangzhou',
    value: 1_253_000_000,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [HZ_COMMERCE_2024],
    quote: HZ_QUOTE,
    caveat: {
      en: 'Part of Hangzhou’s 12.7 亿美元 of personal, cultural and recreational services exports.',
      zh: '属杭州市12.7亿美元个人文化、娱乐服务出口的一部分。',
    },
  },
  {
    id: 'zhejiang-audiovisual-exports-2023',
    metric: 'audiovisual-exports',
    label: {
      en: 'Zhejiang radio, TV and audiovisual programme and service exports',
      zh: '浙江省广电和视听节目、服务出口',
    },
    entityId: 'zhejiang',
    value: 17_004_700,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_QUOTE,
    caveat: AV_CAVEAT,
  },
  {
    id: 'zhejiang-film-tv-contracts-2023',
    metric: 'film-tv-export-contracts',
    label: { en: 'Film and TV export contracts signed', zh: '影视出口签约金额' },
    entityId: 'zhejiang',
    value: 30_000_000,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_QUOTE,
    caveat: {
      en: 'Contracts signed, not exports made; from a secondary copy.',
      zh: '为签约金额，并非实际出口额；来自二手转载。',
    },
  },
  {
    id: 'zhejiang-tv-drama-exports-2023',
    metric: 'tv-drama-exports',
    label: { en: 'Zhejiang TV drama exports', zh: '浙江电视剧出口总额' },
    entityId: 'zhejiang',
    value: 6_209_500,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_DETAIL_QUOTE,
    caveat: AV_CAVEAT,
  },
  {
    id: 'zhejiang-tv-drama-titles-2023',
    metric: 'tv-drama-titles-exported',
    label: { en: 'Zhejiang TV dramas exported (titles)', zh: '浙江电视剧出口量（部）' },
    entityId: 'zhejiang',
    value: 159,
    unit: 'count',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_DETAIL_QUOTE,
    caveat: AV_CAVEAT,
  },
  {
    id: 'zhejiang-tv-drama-episodes-2023',
    metric: 'tv-drama-episodes-exported',
    label: { en: 'Zhejiang TV drama episodes exported', zh: '浙江电视剧出口量（集）' },
    entityId: 'zhejiang',
    value: 6_235,
    unit: 'count',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_DETAIL_QUOTE,
    caveat: AV_CAVEAT,
  },
  {
    id: 'zhejiang-animation-hours-2023',
    metric: 'animation-hours-exported',
    label: { en: 'Zhejiang animation exported', zh: '浙江动画片出口量' },
    entityId: 'zhejiang',
    value: 1_326.72,
    unit: 'hours',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_DETAIL_QUOTE,
    caveat: AV_CAVEAT,
  },
  {
    id: 'zhejiang-animation-exports-2023',
    metric: 'animation-exports',
    label: { en: 'Zhejiang animation exports', zh: '浙江动画片出口总额' },
    entityId: 'zhejiang',
    value: 1_572_100,
    unit: 'USD',
    period: { kind: 'year', year: 2023 },
    qualifier: 'exact',
    tier: 'C',
    sourceIds: [CHINANEWS_COPY],
    quote: AV_DETAIL_QUOTE,
    caveat: AV_CAVEAT,
  },
];
