import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentLocation, findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });

const TITLE = 'Export bases';
const SEARCH = 'Search by name, in English or Chinese';
const COOP_ZONE = 'China (Zhejiang) International Cooperation Zone for the Film and TV Industry';
const CLOUD = 'Cloud platform for film and TV transactions';

/** The names in the table body, in display order. */
function rowNames(): string[] {
  const table = screen.getByRole('table', { name: /Export bases, zones and the cloud platform/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

function countLine(): HTMLElement {
  return screen.getByText(/^\d+ of \d+ shown$/);
}

describe('export bases page', () => {
  it('lists the four bases and the cloud platform, with rank, kind and "not stated" fields', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading(TITLE)).toBeInTheDocument();
    expect(rowNames()).toHaveLength(5);
    expect(rowNames()).toContain(CLOUD);
    expect(countLine()).toHaveTextContent('5 of 5 shown');
    const coopRow = screen.getByRole('rowheader', { name: COOP_ZONE }).closest('tr');
    expect(coopRow).not.toBeNull();
    const row = within(coopRow as HTMLElement);
    expect(row.getByRole('link', { name: '3rd' })).toHaveAttribute('href', '/sources?lang=en#zone-rank');
    expect(row.getByText(/functional-zone category/)).toBeInTheDocument();
    expect(row.getByText('Cooperation zone')).toBeInTheDocument();
    // The article does not say when the zone was launched.
    expect(row.getAllByText('not stated').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: COOP_ZONE })).toHaveAttribute('href', '/bases/coop-zone?lang=en');
    await waitFor(() => expect(document.title).toBe('Export bases · Zhejiang Culture Exports'));
  });

  it('narrows the table by an English or a Chinese name, and keeps the search in the address', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const search = screen.getByRole('searchbox', { name: SEARCH });

    await user.type(search, 'zone');
    await waitFor(() => expect(countLine()).toHaveTextContent('2 of 5 shown'));
    expect(rowNames()).toEqual([COOP_ZONE, 'China Zhejiang International Cooperation Zone for Arts Trade']);
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('zone'));

    await user.clear(search);
    await user.type(search, '合作区');
    await waitFor(() => expect(countLine()).toHaveTextContent('2 of 5 shown'));
    expect(rowNames()).toEqual([COOP_ZONE, 'China Zhejiang International Cooperation Zone for Arts Trade']);
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('合作区'));
  });

  it('shows the count line in Chinese and finds a name typed in Chinese', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=zh', { catalog: realCatalog() });
    await findPageHeading('出口基地');
    expect(screen.getByText('显示5项，共5项')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '按名称搜索（中文或英文）' }), '十诺');
    expect(await screen.findByText('显示1项，共5项')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '十诺云平台' })).toBeInTheDocument();
    // A Chinese name that is our translation carries the 译名 mark.
    await user.clear(screen.getByRole('searchbox', { name: '按名称搜索（中文或英文）' }));
    expect(screen.getByRole('rowheader', { name: /横店影视文化产业集群.*译名/ })).toBeInTheDocument();
  });

  it('filters by a facet, writes it to the address and updates the count line and the counts', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    // Clear stays in its place, disabled while there is nothing to clear, as on the exporters page.
    const clear = screen.getByRole('button', { name: 'Clear search and filters' });
    expect(clear).toBeDisabled();
    expect(screen.getAllByRole('status')).toContain(countLine());
    const city = screen.getByRole('group', { name: 'City' });
    await user.click(within(city).getByRole('checkbox', { name: /^Yiwu/ }));

    await waitFor(() => expect(currentLocation().searchParams.get('city')).toBe('yiwu'));
    expect(countLine()).toHaveTextContent('1 of 5 shown');
    expect(rowNames()).toEqual(['China Zhejiang International Cooperation Zone for Arts Trade']);
    // The kind facet counts what each kind would show with the city filter kept.
    const kind = screen.getByRole('group', { name: 'Kind' });
    expect(
      within(kind)
        .getByRole('checkbox', { name: /^Arts-trade zone/ })
        .closest('label'),
    ).toHaveTextContent('1');

    expect(clear).toBeEnabled();
    await user.click(clear);
    await waitFor(() => expect(countLine()).toHaveTextContent('5 of 5 shown'));
    expect(currentLocation().searchParams.has('city')).toBe(false);
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveFocus();
    expect(clear).toBeDisabled();
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const header = () => screen.getByRole('button', { name: 'Sort by City' }).closest('th');
    expect(header()).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: 'Sort by City' }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(currentLocation().searchParams.get('sort')).toBe('city');
    expect(rowNames().at(-1)).toBe('China Zhejiang International Cooperation Zone for Arts Trade');

    await user.click(screen.getByRole('button', { name: 'Sort by City' }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(currentLocation().searchParams.get('dir')).toBe('desc');
    expect(rowNames()[0]).toBe('China Zhejiang International Cooperation Zone for Arts Trade');
  });

  it('drops an unknown facet value from the address and names it in a status notice', async () => {
    renderApp('/bases?lang=en&kind=nonsense', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    await waitFor(() => expect(currentLocation().searchParams.has('kind')).toBe(false));
    // The count line is a status too: the notice is the one that names the value.
    const notice = await screen.findByText(/does not understand/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(notice).toHaveTextContent(
      'The address had a value this page does not understand, so it was ignored: kind=nonsense.',
    );
    expect(countLine()).toHaveTextContent('5 of 5 shown');
  });

  it('says when nothing matches and clears the filters from there', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en&q=nothing-like-this', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    expect(screen.getByText('No base, zone or platform matches this search and these filters.')).toBeInTheDocument();
    expect(countLine()).toHaveTextContent('0 of 5 shown');
    const table = screen.getByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(countLine()).toHaveTextContent('5 of 5 shown'));
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveFocus();
  });

  it('sorts from the control of the stacked rows, in step with the column headers', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en&sort=city', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const control = within(screen.getByRole('group', { name: 'Export bases, zones and the cloud platform' }));
    const column = control.getByRole('combobox', { name: 'Sort by' });
    expect(column).toHaveValue('city');
    expect(rowNames().at(-1)).toBe('China Zhejiang International Cooperation Zone for Arts Trade');
    await user.click(control.getByRole('button', { name: 'Descending' }));
    await waitFor(() => expect(rowNames()[0]).toBe('China Zhejiang International Cooperation Zone for Arts Trade'));
    expect(currentLocation().searchParams.get('dir')).toBe('desc');
    expect(screen.getByRole('button', { name: 'Sort by City' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});

describe('base detail page', () => {
  it('shows the Cooperation Zone with its rank, the functional-zone note, its facts and related links', async () => {
    renderApp('/bases/coop-zone?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading(COOP_ZONE)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${COOP_ZONE} · Zhejiang Culture Exports`));
    expect(screen.getAllByRole('link', { name: '3rd' })[0]).toHaveAttribute('href', '/sources?lang=en#zone-rank');
    expect(screen.getAllByText(/functional-zone category/).length).toBeGreaterThan(0);

    const figures = screen.getByRole('region', { name: 'Figures' });
    expect(within(figures).getAllByText('3rd')).toHaveLength(2);
    expect(within(figures).getByText('荣获国家文化出口基地功能区类第三位')).toHaveAttribute('lang', 'zh-CN');

    const facts = screen.getByRole('region', { name: 'What the sources say' });
    expect(within(facts).getByText(/Backed by the Ministry of Commerce/)).toBeInTheDocument();

    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Hangzhou')).toBeInTheDocument();
    expect(within(details).getAllByText('not stated')).toHaveLength(2);

    const related = screen.getByRole('region', { name: 'Related' });
    expect(within(related).getByRole('link', { name: CLOUD })).toHaveAttribute('href', '/bases/cloud-platform?lang=en');
    for (const id of ['digital-creative-base', 'hengdian-cluster', 'arts-trade-zone'])
      expect(
        within(related)
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toContain(`/bases/${id}?lang=en`);
    expect(screen.getByRole('link', { name: /Back to the export bases/ })).toHaveAttribute('href', '/bases?lang=en');
  });

  it('links each base launched on the zone’s spin-off effects, and the platform, back to the zone', async () => {
    const user = userEvent.setup();
    renderApp('/bases/cloud-platform?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading(CLOUD)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent('November 2020');
    await user.click(within(screen.getByRole('region', { name: 'Related' })).getByRole('link', { name: COOP_ZONE }));
    expect(await findPageHeading(COOP_ZONE)).toBeInTheDocument();
    cleanup();

    for (const id of ['digital-creative-base', 'hengdian-cluster', 'arts-trade-zone']) {
      const { unmount } = renderApp(`/bases/${id}?lang=en`, { catalog: realCatalog() });
      const related = await screen.findByRole('region', { name: 'Related' }, { timeout: 5000 });
      expect(within(related).getByRole('link', { name: COOP_ZONE })).toHaveAttribute(
        'href',
        '/bases/coop-zone?lang=en',
      );
      unmount();
    }
  });

  it('shows a not-found message naming an unknown id, with a link back to the list', async () => {
    renderApp('/bases/no-such-id?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('Export base not found')).toBeInTheDocument();
    expect(screen.getByText('There is no export base, zone or platform with the id “no-such-id”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to the export bases/ })).toHaveAttribute('href', '/bases?lang=en');
  });

  it('treats the id of an exporter as not found on /bases/:id', async () => {
    renderApp('/bases/netease?lang=zh', { catalog: realCatalog() });
    expect(await findPageHeading('未找到该出口基地')).toBeInTheDocument();
    expect(screen.getByText('没有编号为“netease”的出口基地、合作区或平台。')).toBeInTheDocument();
  });
});

describe('exporter detail page', () => {
  it('shows an exporter with its sector, figures, facts and "not stated" fields', async () => {
    renderApp('/exporters/netease?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('NetEase')).toBeInTheDocument();
    expect(screen.getByText('Video games', { selector: '.detail-kind span' })).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'Figures' });
    expect(within(figures).getAllByText('over 80 million yuan')).toHaveLength(2);
    expect(within(figures).getByText('Covers 2019 and 2020 combined.')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getAllByText('not stated')).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Back to the exporters/ })).toHaveAttribute('href', '/exporters?lang=en');
  });

  it('shows a not-found message for an unknown or a base id', async () => {
    renderApp('/exporters/coop-zone?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('Exporter not found')).toBeInTheDocument();
    expect(screen.getByText('There is no exporter with the id “coop-zone”.')).toBeInTheDocument();
  });
});

describe('labels say what their source says, no more', () => {
  const DIGITAL = 'China (Zhejiang) Digital Creative Culture Exportation Base';

  it('calls the Digital Creative base an exportation base, as the article does, not a national base', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const digitalRow = within(screen.getByRole('rowheader', { name: DIGITAL }).closest('tr') as HTMLElement);
    expect(digitalRow.getByText('Culture exportation base')).toBeInTheDocument();
    expect(screen.queryByText(/national culture export base$/i)).toBeNull();
    // Only the zone is placed among the national bases, by the assessment that ranked it.
    expect(screen.getByText(/Cooperation Zone, ranked among national culture export bases/)).toBeInTheDocument();
    expect(screen.getByText(/does not call the others national bases/)).toBeInTheDocument();
  });

  it('says the same in Chinese, on the list and in the zone’s related list', async () => {
    renderApp('/bases/coop-zone?lang=zh', { catalog: realCatalog() });
    const related = await screen.findByRole('region', { name: '相关条目' }, { timeout: 5000 });
    expect(within(related).getAllByText('文化出口基地').length).toBeGreaterThan(0);
    expect(within(related).queryByText('国家文化出口基地')).toBeNull();
  });

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
