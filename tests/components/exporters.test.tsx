import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as XLSX from '@e965/xlsx';
import { PAGE_TIMEOUT, currentLocation, findPageHeading, realCatalog, renderApp } from './render';

// Whole-app renders load lazy pages; leave room for a cold, busy run.
// The search reaches the address 300 ms after typing stops: leave room for a busy machine.
const ADDRESS_WAIT = { timeout: 3000 };

vi.setConfig({ testTimeout: 15_000 });

beforeEach(() => {
  // A fresh, empty browser store per test: no imported list leaks from one test to the next.
  globalThis.indexedDB = new IDBFactory();
});

const TITLE = 'Exporting companies';
const SEARCH = 'Search names (English or 中文)';
const NETEASE = 'NetEase';
const HUAHONG = 'Huahong Group';
const ZOLAND = 'Zoland Cartoon Co';
const PUBLISHING = 'Zhejiang Publishing United Group';
/** An English name no source gives is our translation, and its row says so. */
const translated = (name: string) => `${name} (translated name)`;
const ZJU_PRESS = translated('Zhejiang University Press');
const FUBO = translated('Zhejiang Fubo Media Technology');
const RUOHONG = translated('Zhejiang Ruohong Culture');
const HUACE = translated('Huace Film & TV');
const JIUYANG = translated('Hangzhou Jiuyang Culture Media');
const DAFENG = 'Dafeng Industrial Co Ltd';
/** The five Hengdian film companies (Jinhua), who share one 2018 figure. */
const HENGDIAN = ['Huanyu', 'Huayi Brothers', 'Daylight', 'Qiancheng', 'Tangde'].map(translated);
/** The official rows, in the dataset's order. */
const OFFICIAL = [NETEASE, HUAHONG, ZOLAND, PUBLISHING, ZJU_PRESS, FUBO, RUOHONG, HUACE, JIUYANG, DAFENG, ...HENGDIAN];
const N = OFFICIAL.length;
/** The official rows by English name (the sort reads the name, not its mark). */
const BY_NAME = [
  DAFENG,
  translated('Daylight'),
  JIUYANG,
  HUACE,
  HUAHONG,
  translated('Huanyu'),
  translated('Huayi Brothers'),
  NETEASE,
  translated('Qiancheng'),
  translated('Tangde'),
  FUBO,
  PUBLISHING,
  RUOHONG,
  ZJU_PRESS,
  ZOLAND,
];
const RECOGNITION = 'National key exporter lists';
const SHARED = 'one figure for 5 companies together, not split';

function exportersTable(name: string | RegExp = /^Exporters$/): HTMLElement {
  return screen.getByRole('table', { name });
}

/** The names in the exporters table body, in display order. */
function rowNames(name?: string | RegExp): string[] {
  return within(exportersTable(name))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

function countLine(): HTMLElement {
  return screen.getByText(/^\d+ of \d+ shown$/);
}

/** The page is there and the imported lists (IndexedDB) have been read. */
async function openPage(path: string, heading: string | RegExp = TITLE): Promise<void> {
  renderApp(path, { catalog: realCatalog() });
  expect(await findPageHeading(heading)).toBeInTheDocument();
  expect(
    await screen.findByText(/No list imported yet\.|尚未导入任何列表。/, {}, { timeout: PAGE_TIMEOUT }),
  ).toBeVisible();
}

/** The number printed next to a facet value, e.g. the "2" of "Hangzhou 2". */
function facetCount(group: string, value: RegExp): string | null | undefined {
  const box = within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name: value });
  return box.closest('label')?.querySelector('.facet__count')?.textContent;
}

describe('exporters page: filters and the address', () => {
  it('lists the fifteen official exporters with links to their pages', async () => {
    await openPage('/exporters?lang=en');
    expect(N).toBe(15);
    expect(countLine()).toHaveTextContent('15 of 15 shown');
    expect(rowNames()).toEqual(OFFICIAL);
    expect(within(exportersTable()).getByRole('link', { name: NETEASE })).toHaveAttribute(
      'href',
      '/exporters/netease?lang=en',
    );
    await waitFor(() => expect(document.title).toBe(`${TITLE} · Zhejiang Culture Exports`));
  });

  it('narrows the table to NetEase by "netease", puts q in the address, and finds it by 网易 too', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const search = screen.getByRole('searchbox', { name: SEARCH });

    await user.type(search, 'netease');
    await waitFor(() => expect(countLine()).toHaveTextContent('1 of 15 shown'));
    expect(rowNames()).toEqual([NETEASE]);
    // The address follows a moment after typing stops.
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('netease'), ADDRESS_WAIT);

    await user.clear(search);
    await waitFor(() => expect(countLine()).toHaveTextContent('15 of 15 shown'));
    await waitFor(() => expect(currentLocation().searchParams.has('q')).toBe(false), ADDRESS_WAIT);

    await user.type(search, '网易');
    await waitFor(() => expect(countLine()).toHaveTextContent('1 of 15 shown'));
    expect(rowNames()).toEqual([NETEASE]);
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('网易'), ADDRESS_WAIT);
  });

  it('filters by the City facet, writes city=hangzhou, and updates the other facets’ counts', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    // Before any filter: one exporter of video games, one of paintings, seven of film and TV
    // (Huace, Jiuyang and the five Hengdian companies).
    expect(facetCount('Sector', /^Video games/)).toBe('1');
    expect(facetCount('Sector', /^Paintings and artworks/)).toBe('1');
    expect(facetCount('Sector', /^Film and TV/)).toBe('7');
    expect(facetCount('City', /^Hangzhou/)).toBe('7');
    expect(facetCount('City', /^Yiwu/)).toBe('1');
    expect(facetCount('City', /^Jinhua/)).toBe('5');

    const hangzhou = within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Hangzhou/ });
    await user.click(hangzhou);

    await waitFor(() => expect(currentLocation().searchParams.get('city')).toBe('hangzhou'), ADDRESS_WAIT);
    expect(hangzhou).toBeChecked();
    expect(countLine()).toHaveTextContent('7 of 15 shown');
    expect(rowNames()).toEqual([NETEASE, ZOLAND, ZJU_PRESS, FUBO, RUOHONG, HUACE, JIUYANG]);
    // Sector counts now count within Hangzhou only: the Hengdian companies are in Jinhua.
    expect(facetCount('Sector', /^Video games/)).toBe('1');
    expect(facetCount('Sector', /^Animation/)).toBe('1');
    expect(facetCount('Sector', /^Film and TV/)).toBe('2');
    expect(facetCount('Sector', /^Paintings and artworks/)).toBe('0');
    expect(facetCount('Sector', /^Publishing/)).toBe('0');
    // Markets too: Huahong's North America is outside Hangzhou.
    expect(facetCount('Markets', /^North America/)).toBe('0');
    expect(facetCount('Markets', /^Europe/)).toBe('1');
    // The city facet itself keeps counting what each city would add.
    expect(facetCount('City', /^Yiwu/)).toBe('1');
    expect(facetCount('City', /^Jinhua/)).toBe('5');
  });

  it('sorts by Name with aria-sort ascending, then descending, and reorders the rows', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const sortButton = () => screen.getByRole('button', { name: 'Sort by Name' });
    const header = () => sortButton().closest('th');
    expect(header()).toHaveAttribute('aria-sort', 'none');

    await user.click(sortButton());
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'));
    expect(currentLocation().searchParams.get('sort')).toBe('name');
    expect(currentLocation().searchParams.get('dir')).toBe('asc');
    expect(rowNames()[0]).toBe(DAFENG);
    expect(rowNames()).toEqual(BY_NAME);

    await user.click(sortButton());
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'));
    expect(currentLocation().searchParams.get('dir')).toBe('desc');
    expect(rowNames()[0]).toBe(ZOLAND);
    expect(rowNames()).toEqual([...BY_NAME].reverse());
  });

  it('"Clear all filters" empties the search and facet parameters of the address', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const clear = screen.getByRole('button', { name: 'Clear all filters' });
    expect(clear).toBeDisabled();

    await user.type(screen.getByRole('searchbox', { name: SEARCH }), 'co');
    await user.click(within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Hangzhou/ }));
    await waitFor(() => expect(currentLocation().searchParams.get('city')).toBe('hangzhou'), ADDRESS_WAIT);
    expect(currentLocation().searchParams.get('q')).toBe('co');
    // Of the seven Hangzhou names only Zoland Cartoon Co has "co" in it.
    expect(countLine()).toHaveTextContent('1 of 15 shown');
    expect(rowNames()).toEqual([ZOLAND]);

    await user.click(clear);
    await waitFor(() => expect(countLine()).toHaveTextContent('15 of 15 shown'));
    expect([...currentLocation().searchParams.keys()]).toEqual(['lang']);
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveValue('');
    expect(
      within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Hangzhou/ }),
    ).not.toBeChecked();
    expect(clear).toBeDisabled();
    // The button pressed is disabled now: the focus is where a new search starts.
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveFocus();
  });

  it('announces the count line as a status, as the bases page does', async () => {
    await openPage('/exporters?lang=en');
    expect(screen.getAllByRole('status')).toContain(countLine());
    expect(countLine()).toHaveAttribute('aria-live', 'polite');
  });

  it('says when nothing matches and clears the filters from the empty table', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en&q=nothing-like-this');
    expect(countLine()).toHaveTextContent('0 of 15 shown');
    const table = exportersTable();
    expect(within(table).getByText('No exporter matches these filters.')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(countLine()).toHaveTextContent('15 of 15 shown'));
    await waitFor(() => expect(currentLocation().searchParams.has('q')).toBe(false), ADDRESS_WAIT);
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveFocus();
  });

  it('reopens exactly the view in /exporters?city=hangzhou&q=zoland&sort=name&dir=desc', async () => {
    await openPage('/exporters?city=hangzhou&q=zoland&sort=name&dir=desc');
    expect(countLine()).toHaveTextContent('1 of 15 shown');
    expect(rowNames()).toEqual([ZOLAND]);
    expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveValue('zoland');
    expect(
      within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Hangzhou/ }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Sort by Name' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const params = currentLocation().searchParams;
    expect(params.get('city')).toBe('hangzhou');
    expect(params.get('q')).toBe('zoland');
    expect(params.get('sort')).toBe('name');
    expect(params.get('dir')).toBe('desc');
    expect(screen.queryByText(/does not understand/)).not.toBeInTheDocument();
  });

  it('drops an unknown city from /exporters?city=atlantis and names it in a status notice', async () => {
    await openPage('/exporters?city=atlantis');
    await waitFor(() => expect(currentLocation().searchParams.has('city')).toBe(false), ADDRESS_WAIT);
    const notice = await screen.findByText(/does not understand/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(notice).toHaveTextContent(
      'The address had a value this page does not understand, so it was ignored: city=atlantis.',
    );
    expect(countLine()).toHaveTextContent('15 of 15 shown');
  });
});

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

/**
 * The row of the exporters table a name heads, the name as rowNames() reads it (jsdom's
 * accessible names drop the space before a "(translated name)" mark; a browser's keep it).
 */
function exporterRow(name: string): HTMLElement {
  const header = within(exportersTable())
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent === name);
  const row = header?.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('exporters page: the key-exporter lists, Ningbo and the Hengdian companies', () => {
  it('counts each list as its sources place the companies, and shows it in its own column', async () => {
    await openPage('/exporters?lang=en');
    // On a list, named in a list's report (not said to be selected), or on none a source states.
    expect(facetEntries(RECOGNITION)).toEqual([
      ['On the 2021–2022 list', '1'],
      ['On the 2025–2026 list', '4'],
      ['Named in the report on the 2025–2026 list; selection not stated', '2'],
      ['None stated', '8'],
    ]);
    expect(within(exportersTable()).getByRole('columnheader', { name: /^Key exporter list/ })).toBeInTheDocument();
    expect(exporterRow(DAFENG)).toHaveTextContent('On the 2021–2022 list');
    expect(exporterRow(PUBLISHING)).toHaveTextContent('On the 2025–2026 list');
    expect(exporterRow(HUACE)).toHaveTextContent('Named in the report on the 2025–2026 list; selection not stated');
    expect(exporterRow(NETEASE)).toHaveTextContent('None stated');
    expect(exporterRow(NETEASE)).not.toHaveTextContent('On the');
  });

  it('filters by a list, writes recognition= to the address, and counts the other facets within it', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const listed = within(screen.getByRole('group', { name: RECOGNITION })).getByRole('checkbox', {
      name: /^On the 2025–2026 list/,
    });
    await user.click(listed);

    await waitFor(() => expect(currentLocation().searchParams.get('recognition')).toBe('list-2025-2026'), ADDRESS_WAIT);
    expect(listed).toBeChecked();
    expect(countLine()).toHaveTextContent('4 of 15 shown');
    expect(rowNames()).toEqual([PUBLISHING, ZJU_PRESS, FUBO, RUOHONG]);
    // Zhejiang Publishing has no city in its sources: three of the four are in Hangzhou.
    expect(facetCount('City', /^Hangzhou/)).toBe('3');
    expect(facetCount('City', /^Jinhua/)).toBe('0');
    // The facet itself keeps counting what each other value would add.
    expect(facetCount(RECOGNITION, /^Named in the report/)).toBe('2');
    expect(facetCount(RECOGNITION, /^None stated/)).toBe('8');

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(countLine()).toHaveTextContent('15 of 15 shown'));
    await waitFor(() => expect(currentLocation().searchParams.has('recognition')).toBe(false), ADDRESS_WAIT);
  });

  it('reopens a list filter from the address: the two companies the report names, and Dafeng alone', async () => {
    await openPage('/exporters?lang=en&recognition=named-2025-2026');
    expect(countLine()).toHaveTextContent('2 of 15 shown');
    expect(rowNames()).toEqual([HUACE, JIUYANG]);
    expect(
      within(screen.getByRole('group', { name: RECOGNITION })).getByRole('checkbox', { name: /^Named in the report/ }),
    ).toBeChecked();
    expect(screen.queryByText(/does not understand/)).not.toBeInTheDocument();
    cleanup();

    await openPage('/exporters?lang=en&recognition=list-2021-2022');
    expect(countLine()).toHaveTextContent('1 of 15 shown');
    expect(rowNames()).toEqual([DAFENG]);
  });

  it('has Ningbo in the city facet, with Dafeng its one exporter', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    expect(facetEntries('City')).toEqual([
      ['Hangzhou', '7'],
      ['Yiwu', '1'],
      ['Ningbo', '1'],
      ['Jinhua', '5'],
    ]);
    await user.click(within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Ningbo/ }));
    await waitFor(() => expect(currentLocation().searchParams.get('city')).toBe('ningbo'), ADDRESS_WAIT);
    expect(countLine()).toHaveTextContent('1 of 15 shown');
    expect(rowNames()).toEqual([DAFENG]);
    expect(within(exporterRow(DAFENG)).getByRole('link', { name: DAFENG })).toHaveAttribute(
      'href',
      '/exporters/dafeng?lang=en',
    );
  });

  it('shows the one 2018 figure on each Hengdian company, marked as shared and not split', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    for (const name of HENGDIAN) {
      const row = within(exporterRow(name));
      expect(row.getByRole('link', { name: 'over US$60 million' })).toHaveAttribute(
        'href',
        '/sources?lang=en#hengdian-exports-2018',
      );
      expect(row.getByText('2018')).toBeInTheDocument();
      expect(row.getByText(SHARED)).toBeInTheDocument();
    }
    // No other row carries the mark: NetEase's figure is its own.
    expect(screen.getAllByText(SHARED)).toHaveLength(HENGDIAN.length);
    expect(exporterRow(NETEASE)).not.toHaveTextContent(SHARED);

    // The five are Jinhua's exporters.
    await user.click(within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Jinhua/ }));
    await waitFor(() => expect(countLine()).toHaveTextContent('5 of 15 shown'));
    expect(rowNames()).toEqual(HENGDIAN);
  });

  it('says on a row when a source is a secondary copy', async () => {
    await openPage('/exporters?lang=en');
    const dafeng = within(exporterRow(DAFENG));
    // China Daily is the publisher's own page; the page giving the Chinese name is a copy.
    expect(dafeng.getByRole('link', { name: 'China Daily Ningbo' })).toBeInTheDocument();
    expect(dafeng.getByRole('link', { name: 'Copy on ningbomerchants.com' })).toHaveAttribute(
      'href',
      '/sources?lang=en#source-ningbomerchants-copy',
    );
    expect(dafeng.getAllByText('secondary copy (outlet: not named in the copy)')).toHaveLength(1);
    expect(exporterRow(NETEASE)).not.toHaveTextContent('secondary copy');
  });
});

describe('exporters table: the sort control of the stacked rows', () => {
  it('sorts by the column and direction chosen, in step with the column headers and the address', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    // Named by the table's caption: the works table below has its own.
    const control = within(screen.getByRole('group', { name: 'Exporters' }));
    const column = control.getByRole('combobox', { name: 'Sort by' });
    const descending = control.getByRole('button', { name: 'Descending' });
    expect(column).toHaveValue('');
    expect(descending).toBeDisabled();

    await user.selectOptions(column, 'Name');
    await waitFor(() => expect(rowNames()).toEqual(BY_NAME));
    expect(currentLocation().searchParams.get('sort')).toBe('name');
    expect(currentLocation().searchParams.get('dir')).toBe('asc');
    expect(screen.getByRole('button', { name: 'Sort by Name' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(descending).toHaveAttribute('aria-pressed', 'false');

    await user.click(descending);
    await waitFor(() => expect(rowNames()).toEqual([...BY_NAME].reverse()));
    expect(descending).toHaveAttribute('aria-pressed', 'true');
    expect(currentLocation().searchParams.get('dir')).toBe('desc');

    // A column header's sort shows in the control.
    await user.click(screen.getByRole('button', { name: 'Sort by City' }));
    await waitFor(() => expect(column).toHaveValue('city'));
    expect(descending).toHaveAttribute('aria-pressed', 'false');

    await user.selectOptions(column, 'List order');
    await waitFor(() => expect(rowNames()).toEqual(OFFICIAL));
    expect(currentLocation().searchParams.has('sort')).toBe(false);
    expect(descending).toBeDisabled();
  });

  it('speaks Chinese on a Chinese page', async () => {
    await openPage('/exporters?lang=zh', '出口企业');
    const control = within(screen.getByRole('group', { name: '出口企业' }));
    const column = control.getByRole('combobox', { name: '排序依据' });
    expect(
      within(column)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['原有顺序', '名称', '城市', '行业', '市场或地区', '重点企业名单', '代表性数据', '来源']);
    expect(control.getByRole('button', { name: '降序' })).toBeInTheDocument();
  });
});

describe('exporters page: the search box follows the address', () => {
  it('empties the box when the address loses its q (the Exporters link in the main navigation)', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.type(screen.getByRole('searchbox', { name: SEARCH }), 'netease');
    await waitFor(() => expect(countLine()).toHaveTextContent('1 of 15 shown'));

    // The same route, a fresh address: /exporters?lang=en, no search.
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Exporters' }));
    await waitFor(() => expect(currentLocation().searchParams.has('q')).toBe(false), ADDRESS_WAIT);
    await waitFor(() => expect(screen.getByRole('searchbox', { name: SEARCH })).toHaveValue(''));
    expect(countLine()).toHaveTextContent('15 of 15 shown');

    // And a filter chosen afterwards does not bring the old search back into the address.
    await user.click(within(screen.getByRole('group', { name: 'City' })).getByRole('checkbox', { name: /^Yiwu/ }));
    await waitFor(() => expect(currentLocation().searchParams.get('city')).toBe('yiwu'), ADDRESS_WAIT);
    expect(currentLocation().searchParams.has('q')).toBe(false);
    expect(countLine()).toHaveTextContent('1 of 15 shown');
  });
});

describe('exporters table: rows that stay keep their DOM', () => {
  it('keeps the NetEase link element when the page re-renders with the same rows shown', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const link = within(exportersTable()).getByRole('link', { name: NETEASE });

    // "a" is in all fifteen English names ("n" is not in Huace Film & TV): the same rows, in
    // the same order, after the re-render.
    await user.type(screen.getByRole('searchbox', { name: SEARCH }), 'a');
    await waitFor(() => expect(currentLocation().searchParams.get('q')).toBe('a'), ADDRESS_WAIT);
    expect(countLine()).toHaveTextContent('15 of 15 shown');
    expect(rowNames()).toEqual(OFFICIAL);
    // A replaced element loses its focus, and a click that straddles the re-render is lost.
    expect(link.isConnected, 'the NetEase link was replaced by a new element').toBe(true);
    expect(within(exportersTable()).getByRole('link', { name: NETEASE })).toBe(link);
  });
});

describe('exporters page in Chinese', () => {
  it('shows 网易 in the name column and the count line in Chinese', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=zh', '出口企业');
    expect(screen.getByText('显示15项，共15项')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '出口企业' });
    expect(within(table).getByRole('rowheader', { name: '网易' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /名称/ })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '搜索名称（中文或英文）' }), 'netease');
    expect(await screen.findByText('显示1项，共15项')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['网易']);
  });

  it('names the key-exporter lists and the shared Hengdian figure in Chinese', async () => {
    await openPage('/exporters?lang=zh', '出口企业');
    expect(facetEntries('国家文化出口重点企业名单')).toEqual([
      ['2021—2022年度名单', '1'],
      ['2025—2026年度名单', '4'],
      ['见于2025—2026年度名单的报道，未说明是否入选', '2'],
      ['来源未说明', '8'],
    ]);
    const table = screen.getByRole('table', { name: '出口企业' });
    expect(within(table).getByRole('columnheader', { name: /^重点企业名单/ })).toBeInTheDocument();
    // The Hengdian companies' Chinese names are the source's own: no 译名 mark.
    const huanyu = within(table).getByRole('rowheader', { name: '欢娱影视' }).closest('tr') as HTMLElement;
    expect(within(huanyu).getByText('5家企业合计的一个数字，不作拆分')).toBeInTheDocument();
    expect(within(table).getAllByText('5家企业合计的一个数字，不作拆分')).toHaveLength(5);
  });
});

describe('exporter detail page', () => {
  it('says "Exporter not found" for an id that is no exporter (a city id included)', async () => {
    renderApp('/exporters/hangzhou?lang=en', { catalog: realCatalog() });
    expect(await findPageHeading('Exporter not found')).toBeInTheDocument();
    expect(screen.getByText('There is no exporter with the id “hangzhou”.')).toBeInTheDocument();
  });
});

describe('works table', () => {
  it('lists six works, with "not stated" where no year is given', async () => {
    await openPage('/exporters?lang=en');
    const works = screen.getByRole('table', { name: 'Works' });
    const titles = within(works)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(titles).toHaveLength(6);
    expect(titles).toEqual(
      expect.arrayContaining(['On the Road', 'Song of Youth', 'Like a Flowing River', 'Story of Yanxi Palace']),
    );

    /** The cells after the title: Chinese title, type, year, how sure. */
    const cellsOf = (title: string) => {
      const row = within(works).getByRole('rowheader', { name: title }).closest('tr') as HTMLElement;
      return within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    };
    expect(cellsOf('On the Road')[2]).toBe('not stated');
    expect(cellsOf('Song of Youth')[2]).toBe('not stated');
    expect(cellsOf('Song of Youth')[0]).toBe('玉楼春');
    expect(cellsOf('Like a Flowing River')[2]).toBe('2018');
    expect(cellsOf('Monkey King: Hero Is Back')).toEqual(['西游记之大圣归来', 'animated film', '2015', 'confirmed']);
  });

  it('sorts by year from its header, without taking the exporters table’s place in the address', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const works = () => screen.getByRole('table', { name: 'Works' });
    await user.click(within(works()).getByRole('button', { name: 'Sort by Year' }));
    // Years ascending, works of one year in the list's order, no year last.
    await waitFor(() =>
      expect(
        within(works())
          .getAllByRole('rowheader')
          .map((c) => c.textContent),
      ).toEqual([
        'Monkey King: Hero Is Back',
        'Like a Flowing River',
        'Operation Red Sea',
        'Story of Yanxi Palace',
        'On the Road',
        'Song of Youth',
      ]),
    );
    expect(within(works()).getByRole('button', { name: 'Sort by Year' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect([...currentLocation().searchParams.keys()]).toEqual(['lang']);
    expect(rowNames()).toEqual(OFFICIAL);
  });
});

/** The column map of an import: it appears once the file is read, and imports on its button. */
async function confirmMap(user: ReturnType<typeof userEvent.setup>, file: string): Promise<HTMLElement> {
  const map = await screen.findByRole('region', { name: `Check the columns of ${file}` }, { timeout: PAGE_TIMEOUT });
  expect(screen.queryByRole('heading', { name: `Import report for ${file}` })).not.toBeInTheDocument();
  await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));
  return map;
}

describe('importing a list (parsed on the main thread in jsdom, kept in IndexedDB)', () => {
  it('adds the accepted rows marked as imported, reports the rejected one, and removes the list', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const csv = 'name_en,name_zh,city,value,unit\nAcme Culture,,Hangzhou,100,CNY\n,,Yiwu,5,CNY\n';
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      new File([csv], 'team.csv', { type: 'text/csv' }),
    );

    // The importer loads on first use, like a lazy page; nothing is stored before the map is confirmed.
    await confirmMap(user, 'team.csv');
    expect(
      await screen.findByRole('heading', { name: 'Import report for team.csv' }, { timeout: PAGE_TIMEOUT }),
    ).toBeInTheDocument();
    expect(screen.getByText(/accepted, 1 rejected, of 2 rows in the file \(UTF-8\)\.$/)).toBeInTheDocument();
    expect(screen.getByText('line 3')).toBeInTheDocument();
    await waitFor(() => expect(countLine()).toHaveTextContent('16 of 16 shown'));
    const acme = within(exportersTable()).getByRole('rowheader', { name: /^Acme Culture/ });
    expect(acme).toHaveTextContent('imported — not part of the official figures');
    expect(within(acme).queryByRole('link')).not.toBeInTheDocument();
    // Hangzhou in the file is the dataset's Hangzhou: one facet value, now counting eight rows.
    expect(facetCount('City', /^Hangzhou/)).toBe('8');
    // The file says nothing of key-exporter lists: the imported row counts as none stated.
    expect(facetCount(RECOGNITION, /^None stated/)).toBe('9');

    await user.click(screen.getByRole('button', { name: 'Remove team.csv' }));
    await waitFor(() => expect(countLine()).toHaveTextContent('15 of 15 shown'));
    expect(rowNames()).toEqual(OFFICIAL);
    expect(facetCount(RECOGNITION, /^None stated/)).toBe('8');
    expect(await screen.findByText('No list imported yet.')).toBeInTheDocument();
  });

  it('says "1 row", not "1 rows", in the report and the list of imported files', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      new File(['name_en\nAcme Culture\n'], 'one.csv', { type: 'text/csv' }),
    );
    await confirmMap(user, 'one.csv');
    expect(
      await screen.findByRole('button', { name: 'Remove one.csv' }, { timeout: PAGE_TIMEOUT }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 row accepted, 0 rejected, of 1 row in the file (UTF-8).')).toBeInTheDocument();
    expect(screen.getByText(/^1 row ·/)).toBeInTheDocument();
  });
});

describe('importing a team’s own spreadsheet through the column map', () => {
  const TEAM_ROWS: unknown[][] = [
    ['2023年重点文化出口企业名单'],
    [],
    ['序号', '企业名称', '所在城市', '行业', '2023年出口额（万元）', '备注'],
    [1, '杭州甲文化公司', '杭州', '游戏', 8000, '自报数据'],
    [2, '宁波乙传媒公司', '宁波', '影视', '1.2亿', ''],
    [3, '温州丙演艺公司', '温州', '演艺', '很多', ''],
    ['合计', '', '', '', 20000, ''],
  ];

  function teamWorkbook(): File {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(TEAM_ROWS), '名单');
    const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    return new File([bytes], 'team.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  async function mapOf(file: string): Promise<HTMLElement> {
    return screen.findByRole('region', { name: `Check the columns of ${file}` }, { timeout: PAGE_TIMEOUT });
  }

  it('skips the title row, guesses each column, lets the user change one, and imports with the total set apart', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.upload(screen.getByLabelText('Choose a file to import'), teamWorkbook());
    const map = await mapOf('team.xlsx');

    // Nothing stored yet: the table still has the official rows only.
    expect(countLine()).toHaveTextContent(`${N} of ${N} shown`);
    const headerRow = within(map).getByRole('combobox', { name: 'Header row' });
    expect(headerRow).toHaveDisplayValue(/^Row 3: 序号 · 企业名称/);
    expect(within(map).getByRole('combobox', { name: 'Column A, “序号”' })).toHaveDisplayValue('ignore');
    expect(within(map).getByRole('combobox', { name: 'Column B, “企业名称”' })).toHaveDisplayValue('name (Chinese)');
    expect(within(map).getByRole('combobox', { name: 'Column E, “2023年出口额（万元）”' })).toHaveDisplayValue('value');
    expect(within(map).getByText(/^1 in this column counts as /)).toBeInTheDocument();
    // The preview shows the file as it is, the title row included.
    expect(
      within(map).getByRole('table', { name: 'The first 7 rows of 名单, as the file has them' }),
    ).toHaveTextContent('2023年重点文化出口企业名单');

    // The sector column is kept as an extra column instead, chosen by keyboard.
    const sector = within(map).getByRole('combobox', { name: 'Column D, “行业”' });
    sector.focus();
    await user.selectOptions(sector, 'an extra column to keep');
    await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));

    expect(
      await screen.findByRole('heading', { name: 'Import report for team.xlsx' }, { timeout: PAGE_TIMEOUT }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Sheet “名单”\. 2 rows accepted, 1 rejected, 1 set apart as totals, of 4 rows in the file \(XLSX\)\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 row reads as a total and was set apart, not imported:')).toBeInTheDocument();
    expect(screen.getByText('row 7')).toBeInTheDocument();
    expect(screen.getByText('row 6')).toBeInTheDocument();
    expect(screen.getByText('Kept as extra columns: 行业.')).toBeInTheDocument();
    await waitFor(() => expect(countLine()).toHaveTextContent(`${N + 2} of ${N + 2} shown`));
    const row = within(exportersTable()).getByRole('rowheader', { name: /^杭州甲文化公司/ });
    expect(row).toHaveTextContent('行业: 游戏');
    expect(screen.queryByRole('region', { name: 'Check the columns of team.xlsx' })).not.toBeInTheDocument();
  });

  it('reads pasted cells through the same map, and says so when the box is empty', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.click(screen.getByRole('button', { name: 'Read the pasted cells' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Paste some cells first: the box is empty.');

    await user.click(screen.getByRole('textbox', { name: 'Or paste cells copied from Excel, WPS or a web table' }));
    await user.paste('Company\tCity\tExports (US$ m)\nAcme Culture\tHangzhou\t1.5\n');
    await user.click(screen.getByRole('button', { name: 'Read the pasted cells' }));
    const map = await screen.findByRole(
      'region',
      { name: /^Check the columns of pasted cells / },
      { timeout: PAGE_TIMEOUT },
    );
    expect(within(map).getByRole('combobox', { name: 'Column A, “Company”' })).toHaveDisplayValue('name (English)');
    await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));
    await waitFor(() => expect(countLine()).toHaveTextContent(`${N + 1} of ${N + 1} shown`), { timeout: PAGE_TIMEOUT });
    const acme = within(exportersTable()).getByRole('rowheader', { name: /^Acme Culture/ });
    expect(acme.closest('tr')).toHaveTextContent('US$1.5 million');
  });

  it('will not import without a name column, and remembers the map chosen for the same headers', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    const file = () => new File(['Company,Region\nAcme Culture,Hangzhou\n'], 'team.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a file to import'), file());
    let map = await mapOf('team.csv');
    await user.selectOptions(within(map).getByRole('combobox', { name: 'Column A, “Company”' }), 'ignore');
    expect(within(map).getByRole('alert')).toHaveTextContent('Choose a name column (English or Chinese) to import');
    expect(within(map).getByRole('button', { name: 'Import the rows below the header' })).toBeDisabled();
    await user.selectOptions(within(map).getByRole('combobox', { name: 'Column A, “Company”' }), 'name (English)');
    await user.selectOptions(
      within(map).getByRole('combobox', { name: 'Column B, “Region”' }),
      'an extra column to keep',
    );
    await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));
    await waitFor(() => expect(countLine()).toHaveTextContent(`${N + 1} of ${N + 1} shown`), { timeout: PAGE_TIMEOUT });

    await user.upload(screen.getByLabelText('Choose a file to import'), file());
    map = await mapOf('team.csv');
    expect(within(map).getByRole('status')).toHaveTextContent('The map you chose last time for these headers is used.');
    expect(within(map).getByRole('combobox', { name: 'Column B, “Region”' })).toHaveDisplayValue(
      'an extra column to keep',
    );
    await user.click(within(map).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Check the columns of team.csv' })).not.toBeInTheDocument();
    expect(countLine()).toHaveTextContent(`${N + 1} of ${N + 1} shown`);
  });

  it('says when an imported row has the name of an official exporter, and links to it', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      new File(['企业名称\n网 易\n'], 'same.csv', { type: 'text/csv' }),
    );
    await user.click(within(await mapOf('same.csv')).getByRole('button', { name: 'Import the rows below the header' }));
    await waitFor(() => expect(countLine()).toHaveTextContent(`${N + 1} of ${N + 1} shown`), { timeout: PAGE_TIMEOUT });
    const imported = within(exportersTable())
      .getAllByRole('rowheader')
      .find((h) => h.textContent?.startsWith('网 易'));
    if (!imported) throw new Error('the imported row is not in the table');
    expect(imported).toHaveTextContent('Same name as the official entry NetEase');
    expect(within(imported).getByRole('link', { name: 'NetEase' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/exporters\/netease\b/),
    );
  });
});

describe('exporters page: Excel downloads', () => {
  /** What the page handed to the browser's download: the file's name and bytes. */
  function catchDownloads(): { name: string; blob: Blob }[] {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${blobs.size}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => {},
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    onTestFinished(() => {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    });
    return saved;
  }

  it('offers the rows shown and all rows as Excel files, beside the CSV ones', async () => {
    await openPage('/exporters?lang=en');
    const group = within(screen.getByRole('group', { name: 'Take the list away' }));
    expect(group.getByRole('button', { name: `Download the ${N} rows shown (CSV)` })).toBeInTheDocument();
    expect(group.getByRole('button', { name: `Download the ${N} rows shown (Excel)` })).toBeInTheDocument();
    expect(group.getByRole('button', { name: `Download all ${N} rows (Excel)` })).toBeInTheDocument();
  });

  it('names them in Chinese on a Chinese page', async () => {
    await openPage('/exporters?lang=zh', '出口企业');
    expect(screen.getByRole('button', { name: `下载当前显示的${N}行（Excel）` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `下载全部${N}行（Excel）` })).toBeInTheDocument();
  });

  it('counts the rows shown, one row in the singular', async () => {
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.type(screen.getByRole('searchbox', { name: SEARCH }), 'netease');
    expect(await screen.findByRole('button', { name: 'Download the 1 row shown (Excel)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Download all ${N} rows (Excel)` })).toBeInTheDocument();
  });

  it('saves an .xlsx of every row, with the official names', async () => {
    const saved = catchDownloads();
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.click(screen.getByRole('button', { name: `Download all ${N} rows (Excel)` }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: PAGE_TIMEOUT });
    const [file] = saved;
    expect(file?.name).toMatch(/^zhejiang-exporters-all-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { read, utils } = await import('@e965/xlsx');
    const wb = read(new Uint8Array(await (file as { blob: Blob }).blob.arrayBuffer()), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Exporters', 'About']);
    const grid = utils.sheet_to_json<string[]>(wb.Sheets['Exporters'] as never, { header: 1 });
    expect(grid).toHaveLength(N + 1);
    expect(grid.slice(1).map((row) => row[1])).toContain('NetEase');
    // The button reads as before once the file is made.
    expect(screen.getByRole('button', { name: `Download all ${N} rows (Excel)` })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the file cannot be made, and the page stays', async () => {
    catchDownloads();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('no room left');
    });
    const user = userEvent.setup();
    await openPage('/exporters?lang=en');
    await user.click(screen.getByRole('button', { name: 'Download the 15 rows shown (Excel)' }));
    expect(await screen.findByRole('alert', {}, { timeout: PAGE_TIMEOUT })).toHaveTextContent(
      'The Excel file could not be made: no room left',
    );
    expect(rowNames()).toEqual(OFFICIAL);
    expect(screen.getByRole('button', { name: 'Download the 15 rows shown (Excel)' })).toBeEnabled();
  });
});
