import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentLocation, findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
vi.setConfig({ testTimeout: 15_000 });
// The search reaches the address 300 ms after typing stops: leave room for a busy machine.
const ADDRESS_WAIT = { timeout: 3000 };

const TITLE = 'Export bases';
const SEARCH = 'Search by name, in English or Chinese';
const COOP_ZONE = 'China (Zhejiang) International Cooperation Zone for the Film and TV Industry';
const CLOUD = 'Cloud platform for film and TV transactions';
const DIGITAL = 'China (Zhejiang) Digital Creative Culture Exportation Base';
const HENGDIAN = 'Hengdian Film and Television Culture Industry Cluster';
const ARTS_ZONE = 'China Zhejiang International Cooperation Zone for Arts Trade';
/** English names no source gives are ours, and say so. */
const DIGITAL_ZONE = 'Zhejiang Digital Culture International Cooperation Zone (translated name)';
const PROVINCIAL_2017 = 'First five provincial culture services and products export bases (translated name)';
const HANGZHOU_TRADE = 'Hangzhou, National Foreign Cultural Trade Base (translated name)';
/** The rows in the dataset's order: the article's four bases and the platform, then section E's three. */
const PLACES = [COOP_ZONE, DIGITAL, HENGDIAN, ARTS_ZONE, CLOUD, DIGITAL_ZONE, PROVINCIAL_2017, HANGZHOU_TRADE];
const N = PLACES.length;

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

/** The row a name heads, the name as rowNames() reads it. */
function baseRow(name: string): HTMLElement {
  const header = within(screen.getByRole('table', { name: /Export bases, zones and the cloud platform/ }))
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent === name);
  const row = header?.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** A facet's values as the boxes show them, in order: each label and the number next to it. */
function facetEntries(group: string): [string, string][] {
  return within(screen.getByRole('group', { name: group }))
    .getAllByRole('checkbox')
    .map((box) => {
      const label = box.closest('label');
      const count = label?.querySelector('.facet__count')?.textContent ?? '';
      const text = label?.textContent ?? '';
      return [text.slice(0, text.length - count.length), count];
    });
}

describe('export bases page', () => {
  it('lists the seven bases and designations and the cloud platform, with rank, kind and "not stated" fields', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading(TITLE)).toBeInTheDocument();
    expect(rowNames()).toHaveLength(8);
    expect(rowNames()).toEqual(PLACES);
    expect(rowNames()).toContain(CLOUD);
    expect(countLine()).toHaveTextContent('8 of 8 shown');
    const coopRow = screen.getByRole('rowheader', { name: COOP_ZONE }).closest('tr');
    expect(coopRow).not.toBeNull();
    const row = within(coopRow as HTMLElement);
    expect(row.getByRole('link', { name: '3rd' })).toHaveAttribute('href', '/sources?lang=en#zone-rank');
    expect(row.getByText(/functional-zone category/)).toBeInTheDocument();
    expect(row.getByText('Cooperation zone')).toBeInTheDocument();
    expect(row.getByText('National culture export base')).toBeInTheDocument();
    expect(row.getByText('First batch, announced June 2018')).toBeInTheDocument();
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

    // The three cooperation zones, the digital-culture one of section E among them.
    await user.type(search, 'zone');
    await waitFor(() => expect(countLine()).toHaveTextContent('3 of 8 shown'));
    expect(rowNames()).toEqual([COOP_ZONE, ARTS_ZONE, DIGITAL_ZONE]);
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('zone'), ADDRESS_WAIT);

    await user.clear(search);
    await user.type(search, '合作区');
    await waitFor(() => expect(countLine()).toHaveTextContent('3 of 8 shown'));
    expect(rowNames()).toEqual([COOP_ZONE, ARTS_ZONE, DIGITAL_ZONE]);
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('合作区'), ADDRESS_WAIT);
  });

  it('shows the count line in Chinese and finds a name typed in Chinese', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=zh', { catalog: realCatalog() });
    await findPageHeading('出口基地');
    expect(screen.getByText('显示8项，共8项')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '按名称搜索（中文或英文）' }), '十诺');
    expect(await screen.findByText('显示1项，共8项')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '十诺云平台' })).toBeInTheDocument();
    // A Chinese name that is our translation carries the 译名 mark…
    await user.clear(screen.getByRole('searchbox', { name: '按名称搜索（中文或英文）' }));
    expect(await screen.findByText('显示8项，共8项')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /中国\(浙江\)数字创意文化出口基地.*译名/ })).toBeInTheDocument();
    // …and the Hengdian cluster's is now the source's own, with no mark.
    expect(screen.getByRole('rowheader', { name: '横店影视文化产业集聚区' })).toBeInTheDocument();
    expect(screen.queryByText('横店影视文化产业集群')).not.toBeInTheDocument();
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
    expect(countLine()).toHaveTextContent('1 of 8 shown');
    expect(rowNames()).toEqual([ARTS_ZONE]);
    // The kind facet counts what each kind would show with the city filter kept.
    const kind = screen.getByRole('group', { name: 'Kind' });
    expect(
      within(kind)
        .getByRole('checkbox', { name: /^Arts-trade zone/ })
        .closest('label'),
    ).toHaveTextContent('1');

    expect(clear).toBeEnabled();
    await user.click(clear);
    await waitFor(() => expect(countLine()).toHaveTextContent('8 of 8 shown'));
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
    // Yiwu comes last of the cities; the 2017 bases, in no one city, after them in both directions.
    expect(rowNames().at(-2)).toBe(ARTS_ZONE);
    expect(rowNames().at(-1)).toBe(PROVINCIAL_2017);

    await user.click(screen.getByRole('button', { name: 'Sort by City' }));
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(currentLocation().searchParams.get('dir')).toBe('desc');
    expect(rowNames()[0]).toBe(ARTS_ZONE);
    expect(rowNames()[1]).toBe(HENGDIAN);
    expect(rowNames().at(-1)).toBe(PROVINCIAL_2017);
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
    expect(countLine()).toHaveTextContent('8 of 8 shown');
  });

  it('says when nothing matches and clears the filters from there', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en&q=nothing-like-this', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    expect(screen.getByText('No base, zone or platform matches this search and these filters.')).toBeInTheDocument();
    expect(countLine()).toHaveTextContent('0 of 8 shown');
    const table = screen.getByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(countLine()).toHaveTextContent('8 of 8 shown'));
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveFocus();
  });

  it('sorts from the control of the stacked rows, in step with the column headers', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en&sort=city', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const control = within(screen.getByRole('group', { name: 'Export bases, zones and the cloud platform' }));
    const column = control.getByRole('combobox', { name: 'Sort by' });
    expect(column).toHaveValue('city');
    expect(rowNames().at(-2)).toBe(ARTS_ZONE);
    expect(rowNames().at(-1)).toBe(PROVINCIAL_2017);
    await user.click(control.getByRole('button', { name: 'Descending' }));
    await waitFor(() => expect(rowNames()[0]).toBe(ARTS_ZONE));
    expect(currentLocation().searchParams.get('dir')).toBe('desc');
    expect(screen.getByRole('button', { name: 'Sort by City' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });
});

describe('export bases page: the level each source gives', () => {
  it('counts each level in its facet, the bases no source gives a level to as "not stated"', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    expect(facetEntries('Level')).toEqual([
      ['National culture export base', '2'],
      ['Provincial base or cluster', '2'],
      ['Another national programme', '1'],
      ['Level not stated', '3'],
    ]);
    expect(within(baseRow(HENGDIAN)).getByText('Provincial base or cluster')).toBeInTheDocument();
    expect(within(baseRow(PROVINCIAL_2017)).getByText('Provincial base or cluster')).toBeInTheDocument();
    expect(within(baseRow(HANGZHOU_TRADE)).getByText('Another national programme')).toBeInTheDocument();
  });

  it('lists the kinds in their order, section E’s kinds with the bases, before the platform', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    expect(facetEntries('Kind')).toEqual([
      ['Cooperation zone', '2'],
      ['Culture exportation base', '1'],
      ['Industry cluster', '1'],
      ['Arts-trade zone', '1'],
      ['Provincial export bases', '1'],
      ['Foreign cultural trade base', '1'],
      ['Trade platform', '1'],
    ]);
  });

  it('filters by level into the address, each national base with its batch', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const level = within(screen.getByRole('group', { name: 'Level' }));
    await user.click(level.getByRole('checkbox', { name: /^National culture export base/ }));

    await waitFor(() => expect(currentLocation().searchParams.get('level')).toBe('national'));
    expect(countLine()).toHaveTextContent(`2 of ${N} shown`);
    expect(rowNames()).toEqual([COOP_ZONE, DIGITAL_ZONE]);
    expect(within(baseRow(COOP_ZONE)).getByText('First batch, announced June 2018')).toBeInTheDocument();
    expect(within(baseRow(DIGITAL_ZONE)).getByText('Second batch, announced 26 August 2021')).toBeInTheDocument();
    // The city facet counts within the national bases: both are in Hangzhou.
    const city = within(screen.getByRole('group', { name: 'City' }));
    expect(
      city
        .getByRole('checkbox', { name: /^Hangzhou/ })
        .closest('label')
        ?.querySelector('.facet__count'),
    ).toHaveTextContent('2');

    // "Not stated" instead: the article's two bases it gives no level, and the platform.
    await user.click(level.getByRole('checkbox', { name: /^National culture export base/ }));
    await user.click(level.getByRole('checkbox', { name: /^Level not stated/ }));
    await waitFor(() => expect(currentLocation().searchParams.get('level')).toBe('not-stated'));
    expect(countLine()).toHaveTextContent(`3 of ${N} shown`);
    expect(rowNames()).toEqual([DIGITAL, ARTS_ZONE, CLOUD]);
    // No batch where there is no national level.
    expect(screen.queryByText(/batch, announced/)).not.toBeInTheDocument();
  });

  it('reopens a level from the address and drops one it does not know', async () => {
    renderApp('/bases?lang=en&level=provincial,atlantis', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    await waitFor(() => expect(currentLocation().searchParams.get('level')).toBe('provincial'));
    expect(await screen.findByText(/does not understand/)).toHaveTextContent('level=atlantis');
    expect(countLine()).toHaveTextContent(`2 of ${N} shown`);
    expect(rowNames()).toEqual([HENGDIAN, PROVINCIAL_2017]);
  });

  it('sorts by level: national first, by batch, then provincial, the other programme, not stated', async () => {
    const user = userEvent.setup();
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    await user.click(screen.getByRole('button', { name: 'Sort by Level' }));
    await waitFor(() => expect(currentLocation().searchParams.get('sort')).toBe('level'));
    expect(rowNames()).toEqual([
      COOP_ZONE,
      DIGITAL_ZONE,
      HENGDIAN,
      PROVINCIAL_2017,
      HANGZHOU_TRADE,
      DIGITAL,
      ARTS_ZONE,
      CLOUD,
    ]);
  });

  it('gives the level and the batch in Chinese', async () => {
    renderApp('/bases?lang=zh', { catalog: realCatalog() });
    await findPageHeading('出口基地');
    expect(facetEntries('级别')).toEqual([
      ['国家文化出口基地', '2'],
      ['省级基地或集聚区', '2'],
      ['其他国家级项目', '1'],
      ['级别未说明', '3'],
    ]);
    const row = screen.getByRole('rowheader', { name: '浙江数字文化国际合作区' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('国家文化出口基地')).toBeInTheDocument();
    expect(within(row).getByText('第二批，2021年8月26日公布')).toBeInTheDocument();
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
    // The bases launched on its spin-off effects, the second national base and the 2017 provincial bases.
    for (const id of [
      'digital-creative-base',
      'hengdian-cluster',
      'arts-trade-zone',
      'digital-culture-zone',
      'provincial-bases-2017',
    ])
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

describe('base detail page: section E', () => {
  it('shows the second national base with its batch, its level, and Zoland linked both ways', async () => {
    const user = userEvent.setup();
    renderApp('/bases/digital-culture-zone?lang=en', { catalog: realCatalog() });
    const heading = await findPageHeading(/^Zhejiang Digital Culture International Cooperation Zone/);
    expect(heading).toHaveTextContent(DIGITAL_ZONE);
    expect(screen.getByText('Second batch, announced 26 August 2021')).toBeInTheDocument();
    expect(screen.getByText('National culture export base')).toBeInTheDocument();

    const related = within(screen.getByRole('region', { name: 'Related' }));
    expect(related.getByRole('link', { name: COOP_ZONE })).toHaveAttribute('href', '/bases/coop-zone?lang=en');
    await user.click(related.getByRole('link', { name: 'Zoland Cartoon Co' }));
    expect(await findPageHeading('Zoland Cartoon Co')).toBeInTheDocument();
    const back = within(screen.getByRole('region', { name: 'Related' }));
    expect(
      back.getByRole('link', { name: /^Zhejiang Digital Culture International Cooperation Zone/ }),
    ).toHaveAttribute('href', '/bases/digital-culture-zone?lang=en');
  });

  it('says of each source line that cites a repost that it is a secondary copy, and of the others nothing', async () => {
    renderApp('/bases/digital-culture-zone?lang=en', { catalog: realCatalog() });
    await findPageHeading(/^Zhejiang Digital Culture International Cooperation Zone/);
    // A figure's source line: both reposts, each with its outlet.
    const figures = within(screen.getByRole('region', { name: 'Figures' }));
    const batch = figures.getByRole('link', { name: /^Jimu News report of 30 August 2021/ });
    expect(batch).toHaveTextContent(
      /, secondary copy \(outlet: Jimu News \(极目新闻\)\); Copy of a report on the second batch/,
    );
    expect(batch).toHaveTextContent(/, secondary copy \(outlet: not named in the copy\)$/);
    expect(batch).toHaveAttribute('href', '/sources?lang=en#export-bases-second-batch');

    // A fact's sources: the copies say so; China Business Herald is the publisher's own page.
    const facts = screen.getByRole('region', { name: 'What the sources say' });
    const copyLink = within(facts).getByRole('link', { name: /^Traditional-character copy of a report/ });
    expect(copyLink).toHaveAttribute('href', '/sources?lang=en#source-chandajane-copy');
    expect(copyLink.closest('li')).toHaveTextContent(
      'Traditional-character copy of a report on the second batch of bases (secondary copy (outlet: not named in the copy))',
    );
    const herald = within(facts).getByRole('link', {
      name: 'China Business Herald (中国商报) e-paper, 20 January 2022',
    });
    expect(herald.closest('li')).not.toHaveTextContent('secondary copy');
    expect(within(facts).getAllByText(/secondary copy \(outlet: not named in the copy\)/)).toHaveLength(3);
  });

  it('says it in Chinese: 二手转载 and the outlet', async () => {
    renderApp('/bases/digital-culture-zone?lang=zh', { catalog: realCatalog() });
    expect(await findPageHeading('浙江数字文化国际合作区')).toBeInTheDocument();
    expect(screen.getByText('第二批，2021年8月26日公布')).toBeInTheDocument();
    const figures = within(screen.getByRole('region', { name: '数据' }));
    expect(figures.getByRole('link', { name: /^极目新闻2021年8月30日报道/ })).toHaveTextContent(
      '二手转载（原载：极目新闻）',
    );
  });

  it('names the Hengdian cluster 横店影视文化产业集聚区, the source’s own name, without 译名', async () => {
    renderApp('/bases/hengdian-cluster?lang=zh', { catalog: realCatalog() });
    const heading = await findPageHeading('横店影视文化产业集聚区');
    expect(heading).toHaveTextContent(/^横店影视文化产业集聚区$/);
    expect(heading).not.toHaveTextContent('译名');
    expect(screen.getByText('省级基地或集聚区')).toBeInTheDocument();
    // Its five film companies are related to it, each by the name its source gives.
    const related = within(screen.getByRole('region', { name: '相关条目' }));
    for (const name of ['欢娱影视', '华谊兄弟', '正午阳光', '千乘影视', '唐德影视'])
      expect(related.getByRole('link', { name })).toBeInTheDocument();
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
  it('calls the Digital Creative base an exportation base, as the article does, not a national base', async () => {
    renderApp('/bases?lang=en', { catalog: realCatalog() });
    await findPageHeading(TITLE);
    const digitalRow = within(baseRow(DIGITAL));
    expect(digitalRow.getByText('Culture exportation base')).toBeInTheDocument();
    expect(digitalRow.getByText('Level not stated')).toBeInTheDocument();
    expect(digitalRow.queryByText(/national culture export base/i)).toBeNull();
    // Only the two zones a source places among the national bases are called national ones.
    const table = screen.getByRole('table', { name: /Export bases, zones and the cloud platform/ });
    const national = within(table)
      .getAllByText('National culture export base')
      .map((cell) => within(cell.closest('tr') as HTMLElement).getByRole('rowheader').textContent);
    expect(national).toEqual([COOP_ZONE, DIGITAL_ZONE]);
    expect(
      screen.getByText(
        /Two are national culture export bases: the Film and TV Cooperation Zone \(first batch, 2018\) and the Zhejiang Digital Culture International Cooperation Zone \(second batch, 2021\)\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Where a source does not state the level, neither do we\./)).toBeInTheDocument();
  });

  it('says the same in Chinese, on the list and in the zone’s related list', async () => {
    renderApp('/bases/coop-zone?lang=zh', { catalog: realCatalog() });
    const related = await screen.findByRole('region', { name: '相关条目' }, { timeout: 5000 });
    expect(within(related).getAllByText('文化出口基地').length).toBeGreaterThan(0);
    expect(within(related).queryByText('国家文化出口基地')).toBeNull();
  });
});
