import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../src/components/chart-frame';
import { growthCharts, type ChartId, type ChartSpec } from '../../src/domain/chart-series';
import { describeChart } from '../../src/domain/chart-text';
import { publishedCharts } from '../../src/domain/published-series';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp, renderWithProviders } from './render';

// Whole-app renders load lazy pages and the lazy drawing; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const TITLES = {
  trade: 'Culture-services trade, exports and imports',
  growth: 'Growth on the year before',
  share: 'Exports as a share of trade',
  balance: 'Trade balance: exports minus imports',
} as const;
const TITLES_ZH = {
  trade: '文化服务贸易进出口、出口与进口',
  growth: '同比增速',
  share: '出口占进出口比重',
  balance: '贸易差额：出口减进口',
} as const;

const catalog = realCatalog();
const charts = growthCharts(catalog, 'CNY');
function chartOf(id: ChartId): ChartSpec {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart "${id}"`);
  return c;
}

function region(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

async function openPage(path: string, heading: string | RegExp = 'Growth'): Promise<void> {
  renderApp(path, { catalog: realCatalog() });
  expect(await findPageHeading(heading)).toBeInTheDocument();
}

describe('growth page', () => {
  it('shows the heading and one region per chart, named by its title, each with Chart and Table tabs', async () => {
    await openPage('/growth?lang=en');
    // The title is written in an effect, after the heading has rendered.
    await waitFor(() => expect(document.title).toBe('Growth · Zhejiang Culture Exports'));
    for (const title of Object.values(TITLES)) {
      const r = region(title);
      expect(within(r).getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
      const tablist = within(r).getByRole('tablist', { name: `Show ${title} as` });
      const tabs = within(tablist).getAllByRole('tab');
      expect(tabs.map((t) => t.textContent)).toEqual(['Chart', 'Table']);
      expect(within(tablist).getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
      expect(within(tablist).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'false');
      // The numbers are not shown as a table until asked for.
      expect(within(r).queryByRole('table')).not.toBeInTheDocument();
    }
    expect(within(region(TITLES.trade)).getByText('Billion yuan, 2019–2020')).toBeInTheDocument();
    expect(within(region(TITLES.growth)).getByText('Percent, 2020')).toBeInTheDocument();
  });

  it('turns the trade chart into a table of the same numbers, and puts table=trade in the address', async () => {
    const user = userEvent.setup();
    await openPage('/growth?lang=en');
    const trade = region(TITLES.trade);
    await user.click(within(trade).getByRole('tab', { name: 'Table' }));

    const table = within(trade).getByRole('table', { name: `${TITLES.trade} (billion yuan)` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Series', '2019', '2020']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['Trade', 'Exports', 'Imports']);
    const exportsRow = within(table).getByRole('rowheader', { name: 'Exports' }).closest('tr');
    expect(exportsRow).not.toBeNull();
    expect(
      within(exportsRow as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['≈ 10.37 billion yuan', '13.16 billion yuan']);
    expect(within(table).getByRole('cell', { name: '14.16 billion yuan' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '≈ 1.00 billion yuan' })).toBeInTheDocument();

    expect(within(trade).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    expect(within(trade).getByRole('tabpanel', { name: 'Table' })).toContainElement(table);
    await waitFor(() => expect(currentLocation().searchParams.get('table')).toBe('trade'));
    expect(currentLocation().searchParams.get('lang')).toBe('en');
    // The other charts stay charts.
    expect(within(region(TITLES.growth)).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(trade).getByRole('tab', { name: 'Chart' }));
    expect(within(trade).queryByRole('table')).not.toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.has('table')).toBe(false));
  });

  it('keeps two tables in the address in page order', async () => {
    const user = userEvent.setup();
    await openPage('/growth?lang=en');
    await user.click(within(region(TITLES.balance)).getByRole('tab', { name: 'Table' }));
    await user.click(within(region(TITLES.trade)).getByRole('tab', { name: 'Table' }));
    await waitFor(() => expect(currentLocation().searchParams.get('table')).toBe('trade,balance'));
    expect(within(region(TITLES.balance)).getByRole('table')).toBeInTheDocument();
  });

  it('moves between the tabs with the arrow keys, and focus follows', async () => {
    const user = userEvent.setup();
    await openPage('/growth?lang=en');
    const trade = region(TITLES.trade);
    const chartTab = within(trade).getByRole('tab', { name: 'Chart' });
    const tableTab = within(trade).getByRole('tab', { name: 'Table' });
    expect(chartTab).toHaveAttribute('tabindex', '0');
    expect(tableTab).toHaveAttribute('tabindex', '-1');

    chartTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(tableTab).toHaveFocus();
    expect(tableTab).toHaveAttribute('aria-selected', 'true');
    expect(tableTab).toHaveAttribute('tabindex', '0');
    expect(within(trade).getByRole('table')).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.get('table')).toBe('trade'));

    await user.keyboard('{ArrowLeft}');
    expect(chartTab).toHaveFocus();
    expect(chartTab).toHaveAttribute('aria-selected', 'true');
    expect(within(trade).queryByRole('table')).not.toBeInTheDocument();

    await user.keyboard('{End}');
    expect(tableTab).toHaveFocus();
    await user.keyboard('{Home}');
    expect(chartTab).toHaveFocus();
    expect(chartTab).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the growth chart as a table from the address', async () => {
    await openPage('/growth?lang=en&table=growth');
    const growth = region(TITLES.growth);
    expect(within(growth).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    const table = within(growth).getByRole('table', { name: `${TITLES.growth} (%)` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Series', '2020']);
    expect(within(table).getByRole('cell', { name: '+26.91%' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '≈ -50.1%' })).toBeInTheDocument();
    expect(within(region(TITLES.trade)).queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /ignored/ })).not.toBeInTheDocument();
  });

  it('drops an unknown chart from the address and says so', async () => {
    await openPage('/growth?lang=en&table=nope');
    const notice = await screen.findByText(
      'The address had a value this page does not understand, so it was ignored: table=nope.',
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(currentLocation().searchParams.has('table')).toBe(false));
    expect(currentLocation().searchParams.get('lang')).toBe('en');
    // Every chart is still a chart.
    for (const title of Object.values(TITLES)) expect(within(region(title)).queryByRole('table')).toBeNull();
  });

  it('keeps the known chart and drops the unknown one from a mixed list', async () => {
    await openPage('/growth?lang=en&table=share,nope');
    expect(
      await screen.findByText('The address had a value this page does not understand, so it was ignored: table=nope.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().searchParams.get('table')).toBe('share'));
    expect(within(region(TITLES.share)).getByRole('table')).toBeInTheDocument();
  });

  it('drops a bad language and a bad chart together, and names both', async () => {
    await openPage('/growth?lang=fr&table=nope');
    expect(
      await screen.findByText(
        'The address had values this page does not understand, so they were ignored: table=nope, lang=fr.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().search).toBe('?lang=en'));
  });

  it('describes each chart in words, in English', async () => {
    await openPage('/growth?lang=en');
    const trade = region(TITLES.trade);
    const description = within(trade).getByText('In words').closest('p');
    expect(description).toHaveTextContent(
      'Exports rose from ≈ 10.37 billion yuan in 2019 to 13.16 billion yuan in 2020 (+26.91%).',
    );
    expect(description).toHaveTextContent(
      'Values marked ≈ are derived from the published figures, not stated by a source.',
    );
    expect(within(region(TITLES.growth)).getByText('In words').closest('p')).toHaveTextContent(
      '2020 on the year before: Trade +14.45%, Exports +26.91%, Imports ≈ -50.1%.',
    );
  });

  it('describes each chart in Chinese on the Chinese page', async () => {
    await openPage('/growth?lang=zh', '增长');
    const trade = region(TITLES_ZH.trade);
    expect(within(trade).getByRole('tablist', { name: `${TITLES_ZH.trade}的显示方式` })).toBeInTheDocument();
    expect(within(trade).getByRole('tab', { name: '表格' })).toBeInTheDocument();
    const description = within(trade).getByText('文字说明').closest('p');
    expect(description).toHaveTextContent('出口从2019年的约103.7亿元增至2020年的131.6亿元（增长26.91%）。');
    expect(description).toHaveTextContent('标“约”的数值由已公布数据推算，非来源直接给出。');
    expect(description).not.toHaveTextContent('billion');
    expect(within(region(TITLES_ZH.growth)).getByText('文字说明').closest('p')).toHaveTextContent(
      '2020年比上年：进出口增长14.45%，出口增长26.91%，进口约下降50.1%。',
    );
  });

  it('lists the formulas of the derived values under a chart, linked to the sources page', async () => {
    await openPage('/growth?lang=en');
    const trade = region(TITLES.trade);
    expect(within(trade).getByText('How the derived values are computed')).toBeInTheDocument();
    const link = within(trade).getByRole('link', { name: 'Exports 2019' });
    expect(link).toHaveAttribute('href', '/sources?lang=en#derived-exports-2019');
    expect(link.closest('li')).toHaveTextContent('exports 2020 ÷ (1 + 26.91%) = 13.16 ÷ 1.2691 billion yuan');
    // A stated value has no formula.
    expect(within(trade).queryByRole('link', { name: 'Exports 2020' })).not.toBeInTheDocument();
  });

  it('lists other published figures as not comparable, with their caveats', async () => {
    await openPage('/growth?lang=en');
    const context = region('Other published figures — not comparable');
    const item = within(context)
      .getByRole('heading', { level: 3, name: 'Hengdian film companies’ exports' })
      .closest('li');
    expect(item).not.toBeNull();
    const li = within(item as HTMLElement);
    expect(li.getByText('over US$60 million')).toBeInTheDocument();
    expect(li.getByText('Why it is not comparable:')).toBeInTheDocument();
    expect(item).toHaveTextContent('Film companies in Hengdian only, in US dollars, for 2018');
    expect(item).toHaveTextContent('2018');
    expect(li.getByRole('link', { name: 'Hengdian film companies’ exports' })).toHaveAttribute(
      'href',
      '/sources?lang=en#hengdian-exports-2018',
    );
    // Every tier C figure but those drawn as published (a section of their own) is listed here.
    const drawn = new Set(
      publishedCharts(catalog).flatMap((c) => c.series.flatMap((s) => s.points.map((p) => p.figure.id))),
    );
    const tierC = catalog.dataset.figures.filter((f) => f.tier === 'C' && !drawn.has(f.id));
    expect(within(context).getAllByRole('listitem')).toHaveLength(tierC.length);
    expect(within(context).getAllByText('Why it is not comparable:')).toHaveLength(
      tierC.filter((f) => f.caveat).length,
    );
    // None of them is in a chart's table.
    for (const title of Object.values(TITLES)) expect(within(region(title)).queryByText(/US\$60/)).toBeNull();
  });

  it('says how US dollar values are made when the reader chooses dollars', async () => {
    await openPage('/growth?lang=en&currency=USD&table=trade');
    expect(
      screen.getByText(
        'US dollar values: a source’s own dollar figure where it gives one; everything else converted from yuan at 6.47 yuan per US dollar, the rate the article implies.',
      ),
    ).toBeInTheDocument();
    const trade = region(TITLES.trade);
    expect(within(trade).getByText('US$ billion, 2019–2020')).toBeInTheDocument();
    expect(within(trade).getByText('In words').closest('p')).toHaveTextContent(
      'US dollar values are converted from yuan at the article’s implied rate.',
    );
    // The article's own dollar figure, and exports converted at its rate.
    const table = within(trade).getByRole('table', { name: `${TITLES.trade} (US$ billion)` });
    expect(within(table).getByRole('cell', { name: 'US$2.19 billion' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '≈ US$2.04 billion' })).toBeInTheDocument();
    expect(currentLocation().searchParams.get('currency')).toBe('USD');
  });

  it('says nothing about dollars in yuan', async () => {
    await openPage('/growth?lang=en');
    expect(screen.queryByText(/^US dollar values:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/US dollar values are converted/)).not.toBeInTheDocument();
  });
});

describe('ChartFrame drawing (fixed width, as jsdom has no layout)', () => {
  function drawingOf(title: string): Promise<HTMLElement> {
    return screen.findByRole('application', { name: new RegExp(`^${title}`) }, { timeout: PAGE_TIMEOUT });
  }

  it('labels the drawing by the title and describes it by the description paragraph', async () => {
    const chart = chartOf('trade');
    renderWithProviders(<ChartFrame chart={chart} view="chart" width={640} sources={[]} />, { path: '/?lang=en' });
    const svg = await drawingOf(TITLES.trade);
    expect(svg).toHaveAccessibleName(`${TITLES.trade}, Billion yuan, 2019–2020`);
    const describedBy = svg.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const description = document.getElementById(describedBy ?? '');
    expect(description?.tagName).toBe('P');
    expect(description).toHaveTextContent(describeChart(chart, 'en'));
    expect(svg).toHaveAccessibleDescription(`In words: ${describeChart(chart, 'en')}`);
  });

  it('draws derived points hollow and stated ones filled', async () => {
    renderWithProviders(<ChartFrame chart={chartOf('trade')} view="chart" width={640} sources={[]} />, {
      path: '/?lang=en',
    });
    const svg = await drawingOf(TITLES.trade);
    await waitFor(() => expect(svg.querySelectorAll('circle.chart-point')).toHaveLength(6));
    // Trade, exports and imports 2019 and imports 2020 are derived; trade and exports 2020 are stated.
    expect(svg.querySelectorAll('circle.chart-point--derived')).toHaveLength(4);
    for (const c of svg.querySelectorAll('circle.chart-point--derived'))
      expect(c).toHaveAttribute('fill', 'var(--surface)');
    for (const c of svg.querySelectorAll('circle.chart-point:not(.chart-point--derived)'))
      expect(c.getAttribute('fill')).not.toBe('var(--surface)');
    // Labels beside the points carry the ≈ mark.
    expect(within(svg).getByText('≈10.37')).toBeInTheDocument();
    expect(within(svg).getAllByText('13.16').length).toBeGreaterThan(0);
  });

  it('hatches the derived imports bar of the growth chart', async () => {
    renderWithProviders(<ChartFrame chart={chartOf('growth')} view="chart" width={640} sources={[]} />, {
      path: '/?lang=en',
    });
    const svg = await drawingOf(TITLES.growth);
    await waitFor(() => expect(svg.querySelectorAll('.chart-bar').length).toBeGreaterThan(0));
    const hatched = svg.querySelectorAll('.chart-bar--derived');
    expect(hatched).toHaveLength(1);
    expect(svg.querySelectorAll('.chart-bar')).toHaveLength(3);
    const fill = hatched[0]?.getAttribute('fill') ?? '';
    const patternId = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect(patternId).toBeTruthy();
    // The hatch the bar is filled with is defined in the same drawing.
    expect([...svg.querySelectorAll('pattern')].some((p) => p.id === patternId)).toBe(true);
    expect(within(svg).getByText('≈-50.1%')).toBeInTheDocument();
    expect(within(svg).getByText('+26.91%')).toBeInTheDocument();
  });

  it('describes the Chinese drawing in Chinese', async () => {
    const chart = chartOf('trade');
    renderWithProviders(<ChartFrame chart={chart} view="chart" width={640} sources={[]} />, { path: '/?lang=zh' });
    const svg = await drawingOf(TITLES_ZH.trade);
    expect(svg).toHaveAccessibleName(`${TITLES_ZH.trade}, 单位：亿元，2019~2020年`);
    expect(document.getElementById(svg.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      '出口从2019年的约103.7亿元增至2020年的131.6亿元（增长26.91%）。',
    );
  });
});
