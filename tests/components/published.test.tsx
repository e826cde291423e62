import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../src/components/chart-frame';
import { publishedCharts } from '../../src/domain/published-series';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp, renderWithProviders } from './render';

// Whole-app renders load lazy pages and the lazy drawing; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const EN = {
  section: 'Published figures over time',
  why: 'Why these years are not one series',
  cny: 'Published in yuan, report by report',
  usd: 'Published in US dollars, report by report',
  growth: 'Growth rates as each report published them',
} as const;
const ZH = {
  section: '历年公布数据',
  why: '为什么这些年份不能连成一个序列',
  cny: '历年公布值（人民币）',
  usd: '历年公布值（美元）',
  growth: '各报道公布的同比增速',
} as const;

async function openPage(path: string, heading: string): Promise<HTMLElement> {
  renderApp(path, { catalog: realCatalog() });
  expect(await findPageHeading(heading)).toBeInTheDocument();
  return screen.getByRole('region', { name: path.includes('lang=zh') ? ZH.section : EN.section });
}

describe('growth page: published figures over time', () => {
  it('shows the section below the four charts, its break explained with the formulas, in English', async () => {
    const section = await openPage('/growth?lang=en', 'Growth');
    expect(within(section).getByRole('heading', { level: 2, name: EN.section })).toBeInTheDocument();
    // Below the four charts of the announcement.
    const trade = screen.getByRole('region', { name: 'Culture-services trade, exports and imports' });
    expect(trade.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const why = within(section).getByRole('region', { name: EN.why });
    expect(within(why).getByRole('heading', { level: 3, name: EN.why })).toBeInTheDocument();
    expect(why).toHaveTextContent('1.664 ÷ 1.10 ≈ 1.51 billion yuan');
    expect(why).toHaveTextContent('2017 as published: 5.529 billion yuan');
    expect(why).toHaveTextContent('14.157 ÷ 1.1445 ≈ 12.37 billion yuan');
    expect(why).toHaveTextContent('2018 as published: 1.664 billion yuan');
    expect(why).toHaveTextContent('-1.378 billion yuan, a deficit');
    expect(why).toHaveTextContent('2015 is in US dollars');
    expect(why).toHaveTextContent('2012–2014, 2016, 2019 and 2021–2025: those years are left empty');
    expect(within(why).getByRole('link', { name: '2018 shows a deficit where 2020 shows a surplus' })).toHaveAttribute(
      'href',
      '/sources?lang=en#exports-2018-printed',
    );

    for (const title of [EN.cny, EN.usd, EN.growth]) {
      const chart = within(section).getByRole('region', { name: title });
      expect(within(chart).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
      const tabs = within(chart).getByRole('tablist', { name: `Show ${title} as` });
      expect(
        within(tabs)
          .getAllByRole('tab')
          .map((t) => t.textContent),
      ).toEqual(['Chart', 'Table']);
      expect(within(chart).getByRole('group', { name: 'Take it away' })).toBeInTheDocument();
      expect(within(chart).getByText('In words')).toBeInTheDocument();
    }
    const cny = within(section).getByRole('region', { name: EN.cny });
    expect(within(cny).getByText('Billion yuan, 2017–2020')).toBeInTheDocument();
    // The source line names a repost as a secondary copy, with its outlet.
    expect(
      within(cny).getByRole('link', { name: /secondary copy \(outlet: Zhejiang Department of Commerce\)/ }),
    ).toHaveAttribute('href', '/sources?lang=en#source-baogaosu-2018');
    expect(within(cny).getByText('In words').closest('p')).toHaveTextContent(
      'Culture-services trade — secondary copy (outlet: Zhejiang Department of Commerce): 5.529 billion yuan in 2017.',
    );
    // The key says what a diamond is.
    expect(within(cny).getByRole('list', { name: 'Key' })).toHaveTextContent(
      'hollow diamond: from a secondary copy only',
    );
  });

  it('turns a published chart into a table of its figures, each with its source and scope, and keeps it in the address', async () => {
    const user = userEvent.setup();
    const section = await openPage('/growth?lang=en', 'Growth');
    const cny = within(section).getByRole('region', { name: EN.cny });
    await user.click(within(cny).getByRole('tab', { name: 'Table' }));
    const table = within(cny).getByRole('table', { name: `${EN.cny} (billion yuan)` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Figure', 'Value', 'Source', 'What it covers']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Services trade, 2017',
      'Services trade, 2018',
      'Services trade, 2020',
      'Services trade, 2020',
      'Services exports, 2017',
      'Services exports, 2018',
      'Services exports, 2020',
      'Services exports, 2020',
      'Services imports, 2018',
    ]);
    const row2017 = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(row2017)
        .getAllByRole('cell')
        .slice(0, 2)
        .map((c) => c.textContent),
    ).toEqual(['5.529 billion yuan', 'secondary copy (outlet: Zhejiang Department of Commerce)']);
    expect(
      within(table).getAllByRole('cell', { name: 'secondary copy (outlet: Zhejiang Department of Commerce)' }),
    ).toHaveLength(2);
    expect(within(table).getByRole('cell', { name: '1.664 billion yuan' })).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.get('table')).toBe('published-cny'));
    // Yuan and dollars are never in one table.
    expect(within(table).queryByText(/US\$/)).toBeNull();
  });

  it('opens a published chart as a table from the address, after the growth charts in page order', async () => {
    const section = await openPage('/growth?lang=en&table=published-growth,trade', 'Growth');
    const growth = within(section).getByRole('region', { name: EN.growth });
    const table = within(growth).getByRole('table', { name: `${EN.growth} (%)` });
    expect(within(table).getByRole('cell', { name: '+28.36%' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '+10%' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /ignored/ })).not.toBeInTheDocument();
    expect(within(within(section).getByRole('region', { name: EN.cny })).queryByRole('table')).toBeNull();
  });

  it('shows the section, its break and a secondary copy in Chinese', async () => {
    const user = userEvent.setup();
    const section = await openPage('/growth?lang=zh', '增长');
    expect(within(section).getByRole('heading', { level: 2, name: ZH.section })).toBeInTheDocument();
    const why = within(section).getByRole('region', { name: ZH.why });
    expect(why).toHaveTextContent('16.64 ÷ 1.10 ≈ 15.1亿元');
    expect(why).toHaveTextContent('而2017年公布为55.29亿元');
    expect(why).toHaveTextContent('141.57 ÷ 1.1445 ≈ 123.7亿元');
    expect(why).toHaveTextContent('而2018年公布为16.64亿元');
    expect(why).toHaveTextContent('出口1.43亿元 − 进口15.21亿元 = -13.78亿元，逆差');
    expect(why).toHaveTextContent('进出口141.57亿元中出口131.62亿元');
    expect(why).toHaveTextContent('2015年以美元计');
    expect(why).not.toHaveTextContent('billion');

    const cny = within(section).getByRole('region', { name: ZH.cny });
    expect(within(cny).getByText('单位：亿元，2017~2020年')).toBeInTheDocument();
    expect(within(cny).getByRole('link', { name: /二手转载（原载：浙江省商务厅）/ })).toBeInTheDocument();
    await user.click(within(cny).getByRole('tab', { name: '表格' }));
    const table = within(cny).getByRole('table', { name: `${ZH.cny}（亿元）` });
    expect(within(table).getAllByRole('cell', { name: '二手转载（原载：浙江省商务厅）' })).toHaveLength(2);
    expect(within(table).getByRole('cell', { name: '55.29亿元' })).toBeInTheDocument();
    expect(within(section).getByRole('region', { name: ZH.usd })).toBeInTheDocument();
    expect(within(section).getByRole('region', { name: ZH.growth })).toBeInTheDocument();
  });

  it('does not list the drawn figures again among those never drawn', async () => {
    await openPage('/growth?lang=en', 'Growth');
    const context = screen.getByRole('region', { name: 'Other published figures — not comparable' });
    expect(within(context).queryByRole('heading', { name: 'Zhejiang culture-services trade, as printed' })).toBeNull();
    expect(within(context).queryByText(/1\.664/)).toBeNull();
    expect(
      within(context).getByRole('heading', { level: 3, name: 'Hengdian film companies’ exports' }),
    ).toBeInTheDocument();
  });
});

describe('the dot drawing (fixed width, as jsdom has no layout)', () => {
  const [cny] = publishedCharts(realCatalog());

  it('draws one dot per figure, a secondary copy as a hollow diamond, and no line between reports', async () => {
    if (!cny) throw new Error('no yuan chart');
    renderWithProviders(<ChartFrame chart={cny} view="chart" width={640} sources={[]} />, { path: '/?lang=en' });
    const svg = await screen.findByRole('application', { name: new RegExp(`^${EN.cny}`) }, { timeout: PAGE_TIMEOUT });
    expect(svg).toHaveAccessibleName(`${EN.cny}, Billion yuan, 2017–2020`);
    await waitFor(() => expect(svg.querySelectorAll('.chart-point')).toHaveLength(9));
    expect(svg.querySelectorAll('.chart-point--secondary')).toHaveLength(2);
    expect(svg.querySelectorAll('.chart-join')).toHaveLength(0);
    // Each row is named by what it measures, when, and its source.
    expect(within(svg).getAllByText('Services trade, 2017').length).toBeGreaterThan(0);
    expect(within(svg).getAllByText('The article')).toHaveLength(2);
    expect(within(svg).getByText('5.529')).toBeInTheDocument();
    expect(within(svg).getByText('14.157')).toBeInTheDocument();
  });
});
