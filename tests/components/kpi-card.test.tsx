import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n } from '../../src/app/i18n';
import { zh } from '../../src/app/i18n/zh';
import { KpiCard, type KpiCardProps } from '../../src/components/kpi-card';
import type { Currency } from '../../src/domain/figures';
import type { Lang } from '../../src/domain/format';
import { overviewCards } from '../../src/components/headline-cards';
import { dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/schema';
import { buildCatalog } from '../../src/domain/figures';
import { withFigure } from '../fixtures/dataset';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp, renderWithProviders } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const ARTICLE_TITLE = dataset.sources.find((s) => s.id === 'article')?.title ?? 'missing article source';

/** The card props the overview page builds for this figure, language and currency. */
function cardFor(id: string, lang: Lang, currency: Currency): KpiCardProps {
  const t = createI18n('en', { zh }).getFixedT(lang);
  const card = overviewCards(realCatalog(), lang, currency, t).find((c) => c.id === id);
  if (!card) throw new Error(`no overview card for "${id}"`);
  return card;
}

/** Renders one card at an address whose lang/currency match the props (the tier badge reads them). */
function renderCard(props: KpiCardProps, search: string) {
  renderWithProviders(<KpiCard {...props} />, { path: `/${search}` });
  return screen.getByRole('article');
}

function escape(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

describe('KpiCard, English, yuan', () => {
  const props = cardFor('trade-total', 'en', 'CNY');

  it('is an article named by one sentence that contains the value, the change and the source', () => {
    renderCard(props, '?lang=en');
    const card = screen.getByRole('article', { name: /^Culture-services trade, 2020: 14\.16 billion yuan\./ });
    expect(card).toHaveAccessibleName(expect.stringContaining('+14.45% year on year'));
    expect(card).toHaveAccessibleName(expect.stringContaining(`Source: ${ARTICLE_TITLE}`));
    expect(card).toHaveAttribute('aria-label', props.sentence);
  });

  it('shows the label as a heading and the value as number and unit', () => {
    const card = renderCard(props, '?lang=en');
    expect(within(card).getByRole('heading', { level: 3, name: 'Culture-services trade' })).toBeInTheDocument();
    const number = within(card).getByText('14.16');
    expect(within(card).getByText('billion yuan')).toBeInTheDocument();
    expect(number.parentElement).toHaveTextContent(/^14\.16 billion yuan$/);
    expect(within(card).getByText('2020')).toBeInTheDocument();
  });

  it('states the change in text with its sign; the arrow is hidden from screen readers', () => {
    const card = renderCard(props, '?lang=en');
    const change = within(card).getByText((_, el) => el?.textContent === '▲ +14.45% year on year');
    const arrow = within(change).getByText('▲');
    expect(arrow).toHaveAttribute('aria-hidden', 'true');
    // What is left once the arrow is hidden still carries the direction: the sign.
    const spoken = Array.from(change.childNodes)
      .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
      .map((n) => n.textContent)
      .join('');
    expect(spoken).toBe('+14.45% year on year');
  });

  it('shows the US dollar figure the article states and the precise Chinese value as the detail line', () => {
    const card = renderCard(props, '?lang=en');
    expect(
      within(card).getByText(
        'US$2.19 billion · US dollar figure as stated by the article · Precise value in the Chinese reports: 14.157 billion yuan',
      ),
    ).toBeInTheDocument();
  });

  it('links to the figure on the sources page by the article title, keeping lang and currency only', () => {
    const card = renderCard(props, '?lang=en&currency=CNY&utm=x');
    const link = within(card).getByRole('link', { name: `${ARTICLE_TITLE} (26 February 2021)` });
    expect(link).toHaveAttribute('href', '/sources?lang=en&currency=CNY#trade-total');
  });

  it('links without a query string when the address has none', () => {
    const card = renderCard(props, '');
    expect(within(card).getByRole('link', { name: escape(ARTICLE_TITLE) })).toHaveAttribute(
      'href',
      '/sources#trade-total',
    );
  });

  it('is reachable by keyboard, before its source link', async () => {
    const user = userEvent.setup();
    const card = renderCard(props, '?lang=en');
    expect(card).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(card).toHaveFocus();
    await user.tab();
    expect(within(card).getByRole('link')).toHaveFocus();
  });

  it('shows the tier of the figure', () => {
    const card = renderCard(props, '?lang=en');
    expect(within(card).getByText('Tier A · the article')).toBeInTheDocument();
  });
});

describe('KpiCard, notes and qualifiers', () => {
  it('NetEase: "over" before the number, and the note that the figure covers 2019–2020', () => {
    const props = cardFor('netease-games', 'en', 'CNY');
    const card = renderCard(props, '?lang=en');
    expect(card).toHaveAccessibleName(
      expect.stringContaining('NetEase video-game exports, 2020: over 80 million yuan.'),
    );
    expect(within(card).getByText('over')).toBeInTheDocument();
    expect(within(card).getByText('80')).toBeInTheDocument();
    expect(within(card).getByText('million yuan')).toBeInTheDocument();
    const note = within(card).getByText(/covers 2019–2020 combined, not 2020 alone/);
    expect(note).toHaveTextContent(/^Note: The Chinese reports say this covers 2019–2020 combined, not 2020 alone\.$/);
    expect(within(note).getByText('Note:').tagName).toBe('STRONG');
    expect(card).toHaveAccessibleName(expect.stringContaining('2019–2020 combined'));
  });

  it('zone rank: the ordinal stays whole and the note names the functional-zone category', () => {
    const props = cardFor('zone-rank', 'en', 'CNY');
    const card = renderCard(props, '?lang=en');
    expect(within(card).getByText('3rd')).toBeInTheDocument();
    expect(within(card).getByText('announced in 2021')).toBeInTheDocument();
    expect(within(card).getByText(/within the functional-zone category/)).toBeInTheDocument();
    expect(card).toHaveAccessibleName(expect.stringContaining('not 3rd overall'));
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/sources?lang=en#zone-rank');
  });

  it('a dataset that does not link the growth rate to its amount gives the card no change line', () => {
    const data = withFigure('trade-total-yoy', (f) => {
      f.growthOf = undefined;
    });
    const t = createI18n('en', { zh }).getFixedT('en');
    const props = overviewCards(buildCatalog(validateDataset(data)), 'en', 'CNY', t).find(
      (c) => c.id === 'trade-total',
    );
    if (!props) throw new Error('no trade card');
    const card = renderCard(props, '?lang=en');
    expect(within(card).getByText('14.16')).toBeInTheDocument();
    expect(within(card).queryByText(/year on year/)).not.toBeInTheDocument();
    expect(card).not.toHaveAccessibleName(expect.stringContaining('14.45'));
  });

  it('a card without a growth figure shows no change and no arrow', () => {
    const props = cardFor('dcb-animation', 'en', 'CNY');
    const card = renderCard(props, '?lang=en');
    expect(within(card).queryByText(/year on year/)).not.toBeInTheDocument();
    expect(within(card).queryByText('▲')).not.toBeInTheDocument();
    expect(within(card).getByText('200,000')).toBeInTheDocument();
  });
});

describe('KpiCard, Chinese', () => {
  it('shows the value in 亿, the change in words and the Chinese tier and source label', () => {
    const props = cardFor('trade-total', 'zh', 'CNY');
    const card = renderCard(props, '?lang=zh');
    expect(card).toHaveAccessibleName(expect.stringMatching(/^文化服务贸易进出口，2020年：141\.6亿元。/));
    expect(within(card).getByText('141.6')).toBeInTheDocument();
    expect(within(card).getByText('亿元')).toBeInTheDocument();
    const change = within(card).getByText((_, el) => el?.textContent === '▲ 同比增长14.45%');
    expect(within(change).getByText('▲')).toHaveAttribute('aria-hidden', 'true');
    expect(within(card).getByText('A级 · 原文')).toBeInTheDocument();
    expect(within(card).getByText(/^来源：/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: `${ARTICLE_TITLE}（2021年2月26日）` })).toHaveAttribute(
      'href',
      '/sources?lang=zh#trade-total',
    );
  });

  it('NetEase: 以上 after the unit, and the 2019~2020 note', () => {
    const props = cardFor('netease-games', 'zh', 'CNY');
    const card = renderCard(props, '?lang=zh');
    expect(within(card).getByText('8000')).toBeInTheDocument();
    expect(within(card).getByText('万元以上')).toBeInTheDocument();
    expect(within(card).queryByText('over')).not.toBeInTheDocument();
    expect(within(card).getByText(/2019~2020年合计/)).toHaveTextContent(/^说明：/);
  });

  it('zone rank: 第3位 and the 功能区类 note', () => {
    const props = cardFor('zone-rank', 'zh', 'CNY');
    const card = renderCard(props, '?lang=zh');
    expect(within(card).getByText('第')).toBeInTheDocument();
    expect(within(card).getByText('3')).toBeInTheDocument();
    expect(within(card).getByText('位')).toBeInTheDocument();
    expect(within(card).getByText(/功能区类/)).toBeInTheDocument();
  });
});

describe('KpiCard, US dollars', () => {
  it('trade: shows the article’s own US$2.19 billion, said to be stated by the article, not converted', () => {
    const props = cardFor('trade-total', 'en', 'USD');
    const card = renderCard(props, '?lang=en&currency=USD');
    expect(card).toHaveAccessibleName(expect.stringMatching(/^Culture-services trade, 2020: US\$2\.19 billion\./));
    expect(within(card).getByText('US$')).toBeInTheDocument();
    expect(within(card).getByText('2.19')).toBeInTheDocument();
    expect(within(card).getByText('US dollar figure as stated by the article')).toBeInTheDocument();
    expect(within(card).queryByText(/Converted/)).not.toBeInTheDocument();
    expect(within(card).queryByText('14.16')).not.toBeInTheDocument();
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/sources?lang=en&currency=USD#trade-total');
  });

  it('exports: a converted, approximate value with the implied-rate line', () => {
    const props = cardFor('exports-total', 'en', 'USD');
    const card = renderCard(props, '?lang=en&currency=USD');
    // 13.16 billion yuan at 14.16 / 2.19 yuan per dollar, to the three figures of 2.19.
    const expected = (13.16 / (14.16 / 2.19)).toPrecision(3);
    expect(within(card).getByText('≈ US$')).toBeInTheDocument();
    expect(within(card).getByText(expected)).toBeInTheDocument();
    expect(
      within(card).getByText('Converted at the article’s implied rate of 6.47 yuan per US dollar'),
    ).toBeInTheDocument();
    expect(card).toHaveAccessibleName(expect.stringContaining(`≈ US$${expected} billion`));
    expect(card).toHaveAccessibleName(expect.stringContaining('implied rate of 6.47 yuan'));
  });

  it('zh: 21.9亿美元 for trade, and 约…亿美元 with the rate for exports', () => {
    const trade = renderCard(cardFor('trade-total', 'zh', 'USD'), '?lang=zh&currency=USD');
    expect(within(trade).getByText('21.9')).toBeInTheDocument();
    expect(within(trade).getByText('亿美元')).toBeInTheDocument();
    expect(within(trade).getByText('原文给出的美元数')).toBeInTheDocument();
  });

  it('zh exports: 约 before the converted number and the rate line', () => {
    const card = renderCard(cardFor('exports-total', 'zh', 'USD'), '?lang=zh&currency=USD');
    expect(within(card).getByText('约')).toBeInTheDocument();
    expect(within(card).getByText(((13.16 / (14.16 / 2.19)) * 10).toPrecision(3))).toBeInTheDocument();
    expect(within(card).getByText('按原文隐含汇率6.47元/美元换算')).toBeInTheDocument();
  });

  it('NetEase: a converted lower bound keeps both its "over" and its ≈, to the one figure of "80 million"', () => {
    const en = renderCard(cardFor('netease-games', 'en', 'USD'), '?lang=en&currency=USD');
    expect(en).toHaveAccessibleName(expect.stringContaining('over ≈ US$12 million'));
    expect(within(en).getByText('12')).toBeInTheDocument();
    expect(within(en).queryByText(/12\.37/)).not.toBeInTheDocument();
  });

  it('NetEase in Chinese: 约1200万美元以上', () => {
    const card = renderCard(cardFor('netease-games', 'zh', 'USD'), '?lang=zh&currency=USD');
    expect(card).toHaveAccessibleName(expect.stringContaining('约1200万美元以上'));
    expect(within(card).getByText('1200')).toBeInTheDocument();
    expect(within(card).queryByText(/1237/)).not.toBeInTheDocument();
  });
});

describe('KpiCard in the app', () => {
  it('the source link opens the sources page at that figure, keeping the language and currency', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=en&currency=USD', { catalog: realCatalog() });
    const card = await screen.findByRole(
      'article',
      { name: /^Culture-services trade, 2020: US\$2\.19 billion/ },
      { timeout: PAGE_TIMEOUT },
    );
    await user.click(within(card).getByRole('link', { name: escape(ARTICLE_TITLE) }));
    await findPageHeading('Sources and methods');
    const url = currentLocation();
    expect(url.pathname).toBe('/sources');
    expect(url.hash).toBe('#trade-total');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('currency')).toBe('USD');
    const entry = document.getElementById('trade-total');
    expect(entry).not.toBeNull();
    // Focus moves in an effect, after the page has rendered.
    await waitFor(() => expect(entry).toHaveFocus());
  });
});
