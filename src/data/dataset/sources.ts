import type { Source } from '../schema';

/*
 * The sources every figure, fact and entity cites: the article (tier A), the Chinese reports
 * of the same announcement (tier B), and the context sources of sections C and E of the
 * dossier (tier C). Each has its grade: the publisher's own page, or a repost with its outlet.
 */

/** The ids sources are cited by; a constant, so that a typo is a type error, not a dangling id. */
export const ARTICLE = 'article';
export const ZJGRRB = 'zjgrrb';
export const COI = 'coi-repost';
export const ZCOM = 'zcom-2019';
export const CHINADAILY = 'chinadaily-2018';
export const ZJRB = 'zjrb-2017';
// Section E of the dossier: before and after the article, 2011–2025.
export const CNTV_2011 = 'cntv-2011';
export const BAOGAOSU_2018 = 'baogaosu-2018';
export const HZ_COMMERCE_2024 = 'hangzhou-commerce-2024';
export const CHINANEWS_COPY = 'chinanews-audiovisual-copy';
export const HZZX_2025 = 'hzzx-2025';
export const SCDXS_COPY = 'scdxs-copy';
export const CHINADAILY_NINGBO_2021 = 'chinadaily-ningbo-2021';
export const JIMU_2021 = 'jimu-2021';
export const ZJOL_2025 = 'zjol-2025';
export const ZMDLXW_COPY = 'zmdlxw-copy';
export const JINHUA_2015 = 'jinhua-news-2015';
export const NINGBOMERCHANTS_COPY = 'ningbomerchants-copy';
export const ZJOL_2017 = 'zjol-2017';
export const JINAN_COPY = 'jinan-daily-copy';
export const CQTRESEARCH_2021 = 'cqtresearch-2021';
export const MBJI_COPY = 'mbji-copy';
export const CHANDAJANE_COPY = 'chandajane-copy';
export const CBT_2022 = 'cbt-2022';
export const HENGDIAN_COPY = 'hengdian-74hao-copy';
export const PROVINCIAL_BASES_COPY = 'provincial-bases-2017-copy';
export const CTNEWS_2023 = 'ctnews-2023';
export const ANIMATIONXPRESS_2025 = 'animationxpress-2025';
export const JIZIHE_2022 = 'jizihe-2022';

export const sources: Source[] = [
  {
    id: ARTICLE,
    short: { en: 'The article', zh: '原文' },
    title: "National honor spotlights Zhejiang's culture exports",
    publisher: {
      en: "Shaoxing municipal government's English portal (stored copy of the article)",
      zh: '绍兴市政府英文门户网站（转载）',
    },
    date: '2021-02-26',
    url: 'http://en.sx.gov.cn/art/2021/2/26/art_1501262_57916044.html',
    language: 'en',
    tier: 'A',
    grade: 'primary',
  },
  {
    id: ZJGRRB,
    short: { en: 'Zhejiang Workers’ Daily', zh: '浙江工人日报' },
    description: {
      en: 'Zhejiang Workers’ Daily e-paper, report of 25 February 2021',
      zh: '《浙江工人日报》电子版2021年2月25日报道',
    },
    publisher: { en: 'Zhejiang Workers’ Daily (浙江工人日报)', zh: '浙江工人日报' },
    date: '2021-02-25',
    url: 'https://epaper.zjgrrb.com/html/2021-02/25/content_2743334.htm',
    language: 'zh',
    tier: 'B',
    grade: 'primary',
  },
  {
    id: COI,
    short: { en: '世界浙商网 repost', zh: '世界浙商网转载' },
    description: { en: 'Repost of a 世界浙商网 report', zh: '世界浙商网报道的转载' },
    publisher: { en: 'coi.org.cn, reposting 世界浙商网', zh: 'coi.org.cn 转载世界浙商网' },
    url: 'http://www.coi.org.cn/article/y/gnxw/202103/20210303041588.shtml',
    language: 'zh',
    tier: 'B',
    grade: 'repost',
    outlet: { en: '世界浙商网', zh: '世界浙商网' },
  },
  {
    id: ZCOM,
    short: { en: 'Zhejiang Dept. of Commerce', zh: '浙江省商务厅' },
    description: { en: 'Zhejiang Department of Commerce page of 9 April 2019', zh: '浙江省商务厅2019年4月9日网页' },
    publisher: { en: 'Zhejiang Department of Commerce', zh: '浙江省商务厅' },
    date: '2019-04-09',
    url: 'http://www.zcom.gov.cn/art/2019/4/9/art_1389608_33266403.html',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: CHINADAILY,
    short: { en: 'China Daily', zh: '中国日报' },
    description: { en: 'China Daily report of 17 May 2018', zh: '《中国日报》2018年5月17日报道' },
    publisher: { en: 'China Daily', zh: '中国日报' },
    date: '2018-05-17',
    url: 'https://www.chinadaily.com.cn/a/201805/17/WS5afcc746a3103f6866ee8dcd_3.html',
    language: 'en',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: ZJRB,
    short: { en: 'Zhejiang Daily', zh: '浙江日报' },
    description: { en: 'Zhejiang Daily report of 25 May 2017', zh: '《浙江日报》2017年5月25日报道' },
    publisher: { en: 'Zhejiang Daily', zh: '浙江日报' },
    date: '2017-05-25',
    url: 'http://zjrb.zjol.com.cn/html/2017-05/25/content_3054330.htm',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },

  // ── Section E: other sources, 2011–2025 (tier C) ──
  {
    id: CNTV_2011,
    short: { en: 'Xinhua via CNTV', zh: '新华社（央视网）' },
    description: {
      en: 'Xinhua report carried by CNTV, 20 December 2011',
      zh: '央视网刊发的新华社报道，2011年12月20日',
    },
    publisher: { en: 'CNTV, carrying Xinhua', zh: '央视网（新华社稿）' },
    date: '2011-12-20',
    url: 'http://jingji.cntv.cn/20111220/119897.shtml',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: BAOGAOSU_2018,
    short: { en: 'Dept. of Commerce text (copy)', zh: '省商务厅文稿（转载）' },
    title: '2017年浙江文化服务国际竞争力显著提升',
    publisher: { en: 'hangzhou.baogaosu.com (copy)', zh: 'hangzhou.baogaosu.com（转载）' },
    date: '2018-01-31',
    url: 'http://hangzhou.baogaosu.com/xinwen/%E5%B9%B4%E6%B5%99%E6%B1%9F%E6%96%87%E5%8C%96%E6%9C%8D%E5%8A%A1/64526486/',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'Zhejiang Department of Commerce', zh: '浙江省商务厅' },
  },
  {
    id: HZ_COMMERCE_2024,
    short: { en: 'Hangzhou Bureau of Commerce', zh: '杭州市商务局' },
    description: {
      en: 'Hangzhou Bureau of Commerce, reply to CPPCC proposal 261, 28 August 2024',
      zh: '杭州市商务局对市政协提案第261号的答复，2024年8月28日',
    },
    publisher: { en: 'Hangzhou municipal government', zh: '杭州市人民政府' },
    date: '2024-08-28',
    url: 'https://www.hangzhou.gov.cn/art/2024/8/28/art_1229505914_4294459.html',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: CHINANEWS_COPY,
    short: { en: 'China News Service (copy)', zh: '中新网（转载）' },
    description: {
      en: 'China News Service interview with the vice-governor, Beijing, 11 March (year not given in the copy)',
      zh: '中新网北京3月11日电，副省长专访（转载未注明年份）',
    },
    publisher: { en: 'hengyuejishu.com (copy)', zh: 'hengyuejishu.com（转载）' },
    url: 'http://www.hengyuejishu.com/vip/30823',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'China News Service (中新网)', zh: '中新网' },
  },
  {
    id: HZZX_2025,
    short: { en: 'Daily Business News', zh: '每日商报' },
    description: {
      en: 'Daily Business News (每日商报) report on the Hangzhou CPPCC site, 5 June 2025',
      zh: '《每日商报》报道，杭州政协网，2025年6月5日',
    },
    publisher: { en: 'Hangzhou CPPCC (hzzx.gov.cn)', zh: '杭州政协网' },
    date: '2025-06-05',
    url: 'https://www.hzzx.gov.cn/cshz/content/2025-06/05/content_9010209.htm',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: SCDXS_COPY,
    short: { en: 'Copy on scdxs.com', zh: 'scdxs.com转载' },
    description: { en: 'Copy of a report on the 2023–2024 lists', zh: '关于2023—2024年度名单报道的转载' },
    publisher: { en: 'scdxs.com (copy)', zh: 'scdxs.com（转载）' },
    url: 'http://scdxs.com/city/3095.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: CHINADAILY_NINGBO_2021,
    short: { en: 'China Daily Ningbo', zh: '中国日报宁波' },
    description: { en: 'China Daily Ningbo report of 30 July 2021', zh: '《中国日报》宁波频道2021年7月30日报道' },
    publisher: { en: 'China Daily', zh: '中国日报' },
    date: '2021-07-30',
    url: 'https://ningbo.chinadaily.com.cn/2021-07/30/c_647507.htm',
    language: 'en',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: JIMU_2021,
    short: { en: 'Jimu News (copy)', zh: '极目新闻（转载）' },
    description: { en: 'Jimu News report of 30 August 2021 (copy)', zh: '极目新闻2021年8月30日报道（转载）' },
    publisher: { en: 'yzbytv.com (copy)', zh: 'yzbytv.com（转载）' },
    date: '2021-08-30',
    url: 'http://www.yzbytv.com/zixun/baoyingxinwen/2021/0830/45947.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'Jimu News (极目新闻)', zh: '极目新闻' },
  },
  {
    id: ZJOL_2025,
    short: { en: 'Zhejiang Daily', zh: '浙江日报' },
    description: {
      en: 'Zhejiang Daily report on zjol, 21 October 2025',
      zh: '《浙江日报》报道，浙江在线，2025年10月21日',
    },
    publisher: { en: 'Zhejiang Daily (zjol.com.cn)', zh: '浙江日报（浙江在线）' },
    date: '2025-10-21',
    url: 'https://zjnews.zjol.com.cn/zjnews/202510/t20251021_31295877.shtml',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: ZMDLXW_COPY,
    short: { en: 'Hangzhou Daily (copy)', zh: '杭州日报（转载）' },
    description: {
      en: 'Traditional-character copy of a Hangzhou Daily feature, late 2025',
      zh: '《杭州日报》专题的繁体字转载，2025年末',
    },
    publisher: { en: 'zmdlxw.com (copy)', zh: 'zmdlxw.com（转载）' },
    url: 'http://www.zmdlxw.com/webnews/62759.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'Hangzhou Daily (杭州日报)', zh: '杭州日报' },
  },
  {
    id: JINHUA_2015,
    short: { en: 'Jinhua news (copy)', zh: '金华本地新闻（转载）' },
    description: { en: 'Copy of Jinhua local news, 18 August 2015', zh: '金华本地新闻的转载，2015年8月18日' },
    publisher: { en: 'zgqyzxw.com (copy)', zh: 'zgqyzxw.com（转载）' },
    date: '2015-08-18',
    url: 'http://zgqyzxw.com/pp/gy/2015-08-18/9100.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'Jinhua local news (outlet not named further)', zh: '金华本地新闻（未注明具体媒体）' },
  },
  {
    id: NINGBOMERCHANTS_COPY,
    short: { en: 'Copy on ningbomerchants.com', zh: 'ningbomerchants.com转载' },
    description: {
      en: 'Traditional-character page naming 浙江大豐實業股份有限公司 (it does not mention the list)',
      zh: '载有“浙江大豐實業股份有限公司”的繁体字网页（未提及名单）',
    },
    publisher: { en: 'ningbomerchants.com (copy)', zh: 'ningbomerchants.com（转载）' },
    url: 'https://ningbomerchants.com/news_detail.php?id=2710',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: ZJOL_2017,
    short: { en: 'Zhejiang Online', zh: '浙江在线' },
    description: { en: 'Zhejiang Online report of 15 May 2017', zh: '浙江在线2017年5月15日报道' },
    publisher: { en: 'Zhejiang Online (zjol.com.cn)', zh: '浙江在线' },
    date: '2017-05-15',
    url: 'https://china.zjol.com.cn/gnxw/201705/t20170515_3898732.shtml',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: JINAN_COPY,
    short: { en: 'Jinan Daily (copy)', zh: '济南日报（转载）' },
    description: {
      en: 'Copy of a Jinan Daily report on the first batch of bases',
      zh: '《济南日报》关于首批基地报道的转载',
    },
    publisher: { en: 'therlest.com (copy)', zh: 'therlest.com（转载）' },
    url: 'http://therlest.com/85566.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'Jinan Daily (济南日报)', zh: '济南日报' },
  },
  {
    id: CQTRESEARCH_2021,
    short: { en: 'Copy on cqtresearch.com', zh: 'cqtresearch.com转载' },
    description: {
      en: 'Copy of a report on the second batch of bases, September 2021',
      zh: '关于第二批基地报道的转载，2021年9月',
    },
    publisher: { en: 'cqtresearch.com (copy)', zh: 'cqtresearch.com（转载）' },
    date: '2021-09',
    url: 'http://cqtresearch.com/gongsi/2021/0909/87547.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: MBJI_COPY,
    short: { en: 'Encyclopedia-style page', zh: '百科类网页' },
    description: {
      en: 'Encyclopedia-style page on the Cooperation Zone, revised 6 June 2024',
      zh: '关于合作区的百科类网页，2024年6月6日修订',
    },
    publisher: { en: 'mbji.cn (copy)', zh: 'mbji.cn（转载）' },
    date: '2024-06-06',
    url: 'http://mbji.cn/mbji/中国（浙江）影视产业国际合作实验区/20827742',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: CHANDAJANE_COPY,
    short: { en: 'Copy on chandajane.com', zh: 'chandajane.com转载' },
    description: {
      en: 'Traditional-character copy of a report on the second batch of bases',
      zh: '关于第二批基地报道的繁体字转载',
    },
    publisher: { en: 'chandajane.com (copy)', zh: 'chandajane.com（转载）' },
    url: 'http://www.chandajane.com/newsinfo.aspx?nid=3156&cid=15',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: CBT_2022,
    short: { en: 'China Business Herald', zh: '中国商报' },
    description: {
      en: 'China Business Herald (中国商报) e-paper, 20 January 2022',
      zh: '《中国商报》电子版2022年1月20日',
    },
    publisher: { en: 'China Business Herald (中国商报)', zh: '中国商报' },
    date: '2022-01-20',
    url: 'http://epaper.cbt.com.cn/epaper/uniflows/html/2022/01/20/08/08_45.htm',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: HENGDIAN_COPY,
    short: { en: 'Copy on 74hao.com', zh: '74hao.com转载' },
    description: { en: 'Copy of a report on the Hengdian cluster', zh: '关于横店影视文化产业集聚区报道的转载' },
    publisher: { en: '74hao.com (copy)', zh: '74hao.com（转载）' },
    url: 'https://www.74hao.com/show/91764.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: PROVINCIAL_BASES_COPY,
    short: { en: 'Copy on zxyzs.com', zh: 'zxyzs.com转载' },
    description: {
      en: 'Copy of a 2017 report on the first provincial export bases',
      zh: '2017年首批省级出口基地报道的转载',
    },
    publisher: { en: 'zxyzs.com (copy)', zh: 'zxyzs.com（转载）' },
    date: '2017',
    url: 'http://zxyzs.com/zhejiang/invest/2017/183146.html',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
  {
    id: CTNEWS_2023,
    short: { en: 'China Tourism News', zh: '中国旅游新闻网' },
    description: { en: 'China Tourism News report of 19 October 2023', zh: '中国旅游新闻网2023年10月19日报道' },
    publisher: { en: 'China Tourism News (中国旅游新闻网)', zh: '中国旅游新闻网' },
    date: '2023-10-19',
    url: 'https://www.ctnews.com.cn/dongtai/content/2023-10/19/content_151685.html',
    language: 'zh',
    tier: 'C',
    grade: 'primary',
  },
  {
    id: ANIMATIONXPRESS_2025,
    short: { en: 'AnimationXpress', zh: 'AnimationXpress' },
    description: { en: 'AnimationXpress interview at MIPCOM 2025', zh: 'AnimationXpress 在 MIPCOM 2025 的专访' },
    publisher: { en: 'AnimationXpress', zh: 'AnimationXpress' },
    date: '2025',
    url: 'https://animationxpress.com/latest-news/zoland-animation-champions-chinese-heritage-with-epic-series-legend-of-king-qian-at-mipcom-2025',
    language: 'en',
    tier: 'C',
    grade: 'primary',
    gradeNote: { en: 'trade press, company-sourced', zh: '行业媒体，信息来自企业' },
  },
  {
    id: JIZIHE_2022,
    short: { en: 'Copy on jizihe.com', zh: 'jizihe.com转载' },
    description: { en: 'Traditional-character copy of a 2022 report on Huace', zh: '2022年关于华策报道的繁体字转载' },
    publisher: { en: 'jizihe.com (copy)', zh: 'jizihe.com（转载）' },
    date: '2022',
    url: 'http://www.jizihe.com/page/2022/0926/10727771.shtml',
    language: 'zh',
    tier: 'C',
    grade: 'repost',
    outlet: { en: 'not named in the copy', zh: '转载未注明出处' },
  },
];
