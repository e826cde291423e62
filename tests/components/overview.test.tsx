import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const EN_TITLE = 'Zhejiang’s culture-services trade at a glance';
const ZH_TITLE = '浙江文化服务贸易一览';
const DIGITAL_ZONE = 'Zhejiang Digital Culture International Cooperation Zone (translated name)';

/** What one "Since the article" card should show: its title, date, grade and source. */
interface Card {
  title: string;
  /** The date on the card, and its machine-readable form; none for an undated copy. */
  date: string;
  dateTime?: string;
  grade: string;
  source: { name: string; id: string };
}

/** Newest first: the dates are the sources', the second base's its batch's announcement. */
const CARDS_EN: Card[] = [
  {
    title: 'Hangzhou’s listings on the national key enterprise lists',
    date: '21 October 2025',
    dateTime: '2025-10-21',
    grade: 'primary: the publisher’s own page',
    source: { name: 'Zhejiang Daily', id: 'zjol-2025' },
  },
  {
    title: 'The 2025–2026 national key culture export lists',
    date: '5 June 2025',
    dateTime: '2025-06-05',
    grade: 'primary: the publisher’s own page',
    source: { name: 'Daily Business News', id: 'hzzx-2025' },
  },
  {
    title: 'Hangzhou’s cultural-services exports, 2023',
    date: '28 August 2024',
    dateTime: '2024-08-28',
    grade: 'primary: the publisher’s own page',
    source: { name: 'Hangzhou Bureau of Commerce', id: 'hangzhou-commerce-2024' },
  },
  {
    // The copy gives no year: the card sorts by the year its figures cover.
    title: 'Zhejiang’s audiovisual exports, 2023',
    date: 'Date not given in the copy',
    grade: 'secondary copy (outlet: China News Service (中新网))',
    source: { name: 'China News Service (copy)', id: 'chinanews-audiovisual-copy' },
  },
  {
    title: 'The province’s second national culture export base',
    date: '26 August 2021',
    dateTime: '2021-08-26',
    grade: 'secondary copy (outlet: Jimu News (极目新闻))',
    source: { name: 'Jimu News (copy)', id: 'jimu-2021' },
  },
];

const CARDS_ZH: Card[] = [
  {
    title: '杭州入选国家文化出口重点企业的家次',
    date: '2025年10月21日',
    dateTime: '2025-10-21',
    grade: '一手：发布者本身的网页',
    source: { name: '浙江日报', id: 'zjol-2025' },
  },
  {
    title: '2025—2026年度国家文化出口重点企业和重点项目',
    date: '2025年6月5日',
    dateTime: '2025-06-05',
    grade: '一手：发布者本身的网页',
    source: { name: '每日商报', id: 'hzzx-2025' },
  },
  {
    title: '2023年杭州文化服务出口',
    date: '2024年8月28日',
    dateTime: '2024-08-28',
    grade: '一手：发布者本身的网页',
    source: { name: '杭州市商务局', id: 'hangzhou-commerce-2024' },
  },
  {
    title: '2023年浙江广电视听出口',
    date: '转载未注明日期',
    grade: '二手转载（原载：中新网）',
    source: { name: '中新网（转载）', id: 'chinanews-audiovisual-copy' },
  },
  {
    title: '浙江第二个国家文化出口基地',
    date: '2021年8月26日',
    dateTime: '2021-08-26',
    grade: '二手转载（原载：极目新闻）',
    source: { name: '极目新闻（转载）', id: 'jimu-2021' },
  },
];

/** Each card in the list, by its title, says its date, tier, grade and source. */
function expectCards(region: HTMLElement, cards: readonly Card[], tier: string, lang: 'en' | 'zh') {
  expect(
    within(region)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(cards.map((c) => c.title));
  for (const c of cards) {
    const card = within(within(region).getByRole('listitem', { name: c.title }));
    expect(card.getByText(tier)).toBeInTheDocument();
    // A dated card gives its date as a <time>; an undated copy says it has none.
    const date = card.getByText(c.date);
    if (c.dateTime) expect(date).toHaveAttribute('datetime', c.dateTime);
    else expect(date).not.toHaveAttribute('datetime');
    expect(card.getByText(c.grade)).toBeInTheDocument();
    expect(card.getByRole('link', { name: c.source.name })).toHaveAttribute(
      'href',
      `/sources?lang=${lang}#source-${c.source.id}`,
    );
  }
}

describe('overview: the intro', () => {
  it('credits the Ministry of Commerce with the rank only, in both languages', async () => {
    renderApp('/?lang=en', { catalog: realCatalog() });
    expect(await screen.findByText(/The rank is from the Ministry of Commerce’s assessment/)).toBeInTheDocument();
    expect(screen.queryByText(/Ministry of Commerce announcement/)).toBeNull();
    cleanup();
    renderApp('/?lang=zh', { catalog: realCatalog() });
    expect(await screen.findByText(/排名出自商务部的综合评估/)).toBeInTheDocument();
    expect(screen.queryByText(/商务部发布中的核心数据/)).toBeNull();
  });
});

describe('overview: since the article', () => {
  it('comes below the headline cards, which stay the announcement’s', async () => {
    renderApp('/?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading(EN_TITLE)).toBeInTheDocument();
    const headline = screen.getByRole('region', { name: 'Headline figures' });
    const since = screen.getByRole('region', { name: 'Since the article' });
    expect(headline.compareDocumentPosition(since) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(headline).not.toContainElement(since);
    // Never added to or compared with the headline figures: the intro says so.
    expect(within(since).getByText(/never added to them or compared with them/)).toBeInTheDocument();
    // No later source among the headline cards.
    for (const c of CARDS_EN) expect(within(headline).queryByText(c.source.name)).toBeNull();
  });

  it('lists its cards newest first, each with its date, tier, grade and source', async () => {
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading(EN_TITLE);
    expectCards(screen.getByRole('region', { name: 'Since the article' }), CARDS_EN, 'Tier C · context', 'en');
  });

  it('links each figure to its entry on /sources, and the second base to its page', async () => {
    renderApp('/?lang=en', { catalog: realCatalog() });
    await findPageHeading(EN_TITLE);
    const since = within(screen.getByRole('region', { name: 'Since the article' }));

    const lists = within(since.getByRole('listitem', { name: 'The 2025–2026 national key culture export lists' }));
    // Zhejiang's enterprises and projects on the lists, then Hangzhou's.
    expect(lists.getByRole('link', { name: '32' })).toHaveAttribute('href', '/sources?lang=en#key-enterprises-zj-2025');
    expect(lists.getByRole('link', { name: '9' })).toHaveAttribute('href', '/sources?lang=en#key-projects-zj-2025');
    expect(lists.getByRole('link', { name: '12' })).toHaveAttribute('href', '/sources?lang=en#key-enterprises-hz-2025');
    expect(lists.getByRole('link', { name: '6' })).toHaveAttribute('href', '/sources?lang=en#key-projects-hz-2025');

    const audiovisual = within(since.getByRole('listitem', { name: 'Zhejiang’s audiovisual exports, 2023' }));
    expect(audiovisual.getByRole('link', { name: 'US$17.0047 million' })).toHaveAttribute(
      'href',
      '/sources?lang=en#zhejiang-audiovisual-exports-2023',
    );
    expect(audiovisual.getByRole('link', { name: 'US$30 million' })).toHaveAttribute(
      'href',
      '/sources?lang=en#zhejiang-film-tv-contracts-2023',
    );

    const base = within(since.getByRole('listitem', { name: 'The province’s second national culture export base' }));
    const zone = base.getAllByRole('link').find((a) => a.textContent === DIGITAL_ZONE);
    expect(zone).toHaveAttribute('href', '/bases/digital-culture-zone?lang=en');
    expect(base.getByRole('link', { name: '16' })).toHaveAttribute(
      'href',
      '/sources?lang=en#export-bases-second-batch',
    );
  });

  it('is 原文之后 in Chinese, with the same cards in the same order', async () => {
    renderApp('/?lang=zh', { catalog: realCatalog() });
    expect(await findPageHeading(ZH_TITLE)).toBeInTheDocument();
    const since = screen.getByRole('region', { name: '原文之后' });
    expect(screen.queryByRole('region', { name: 'Since the article' })).toBeNull();
    expectCards(since, CARDS_ZH, 'C级 · 背景', 'zh');
    const base = within(within(since).getByRole('listitem', { name: '浙江第二个国家文化出口基地' }));
    expect(base.getByRole('link', { name: '浙江数字文化国际合作区' })).toHaveAttribute(
      'href',
      '/bases/digital-culture-zone?lang=zh',
    );
  });
});
