import type { Entity } from '../schema';
import {
  ARTICLE,
  CBT_2022,
  CHANDAJANE_COPY,
  CQTRESEARCH_2021,
  CTNEWS_2023,
  HENGDIAN_COPY,
  JIMU_2021,
  JINAN_COPY,
  MBJI_COPY,
  PROVINCIAL_BASES_COPY,
  ZCOM,
  ZJGRRB,
} from './sources';

/*
 * Export bases, zones, clusters and the cloud platform, each with the level its source gives
 * it: a national culture export base (国家文化出口基地, with its batch), a provincial base or
 * cluster, or another programme. Where no source states the level, there is none.
 */

export const bases: Entity[] = [
  {
    id: 'coop-zone',
    kind: 'base',
    name: {
      en: 'China (Zhejiang) International Cooperation Zone for the Film and TV Industry',
      zh: '中国(浙江)影视产业国际合作区',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    baseKind: 'cooperation-zone',
    level: 'national',
    batch: { number: 1, announced: '2018-06', sourceIds: [JINAN_COPY, CQTRESEARCH_2021] },
    relatedIds: [
      'cloud-platform',
      'digital-creative-base',
      'hengdian-cluster',
      'arts-trade-zone',
      'digital-culture-zone',
    ],
    figureIds: ['zone-rank', 'zone-rank-category', 'export-bases-first-batch'],
    facts: [
      {
        id: 'coop-zone-backing',
        text: {
          en: 'Backed by the Ministry of Commerce and the Zhejiang provincial government.',
          zh: '由商务部和浙江省政府支持建设。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'coop-zone-former-name',
        text: {
          en: 'Reports before 2018 call it 中国(浙江)影视产业国际合作实验区 (the “experimental” zone).',
          zh: '2018年以前的报道称其为中国(浙江)影视产业国际合作实验区。',
        },
        tier: 'B',
        sourceIds: [ZJGRRB],
      },
      {
        id: 'coop-zone-first-batch',
        text: {
          en: 'Among the first batch of national culture export bases (June 2018).',
          zh: '入选首批国家文化出口基地（2018年6月）。',
        },
        tier: 'C',
        period: { kind: 'month', year: 2018, month: 6 },
        sourceIds: [JINAN_COPY, CQTRESEARCH_2021],
        quote: '中国(浙江)影视国际产业合作区入围首批国家文化出口基地',
      },
      {
        id: 'coop-zone-location',
        text: {
          en: 'In Hangzhou’s Xihu district, north of the Xixi cultural and creative industry park and west of Zhejiang University’s Zijingang campus.',
          zh: '坐落于杭州市西湖区西溪文化创意产业园以北、浙大紫金港校区以西。',
        },
        tier: 'C',
        sourceIds: [MBJI_COPY],
        quote: '坐落于杭州市西湖区西溪文化创意产业园以北、浙大紫金港校区以西',
      },
    ],
    sourceIds: [ARTICLE, ZJGRRB, JINAN_COPY, MBJI_COPY],
  },
  {
    id: 'digital-creative-base',
    kind: 'base',
    name: {
      en: 'China (Zhejiang) Digital Creative Culture Exportation Base',
      zh: '中国(浙江)数字创意文化出口基地',
      zhOrigin: 'translation',
    },
    cityId: 'hangzhou',
    baseKind: 'culture-export-base',
    launched: { en: 'over the past two years (article of February 2021)', zh: '近两年内（据2021年2月报道）' },
    relatedIds: ['coop-zone'],
    figureIds: ['dcb-animation', 'dcb-digital'],
    facts: [
      {
        id: 'dcb-largest',
        text: { en: 'The largest of its kind in the country.', zh: '全国同类基地中规模最大。' },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'dcb-technology',
        text: {
          en: 'Uses artificial intelligence, big data, cloud computing and blockchain to produce animation, games, films, TV dramas, short videos and live streams.',
          zh: '运用人工智能、大数据、云计算和区块链等技术，制作动画、游戏、影视剧、短视频和直播等数字内容。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'dcb-spin-off',
        text: {
          en: 'Launched on the spin-off effects of the Film and TV Cooperation Zone.',
          zh: '得益于影视产业国际合作区的溢出效应而设立。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
    ],
    sourceIds: [ARTICLE],
  },
  {
    id: 'hengdian-cluster',
    kind: 'base',
    name: {
      en: 'Hengdian Film and Television Culture Industry Cluster',
      zh: '横店影视文化产业集聚区',
      zhOrigin: 'source',
    },
    cityId: 'jinhua',
    baseKind: 'industry-cluster',
    level: 'provincial',
    launched: { en: 'over the past two years (article of February 2021)', zh: '近两年内（据2021年2月报道）' },
    relatedIds: ['coop-zone', 'huanyu', 'huayi-brothers', 'daylight', 'qiancheng', 'tangde'],
    figureIds: ['hengdian-exports-2018'],
    facts: [
      {
        id: 'hengdian-chain',
        text: {
          en: 'Covers the creation, release and trade of film and television works and the development of derivative products.',
          zh: '涵盖影视作品的创作、发行、交易及衍生品开发。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'hengdian-shooting-base',
        text: {
          en: 'Home to China’s largest shooting base for films and TV dramas, with a steadily growing production and export volume.',
          zh: '拥有全国最大的影视拍摄基地，制作和出口规模稳步增长。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'hengdian-provincial-cluster',
        text: {
          en: 'A provincial cluster, approved by the provincial Party committee and government in 2019 as the province’s only culture cluster; over 1,400 film and TV companies have settled there. It is not a national culture export base.',
          zh: '2019年经省委、省政府批准成立的省级集聚区，为全省唯一一个文化类集聚区，已吸引1400余家影视企业集聚；并非国家文化出口基地。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2019 },
        sourceIds: [HENGDIAN_COPY],
        quote:
          '2019年,省委、省政府批准成立了全省唯一一个文化类集聚区“横店影视文化产业集聚区”,截至目前,已吸引了1400余家影视企业集聚。',
      },
      {
        id: 'hengdian-spin-off',
        text: {
          en: 'Launched on the spin-off effects of the Film and TV Cooperation Zone.',
          zh: '得益于影视产业国际合作区的溢出效应而设立。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
    ],
    sourceIds: [ARTICLE, ZCOM, HENGDIAN_COPY],
  },
  {
    id: 'arts-trade-zone',
    kind: 'base',
    name: {
      en: 'China Zhejiang International Cooperation Zone for Arts Trade',
      zh: '中国浙江艺术品贸易国际合作区',
      zhOrigin: 'translation',
    },
    cityId: 'yiwu',
    baseKind: 'arts-trade-zone',
    launched: { en: 'over the past two years (article of February 2021)', zh: '近两年内（据2021年2月报道）' },
    relatedIds: ['coop-zone'],
    facts: [
      {
        id: 'arts-zone-spin-off',
        text: {
          en: 'Launched on the spin-off effects of the Film and TV Cooperation Zone.',
          zh: '得益于影视产业国际合作区的溢出效应而设立。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
    ],
    sourceIds: [ARTICLE],
  },

  // The cloud platform
  {
    id: 'cloud-platform',
    kind: 'platform',
    name: {
      en: 'Cloud platform for film and TV transactions',
      zh: '十诺云平台',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    launched: { en: 'November 2020', zh: '2020年11月' },
    relatedIds: ['coop-zone'],
    facts: [
      {
        id: 'cloud-platform-first',
        text: {
          en: 'China’s first cloud platform for transactions of film and television works, launched by the Cooperation Zone; it serves cross-border trade of such exporters nationwide.',
          zh: '国内首个影视交易云平台，由合作区推出，服务全国影视出口企业的跨境贸易。',
        },
        tier: 'A',
        period: { kind: 'month', year: 2020, month: 11 },
        sourceIds: [ARTICLE, ZJGRRB],
        quote: '国内首个影视交易云平台',
      },
    ],
    sourceIds: [ARTICLE, ZJGRRB],
  },
  {
    id: 'digital-culture-zone',
    kind: 'base',
    name: {
      en: 'Zhejiang Digital Culture International Cooperation Zone',
      enOrigin: 'translation',
      zh: '浙江数字文化国际合作区',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    baseKind: 'cooperation-zone',
    level: 'national',
    batch: { number: 2, announced: '2021-08-26', sourceIds: [JIMU_2021, CQTRESEARCH_2021] },
    relatedIds: ['zoland', 'coop-zone'],
    figureIds: ['digital-culture-zone-animation-hours', 'digital-culture-zone-countries', 'export-bases-second-batch'],
    facts: [
      {
        id: 'digital-zone-second-batch',
        text: {
          en: 'Approved in the second batch of national culture export bases, announced by the Ministry of Commerce and three other ministries; the country’s only functional zone for digital culture trade. Zoland, its operator, received the plaque at the 2021 services trade fair.',
          zh: '商务部等四部委公布第二批国家文化出口基地名单，“浙江数字文化国际合作区”获批，成为全国唯一的数字文化贸易功能区；运营方浙江中南卡通股份有限公司在2021服贸会上获授牌。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2021 },
        sourceIds: [CQTRESEARCH_2021],
        quote:
          '日前,商务部等四部委公布第二批国家文化出口基地名单,浙江省“浙江数字文化国际合作区”成功获批,成为全国唯一的数字文化贸易功能区。作为“浙江数字文化国际合作区”的运营方代表,浙江中南卡通股份有限公司在2021服贸会首届国家文化出口基地论坛中获授牌。',
      },
      {
        id: 'digital-zone-second-in-province',
        text: {
          en: 'The province’s second national culture export base, after the Film and TV Cooperation Zone.',
          zh: '浙江省第二个国家文化出口基地（第一个为影视产业国际合作区）。',
        },
        tier: 'C',
        sourceIds: [CHANDAJANE_COPY],
        quote: '這是浙江省第二個國家文化出口基地',
      },
      {
        id: 'digital-zone-cbt',
        text: {
          en: 'China Business Herald, January 2022: the zone was recently approved in the second batch of national culture export bases.',
          zh: '《中国商报》2022年1月：浙江数字文化国际合作区前不久获批第二批“国家文化出口基地”。',
        },
        tier: 'C',
        period: { kind: 'month', year: 2022, month: 1 },
        sourceIds: [CBT_2022],
        quote: '前不久,浙江数字文化国际合作区获批第二批“国家文化出口基地”',
      },
      {
        id: 'digital-zone-location',
        text: { en: 'In Hangzhou’s Binjiang district (高新区).', zh: '位于杭州市滨江区（高新区）。' },
        tier: 'C',
        sourceIds: [CQTRESEARCH_2021],
      },
    ],
    sourceIds: [CQTRESEARCH_2021, JIMU_2021, CHANDAJANE_COPY, CBT_2022],
  },
  {
    id: 'provincial-bases-2017',
    kind: 'base',
    name: {
      en: 'First five provincial culture services and products export bases',
      enOrigin: 'translation',
      zh: '首批5个省级文化服务和产品出口基地',
      zhOrigin: 'source',
    },
    baseKind: 'provincial-export-bases',
    level: 'provincial',
    year: 2017,
    relatedIds: ['coop-zone'],
    figureIds: ['haining-base-titles-2017', 'provincial-export-bases-2018'],
    facts: [
      {
        id: 'provincial-bases-2017-named',
        text: {
          en: 'Named by the provincial Department of Commerce in 2017: the Hangzhou headquarters and the Haining base of the China (Zhejiang) Film and TV Industry International Cooperation Experimental Zone, the Deqing leisure culture industry base, the Zhejiang Hengdian film and TV culture industry experimental zone, and the wooden-toy culture eco-park.',
          zh: '2017年省商务厅认定：中国(浙江)影视产业国际合作实验区杭州总部、德清休闲文化产业基地、中国(浙江)影视产业国际合作实验区海宁基地、浙江横店影视文化产业实验区、木玩文化生态园。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2017 },
        sourceIds: [PROVINCIAL_BASES_COPY],
        quote:
          '省商务厅近日认定了首批5个省级文化服务和产品出口基地……中国(浙江)影视产业国际合作实验区杭州总部、德清休闲文化产业基地、中国(浙江)影视产业国际合作实验区海宁基地、浙江横店影视文化产业实验区、木玩文化生态园入选。',
      },
    ],
    sourceIds: [PROVINCIAL_BASES_COPY],
  },
  {
    id: 'hangzhou-trade-base',
    kind: 'base',
    name: {
      en: 'Hangzhou, National Foreign Cultural Trade Base',
      enOrigin: 'translation',
      zh: '国家对外文化贸易基地（杭州）',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    baseKind: 'trade-base',
    level: 'other-programme',
    year: 2023,
    facts: [
      {
        id: 'hangzhou-trade-base-2023',
        text: {
          en: 'Hangzhou is one of 12 new National Foreign Cultural Trade Bases (国家对外文化贸易基地) of October 2023: another programme than the national culture export bases (国家文化出口基地), never counted with them.',
          zh: '杭州为2023年10月确定的12家新一批国家对外文化贸易基地之一：与国家文化出口基地是不同的项目，不与之合计。',
        },
        tier: 'C',
        period: { kind: 'month', year: 2023, month: 10 },
        sourceIds: [CTNEWS_2023],
        quote:
          '确定了衡水、哈尔滨、上海、南京、杭州、景德镇、济南、广州、深圳、三亚、自贡、伊犁等12家新一批国家对外文化贸易基地。',
      },
    ],
    sourceIds: [CTNEWS_2023],
  },
];
