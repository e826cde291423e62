import type { Entity } from '../schema';
import {
  ANIMATIONXPRESS_2025,
  ARTICLE,
  CHINADAILY_NINGBO_2021,
  CNTV_2011,
  CQTRESEARCH_2021,
  HZZX_2025,
  JIZIHE_2022,
  NINGBOMERCHANTS_COPY,
  ZCOM,
  ZJGRRB,
  ZJOL_2017,
} from './sources';

/*
 * The exporting companies the sources name. English names no source gives are marked as
 * translations (enOrigin), as Chinese translations are marked 译名. A company's place on a list
 * of national key culture export enterprises is recorded only as its source states it.
 */

const LIST_2025_FIRMS_QUOTE =
  '入选企业中,浙江出版联合集团有限公司、浙江大学出版社有限责任公司、浙江阜博传媒科技有限公司、浙江若鸿文化股份有限公司等企业,基本覆盖了文学创作、改编、IP孵化、版权交易、衍生开发等领域';
const NAMED_2025_QUOTE =
  '作为国内影视行业龙头,浙江华策影视股份有限公司与杭州九样文化传媒有限公司则将国内优秀电视剧作品发行到全球主流媒体。';
const HENGDIAN_QUOTE = '共出口创汇6000多万美元';

const listed2025 = (id: string) => ({
  id: `${id}-list-2025`,
  text: {
    en: 'Named among the enterprises selected for the 2025–2026 list of national key culture export enterprises.',
    zh: '入选2025—2026年度国家文化出口重点企业。',
  },
  tier: 'C' as const,
  period: { kind: 'range', from: 2025, to: 2026 } as const,
  sourceIds: [HZZX_2025],
  quote: LIST_2025_FIRMS_QUOTE,
});

const named2025 = (id: string) => ({
  id: `${id}-named-2025`,
  text: {
    en: 'Named in the report on the 2025–2026 list as distributing Chinese TV dramas to mainstream media worldwide; the report does not say it was selected.',
    zh: '在关于2025—2026年度名单的报道中被提及，将国内优秀电视剧发行到全球主流媒体；报道未说明其是否入选。',
  },
  tier: 'C' as const,
  sourceIds: [HZZX_2025],
  quote: NAMED_2025_QUOTE,
});

/** One of the five Hengdian film companies: their 2018 exports are one shared figure, never split. */
const hengdianFirm = (id: string, en: string, zh: string): Entity => ({
  id,
  kind: 'exporter',
  name: { en, enOrigin: 'translation', zh, zhOrigin: 'source' },
  cityId: 'jinhua',
  sector: { en: 'Film and TV', zh: '影视' },
  relatedIds: ['hengdian-cluster'],
  figureIds: ['hengdian-exports-2018'],
  facts: [
    {
      id: `${id}-hengdian-2018`,
      text: {
        en: 'One of five Hengdian film companies (欢娱影视, 华谊兄弟, 正午阳光, 千乘影视, 唐德影视) whose exports together exceeded US$60 million in 2018, “half of the country’s film and TV exports”; the source gives no company’s own share.',
        zh: '横店五家影视企业（欢娱影视、华谊兄弟、正午阳光、千乘影视、唐德影视）之一，2018年合计出口创汇6000多万美元，“占全国影视出口半壁江山”；来源未给出各企业的份额。',
      },
      tier: 'C',
      period: { kind: 'year', year: 2018 },
      sourceIds: [ZCOM],
      quote: HENGDIAN_QUOTE,
    },
  ],
  sourceIds: [ZCOM],
});

export const exporters: Entity[] = [
  {
    id: 'netease',
    kind: 'exporter',
    name: { en: 'NetEase', zh: '网易', zhOrigin: 'source' },
    cityId: 'hangzhou',
    sector: { en: 'Video games', zh: '网络游戏' },
    figureIds: ['netease-games', 'netease-games-period'],
    facts: [
      {
        id: 'netease-lead',
        text: {
          en: 'Takes the national lead in exporting video games.',
          zh: '游戏出口居全国前列。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
    ],
    sourceIds: [ARTICLE, ZJGRRB],
  },
  {
    id: 'huahong',
    kind: 'exporter',
    name: { en: 'Huahong Group', zh: '义乌华鸿集团', zhOrigin: 'source' },
    cityId: 'yiwu',
    sector: { en: 'Paintings and artworks', zh: '绘画艺术品' },
    markets: [{ en: 'North America', zh: '北美' }],
    facts: [
      {
        id: 'huahong-design-centre',
        text: {
          en: 'Established a design centre in North America in 2020 to promote Chinese-style artworks overseas.',
          zh: '2020年在北美设立设计中心，向海外推广中国风艺术品。',
        },
        tier: 'A',
        period: { kind: 'year', year: 2020 },
        sourceIds: [ARTICLE],
      },
      {
        id: 'huahong-copyright-centre',
        text: {
          en: 'The North American centre is the group’s first overseas art-design copyright centre.',
          zh: '北美中心是其首个海外艺术品设计版权中心。',
        },
        tier: 'B',
        period: { kind: 'year', year: 2020 },
        sourceIds: [ZJGRRB],
        quote: '义乌华鸿集团在北美设立了首个海外艺术品设计版权中心',
      },
    ],
    sourceIds: [ARTICLE, ZJGRRB],
  },
  {
    id: 'zoland',
    kind: 'exporter',
    name: { en: 'Zoland Cartoon Co', zh: '杭州中南卡通', zhOrigin: 'source' },
    cityId: 'hangzhou',
    sector: { en: 'Animation', zh: '动画' },
    markets: [
      { en: 'Southeast Asia', zh: '东南亚' },
      { en: 'Europe', zh: '欧洲' },
      { en: 'The Americas', zh: '美洲' },
    ],
    figureIds: [
      'zoland-animation-hours',
      'zoland-animation-countries',
      'zoland-animation-minutes-2025',
      'zoland-broadcast-countries-2025',
    ],
    relatedIds: ['digital-culture-zone'],
    facts: [
      {
        id: 'zoland-partnerships',
        text: {
          en: 'Has strategic partnerships with numerous television channels in Southeast Asia, Europe and the Americas to broadcast its animation.',
          zh: '与东南亚、欧洲和美洲众多电视频道建立战略合作，播出其动画作品。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
      {
        id: 'zoland-partners-named',
        text: {
          en: 'Partners include the UK’s Propeller TV, Indonesia’s 猫咪频道 and Nickelodeon (尼克儿童频道) in the US.',
          zh: '合作伙伴包括英国Propeller TV、印度尼西亚猫咪频道和美国尼克儿童频道。',
        },
        tier: 'B',
        sourceIds: [ZJGRRB],
      },
      {
        id: 'zoland-new-media',
        text: {
          en: 'Runs new-media channels in Latin America, Europe and Southeast Asia.',
          zh: '在拉美、欧洲和东南亚运营新媒体频道。',
        },
        tier: 'B',
        sourceIds: [ZJGRRB],
      },
      {
        id: 'zoland-2011-broadcast',
        text: {
          en: 'Its original works were in the broadcast systems of nearly 70 countries and regions (2011).',
          zh: '原创作品进入近70个国家和地区的播映系统（2011年）。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2011 },
        sourceIds: [CNTV_2011],
        quote: '中南卡通的原创作品进入到近70个国家和地区的播映系统',
      },
      {
        id: 'zoland-runs-digital-zone',
        text: {
          en: 'Operator of the Zhejiang Digital Culture International Cooperation Zone, a national culture export base of the second batch (2021).',
          zh: '浙江数字文化国际合作区（第二批国家文化出口基地，2021年）的运营方。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2021 },
        sourceIds: [CQTRESEARCH_2021],
        quote:
          '作为“浙江数字文化国际合作区”的运营方代表,浙江中南卡通股份有限公司在2021服贸会首届国家文化出口基地论坛中获授牌。',
      },
    ],
    sourceIds: [ARTICLE, ZJGRRB, CNTV_2011, CQTRESEARCH_2021, ANIMATIONXPRESS_2025],
  },
  {
    id: 'zhejiang-publishing',
    kind: 'exporter',
    name: { en: 'Zhejiang Publishing United Group', zh: '浙江出版联合集团', zhOrigin: 'source' },
    sector: { en: 'Publishing', zh: '出版' },
    markets: [
      { en: 'Russia', zh: '俄罗斯' },
      { en: 'Australia', zh: '澳大利亚' },
      { en: 'United States', zh: '美国' },
    ],
    facts: [
      {
        id: 'zpug-shans-bookshop',
        text: {
          en: 'With Russia’s Shans International Publishing, opened 尚斯博库, the first Chinese bookshop in Russia, in July 2016.',
          zh: '2016年7月联手俄罗斯尚斯国际出版公司，合作经营俄罗斯首家中文书店——尚斯博库书店。',
        },
        tier: 'C',
        period: { kind: 'month', year: 2016, month: 7 },
        sourceIds: [ZJOL_2017],
        quote: '去年七月,浙江出版联合集团联手俄罗斯尚斯国际出版公司,合作经营俄罗斯首家中文书店——尚斯博库书店。',
      },
      listed2025('zpug'),
      {
        id: 'zpug-bookstores',
        text: {
          en: 'Runs a dozen online bookstores targeting countries including Russia, Australia and the United States.',
          zh: '运营十余家面向俄罗斯、澳大利亚、美国等国家的网上书店。',
        },
        tier: 'A',
        sourceIds: [ARTICLE],
      },
    ],

    recognition: [{ list: '2025-2026', standing: 'listed', sourceIds: [HZZX_2025] }],
    sourceIds: [ARTICLE, ZJOL_2017, HZZX_2025],
  },
  {
    id: 'zhejiang-university-press',
    kind: 'exporter',
    name: {
      en: 'Zhejiang University Press',
      enOrigin: 'translation',
      zh: '浙江大学出版社有限责任公司',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    recognition: [{ list: '2025-2026', standing: 'listed', sourceIds: [HZZX_2025] }],
    facts: [listed2025('zju-press')],
    sourceIds: [HZZX_2025],
  },
  {
    id: 'fubo-media',
    kind: 'exporter',
    name: {
      en: 'Zhejiang Fubo Media Technology',
      enOrigin: 'translation',
      zh: '浙江阜博传媒科技有限公司',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    recognition: [{ list: '2025-2026', standing: 'listed', sourceIds: [HZZX_2025] }],
    facts: [listed2025('fubo')],
    sourceIds: [HZZX_2025],
  },
  {
    id: 'ruohong-culture',
    kind: 'exporter',
    name: {
      en: 'Zhejiang Ruohong Culture',
      enOrigin: 'translation',
      zh: '浙江若鸿文化股份有限公司',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    recognition: [{ list: '2025-2026', standing: 'listed', sourceIds: [HZZX_2025] }],
    facts: [listed2025('ruohong')],
    sourceIds: [HZZX_2025],
  },
  {
    id: 'huace',
    kind: 'exporter',
    name: { en: 'Huace Film & TV', enOrigin: 'translation', zh: '浙江华策影视股份有限公司', zhOrigin: 'source' },
    cityId: 'hangzhou',
    sector: { en: 'Film and TV', zh: '影视' },
    recognition: [{ list: '2025-2026', standing: 'named-in-report', sourceIds: [HZZX_2025] }],
    facts: [
      named2025('huace'),
      {
        id: 'huace-sales-network-2011',
        text: {
          en: 'Has marketed overseas since 1993; its sales network reached more than 70 countries (2011).',
          zh: '1993年开始海外营销，销售网络已扩展到70多个国家（2011年）。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2011 },
        sourceIds: [CNTV_2011],
        quote: '华策影视从1993年开始海外营销,目前销售网络已经扩展到70多个国家。',
      },
      {
        id: 'huace-share-2022',
        text: {
          en: 'A secondary copy says its film and TV content exports are nearly one fifth of China’s total, with over 150,000 hours distributed to 220 countries (2022).',
          zh: '一份二手转载称，其影视内容出口额占全国总量近五分之一，向220个国家发行超过15万小时影视内容（2022年）。',
        },
        tier: 'C',
        period: { kind: 'year', year: 2022 },
        sourceIds: [JIZIHE_2022],
        quote: '浙江華策集團的影視內容出口額占中國總量的近五分之一,向220個國家發行了超過15萬小時的影視內容',
      },
    ],
    sourceIds: [HZZX_2025, CNTV_2011, JIZIHE_2022],
  },
  {
    id: 'jiuyang',
    kind: 'exporter',
    name: {
      en: 'Hangzhou Jiuyang Culture Media',
      enOrigin: 'translation',
      zh: '杭州九样文化传媒有限公司',
      zhOrigin: 'source',
    },
    cityId: 'hangzhou',
    sector: { en: 'Film and TV', zh: '影视' },
    recognition: [{ list: '2025-2026', standing: 'named-in-report', sourceIds: [HZZX_2025] }],
    facts: [named2025('jiuyang')],
    sourceIds: [HZZX_2025],
  },
  {
    id: 'dafeng',
    kind: 'exporter',
    name: { en: 'Dafeng Industrial Co Ltd', enOrigin: 'source', zh: '浙江大丰实业股份有限公司', zhOrigin: 'source' },
    cityId: 'ningbo',
    recognition: [{ list: '2021-2022', standing: 'listed', sourceIds: [CHINADAILY_NINGBO_2021] }],
    facts: [
      {
        id: 'dafeng-list-2021',
        text: {
          en: 'On the 2021–2022 list of national key culture export enterprises; “a leading integrated solutions provider for the cultural and sports industry in China”.',
          zh: '入选2021—2022年度国家文化出口重点企业；来源称其为国内文体产业领先的综合解决方案提供商。',
        },
        tier: 'C',
        period: { kind: 'range', from: 2021, to: 2022 },
        sourceIds: [CHINADAILY_NINGBO_2021],
        quote:
          'One of the enterprises is Dafeng Industrial Co Ltd, a leading integrated solutions provider for the cultural and sports industry in China.',
      },
      {
        id: 'dafeng-chinese-name',
        text: {
          en: 'Its Chinese name is found in a traditional-character copy (浙江大豐實業股份有限公司) on a page that does not mention the list.',
          zh: '其中文名称见于一份繁体字转载（浙江大豐實業股份有限公司），该网页未提及名单。',
        },
        tier: 'C',
        sourceIds: [NINGBOMERCHANTS_COPY],
      },
    ],
    sourceIds: [CHINADAILY_NINGBO_2021, NINGBOMERCHANTS_COPY],
  },
  hengdianFirm('huanyu', 'Huanyu', '欢娱影视'),
  hengdianFirm('huayi-brothers', 'Huayi Brothers', '华谊兄弟'),
  hengdianFirm('daylight', 'Daylight', '正午阳光'),
  hengdianFirm('qiancheng', 'Qiancheng', '千乘影视'),
  hengdianFirm('tangde', 'Tangde', '唐德影视'),
];
