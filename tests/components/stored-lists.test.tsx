import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PAGE_TIMEOUT, findPageHeading, realCatalog, renderApp } from './render';

/*
 * What a user sees when the lists kept in this browser cannot all be read: records written by a
 * newer build, damaged ones, a database this build cannot open. The records are written straight
 * into IndexedDB, as another build or a hand edit would leave them.
 */

// The first test loads the exporters page cold (table, import and storage panels): on a busy
// 2-core machine that alone has taken 15 s. The suite's default of 30 s, not the 15 s of the others.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const DB = 'zj-culture-exports';
const STORE = 'imported-lists';
/** The official rows in the dataset's order; an English name no source gives is marked as a translation. */
const OFFICIAL = [
  'NetEase',
  'Huahong Group',
  'Zoland Cartoon Co',
  'Zhejiang Publishing United Group',
  'Zhejiang University Press (translated name)',
  'Zhejiang Fubo Media Technology (translated name)',
  'Zhejiang Ruohong Culture (translated name)',
  'Huace Film & TV (translated name)',
  'Hangzhou Jiuyang Culture Media (translated name)',
  'Dafeng Industrial Co Ltd',
  'Huanyu (translated name)',
  'Huayi Brothers (translated name)',
  'Daylight (translated name)',
  'Qiancheng (translated name)',
  'Tangde (translated name)',
];
/** Every Chinese name of them is the source's own: no 译名 mark. */
const OFFICIAL_ZH = [
  '网易',
  '义乌华鸿集团',
  '杭州中南卡通',
  '浙江出版联合集团',
  '浙江大学出版社有限责任公司',
  '浙江阜博传媒科技有限公司',
  '浙江若鸿文化股份有限公司',
  '浙江华策影视股份有限公司',
  '杭州九样文化传媒有限公司',
  '浙江大丰实业股份有限公司',
  '欢娱影视',
  '华谊兄弟',
  '正午阳光',
  '千乘影视',
  '唐德影视',
];
const IMPORTED_MARK = 'imported — not part of the official figures';

/** Opens the database as the app creates it, or as `upgrade` shapes it (another build's version). */
function openDb(version = 1, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, version);
    request.onupgradeneeded = () => {
      if (upgrade) upgrade(request.result);
      else request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

async function inStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
  } finally {
    db.close();
  }
}

function putRecords(records: readonly unknown[]): Promise<number> {
  return inStore('readwrite', (store) => {
    for (const record of records) store.put(record);
    return store.count();
  });
}

function storedKeys(): Promise<IDBValidKey[]> {
  return inStore('readonly', (store) => store.getAllKeys());
}

function row(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    origin: 'imported',
    name: { en: `Team Exporter ${id}` },
    markets: [],
    sourceIds: [],
    keyFigure: { value: 100, unit: 'CNY', qualifier: 'exact', period: { kind: 'year', year: 2024 } },
    ...extra,
  };
}

function list(id: string, fileName: string, rows: unknown, extra: Record<string, unknown> = {}) {
  return { id, fileName, importedAt: '2026-11-01T09:00:00.000Z', format: 1, rows, ...extra };
}

const GOOD = list('list-good', 'good.csv', [row('g1', { name: { en: 'Good Culture Co' } })]);

function table(name: string | RegExp = /^Exporters$/): HTMLElement {
  return screen.getByRole('table', { name });
}

async function openExporters(path = '/exporters?lang=en', heading: string | RegExp = 'Exporting companies') {
  renderApp(path, { catalog: realCatalog() });
  expect(await findPageHeading(heading)).toBeInTheDocument();
}

/** The fifteen official exporters, each still a row of the table, in order, with its link (an imported row has none). */
function expectOfficialRows(tableName?: string | RegExp, names = OFFICIAL) {
  const linked = within(table(tableName))
    .getAllByRole('rowheader')
    .filter((cell) => within(cell).queryByRole('link') !== null);
  expect(linked.map((cell) => cell.textContent)).toEqual(names);
}

function noticeOf(text: HTMLElement): HTMLElement {
  const notice = text.closest<HTMLElement>('[role="alert"]');
  if (!notice) throw new Error(`"${text.textContent}" is not inside an alert`);
  return notice;
}

describe('stored lists this version cannot read', () => {
  it('reports each with its reason, keeps the official rows and the good list, and removes only the bad ones', async () => {
    const user = userEvent.setup();
    const seventeen = Array.from({ length: 17 }, (_, i) => row(`n${i + 1}`));
    seventeen[16] = row('n17', { name: undefined });
    await putRecords([
      // The nearest thing to a non-object the store accepts: it keys records by their id.
      Object.assign(['not', 'a', 'list'], { id: 'bad-1-array' }),
      list('bad-2-rows', 'rows.csv', 'Acme;Zoland'),
      list('bad-3-name', 'names.csv', seventeen),
      list('bad-4-deep', 'deep.csv', [
        row('d1'),
        row('d2', { keyFigure: { value: 5, unit: 'USD', qualifier: 'exact', period: { kind: 'year', year: '2024' } } }),
      ]),
      { id: 'bad-5-future', format: 2, fileName: 'future.csv', importedAt: '2027-01-01', chunks: [[row('f1')]] },
      GOOD,
    ]);

    await openExporters();
    const count = await screen.findByText(
      '5 lists stored in this browser could not be read, so they are not shown:',
      {},
      { timeout: PAGE_TIMEOUT },
    );
    const notice = noticeOf(count);
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'a record without a file name (key bad-1-array): not a list saved by this dashboard',
      'rows.csv: rows has the wrong type',
      'names.csv: row 17: the name is missing',
      'deep.csv: row 2: keyFigure.period.year has the wrong type',
      'future.csv: saved by a newer version of this dashboard',
    ]);
    expect(notice).toHaveTextContent('The official figures and your other lists are not affected.');

    // The table: the fifteen official rows, and the one good list beside them, marked as imported.
    await waitFor(() => expect(screen.getByText(/^\d+ of \d+ shown$/)).toHaveTextContent('16 of 16 shown'));
    expectOfficialRows();
    expect(within(table()).getByRole('rowheader', { name: /^Good Culture Co/ })).toHaveTextContent(IMPORTED_MARK);
    expect(screen.getByRole('button', { name: 'Remove good.csv' })).toBeInTheDocument();
    expect(screen.queryByText('No list imported yet.')).not.toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Remove the unreadable lists' }));
    await waitFor(() => expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument());
    expect(await storedKeys()).toEqual(['list-good']);
    expect(screen.getByRole('button', { name: 'Remove good.csv' })).toBeInTheDocument();
    expect(screen.getByText(/^\d+ of \d+ shown$/)).toHaveTextContent('16 of 16 shown');
    expectOfficialRows();

    // The good list still works as any list does.
    await user.click(screen.getByRole('button', { name: 'Remove good.csv' }));
    expect(await screen.findByText('No list imported yet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^\d+ of \d+ shown$/)).toHaveTextContent('15 of 15 shown'));
    expect(await storedKeys()).toEqual([]);
  });

  it('removes records that are no objects at all by their IndexedDB key', async () => {
    const user = userEvent.setup();
    // A store keyed outside the value (as no build of this dashboard makes it) can hold plain values.
    const db = await openDb(1, (d) => d.createObjectStore(STORE));
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put('just some text', 'stray-text');
      tx.objectStore(STORE).put(42, 'stray-number');
      tx.objectStore(STORE).put(GOOD, GOOD.id);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    });
    db.close();

    await openExporters();
    const notice = noticeOf(
      await screen.findByText(
        '2 lists stored in this browser could not be read, so they are not shown:',
        {},
        { timeout: PAGE_TIMEOUT },
      ),
    );
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'a record without a file name (key stray-number): not a list saved by this dashboard',
      'a record without a file name (key stray-text): not a list saved by this dashboard',
    ]);
    await user.click(within(notice).getByRole('button', { name: 'Remove the unreadable lists' }));
    await waitFor(() => expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument());
    expect(await storedKeys()).toEqual(['list-good']);
    expect(screen.getByRole('button', { name: 'Remove good.csv' })).toBeInTheDocument();
  });

  it('says it in Chinese', async () => {
    const user = userEvent.setup();
    const seventeen = Array.from({ length: 17 }, (_, i) => row(`n${i + 1}`));
    seventeen[16] = row('n17', { name: { en: '' } });
    await putRecords([list('bad-name', 'names.csv', seventeen)]);

    await openExporters('/exporters?lang=zh', '出口企业');
    const notice = noticeOf(
      await screen.findByText('本浏览器中保存的1个列表无法读取，因此未显示：', {}, { timeout: PAGE_TIMEOUT }),
    );
    expect(within(notice).getByRole('listitem')).toHaveTextContent('names.csv：第17行：缺少名称');
    expect(notice).toHaveTextContent('官方数据和您的其他列表不受影响。');
    expect(screen.getByText('显示15项，共15项')).toBeInTheDocument();
    expectOfficialRows('出口企业', OFFICIAL_ZH);

    await user.click(within(notice).getByRole('button', { name: '删除无法读取的列表' }));
    expect(await screen.findByText('尚未导入任何列表。')).toBeInTheDocument();
    expect(await storedKeys()).toEqual([]);
  });
});

describe('a database this version cannot open', () => {
  /** A newer build left the database at version 2: this build's open fails with a VersionError. */
  async function newerDatabase(): Promise<IDBDatabase> {
    return openDb(2, (db) => {
      db.createObjectStore(STORE, { keyPath: 'id' });
      db.createObjectStore('something-newer');
    });
  }

  async function findUnavailable(): Promise<HTMLElement> {
    return noticeOf(
      await screen.findByText(
        /^The lists imported in this browser were stored by a newer version of this dashboard, which this version cannot open\./,
        {},
        { timeout: PAGE_TIMEOUT },
      ),
    );
  }

  it('says so, keeps the official rows, and clears the stored lists', async () => {
    const user = userEvent.setup();
    (await newerDatabase()).close();

    await openExporters();
    const notice = await findUnavailable();
    expect(notice).toHaveTextContent('The official figures are not affected and stay in the table.');
    expect(notice).toHaveTextContent('Clearing deletes every list imported in this browser');
    await waitFor(() => expect(screen.getByText(/^\d+ of \d+ shown$/)).toHaveTextContent('15 of 15 shown'));
    expectOfficialRows();

    await user.click(within(notice).getByRole('button', { name: 'Clear the stored lists' }));
    // Deleting the database and redrawing the fifteen rows can take a while on a busy machine.
    expect(await screen.findByText('The stored lists were cleared.', {}, { timeout: PAGE_TIMEOUT })).toHaveAttribute(
      'role',
      'status',
    );
    expect(await screen.findByText('No list imported yet.')).toBeInTheDocument();
    expect(screen.queryByText(/newer version/)).not.toBeInTheDocument();
    expectOfficialRows();

    // The store works again: a list imported now is kept, in this build's format.
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      new File(['name_en\nAcme Culture\n'], 'one.csv', { type: 'text/csv' }),
    );
    // The importer loads on first use, like a lazy page; the map of the file comes first.
    const map = await screen.findByRole('region', { name: 'Check the columns of one.csv' }, { timeout: PAGE_TIMEOUT });
    await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));
    expect(
      await screen.findByRole('button', { name: 'Remove one.csv' }, { timeout: PAGE_TIMEOUT }),
    ).toBeInTheDocument();
    expect(screen.queryByText('The stored lists were cleared.')).not.toBeInTheDocument();
    const [stored] = await inStore<unknown[]>('readonly', (store) => store.getAll());
    expect(stored).toMatchObject({ fileName: 'one.csv', format: 1 });
  });

  it('waits for another tab that holds the database, then clears it', async () => {
    const user = userEvent.setup();
    // Left open, and deaf to "versionchange": like a tab of the newer build.
    const otherTab = await newerDatabase();

    await openExporters();
    const notice = await findUnavailable();
    await user.click(within(notice).getByRole('button', { name: 'Clear the stored lists' }));
    expect(
      await screen.findByText(
        'Another tab of this dashboard is still using the stored lists: they will be cleared as soon as it is closed.',
      ),
    ).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Clear the stored lists' })).toBeDisabled();
    expectOfficialRows();

    otherTab.close();
    expect(
      await screen.findByText('The stored lists were cleared.', {}, { timeout: PAGE_TIMEOUT }),
    ).toBeInTheDocument();
    expect(await screen.findByText('No list imported yet.')).toBeInTheDocument();
  });

  it('reports a clearing that fails, and the official rows stay', async () => {
    const user = userEvent.setup();
    (await newerDatabase()).close();
    vi.spyOn(indexedDB, 'deleteDatabase').mockImplementation(() => {
      const request = {
        error: new DOMException('The disk is not writable', 'UnknownError'),
      } as unknown as IDBOpenDBRequest;
      setTimeout(() => request.onerror?.(new Event('error')));
      return request;
    });

    await openExporters();
    const notice = await findUnavailable();
    await user.click(within(notice).getByRole('button', { name: 'Clear the stored lists' }));
    const failed = await screen.findByText('The stored lists could not be cleared: The disk is not writable.');
    expect(failed).toHaveAttribute('role', 'alert');
    // Still unreadable, and still offered.
    expect(await findUnavailable()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the stored lists' })).toBeEnabled();
    expect(screen.getByText(/^\d+ of \d+ shown$/)).toHaveTextContent('15 of 15 shown');
    expectOfficialRows();
  });
});

describe('keeping the lists: the browser’s promise, space, other tabs, a backup', () => {
  const CHANNEL = 'zj-culture-exports.lists';

  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'storage');
  });

  function stubStorage(storage: Partial<Record<'persist' | 'persisted' | 'estimate', () => Promise<unknown>>>) {
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  }

  async function importOneCsv(user: ReturnType<typeof userEvent.setup>, text = 'name_en\nAcme Culture\n') {
    await user.upload(
      await screen.findByLabelText('Choose a file to import'),
      new File([text], 'one.csv', { type: 'text/csv' }),
    );
    const map = await screen.findByRole('region', { name: 'Check the columns of one.csv' }, { timeout: PAGE_TIMEOUT });
    await user.click(within(map).getByRole('button', { name: 'Import the rows below the header' }));
  }

  it('asks the browser to keep the lists when the first is stored, and says that it agreed, with the space', async () => {
    const user = userEvent.setup();
    const persist = vi.fn(() => Promise.resolve(true));
    let persisted = false;
    stubStorage({
      persist: () => persist().then((granted) => (persisted = granted)),
      persisted: () => Promise.resolve(persisted),
      estimate: () => Promise.resolve({ usage: 2_500_000, quota: 50_000_000 }),
    });

    await openExporters();
    expect(await screen.findByText('No list imported yet.', {}, { timeout: PAGE_TIMEOUT })).toBeInTheDocument();
    expect(screen.queryByText(/space runs low/)).not.toBeInTheDocument();
    await importOneCsv(user);
    expect(
      await screen.findByText(
        'This browser keeps your lists even when space runs low. 2.4 MB used, 45 MB left in this browser.',
        {},
        { timeout: PAGE_TIMEOUT },
      ),
    ).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('on a later visit says, in Chinese, that the browser may clear them, without asking again', async () => {
    await putRecords([GOOD]);
    const persist = vi.fn(() => Promise.resolve(false));
    stubStorage({
      persist,
      persisted: () => Promise.resolve(false),
      estimate: () => Promise.resolve({ usage: 300_000, quota: 1_000_000 }),
    });

    await openExporters('/exporters?lang=zh', '出口企业');
    expect(
      await screen.findByText(
        '本浏览器在空间不足时可能会不经询问清除您的列表。请不时备份，以免丢失。 本浏览器已用293 kB，剩余684 kB。',
        {},
        { timeout: PAGE_TIMEOUT },
      ),
    ).toBeInTheDocument();
    expect(persist).not.toHaveBeenCalled();
  });

  it('says it cannot tell where the browser has no storage manager', async () => {
    await putRecords([GOOD]);
    await openExporters();
    expect(
      await screen.findByText(
        'This browser does not say whether it keeps your lists when space runs low.',
        {},
        {
          timeout: PAGE_TIMEOUT,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/keeps your lists even/)).not.toBeInTheDocument();
  });

  it('stores nothing of a list the browser has no room for, and says how large it was and how much is left', async () => {
    const user = userEvent.setup();
    stubStorage({ estimate: () => Promise.resolve({ usage: 9_990_000, quota: 10_000_000 }) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await openExporters();
    await importOneCsv(user, `name_en\n${Array.from({ length: 300 }, (_, i) => `Culture Co ${i}`).join('\n')}\n`);
    const alert = await screen.findByText(
      /^The list was not stored: this browser has no room for it\./,
      {},
      {
        timeout: PAGE_TIMEOUT,
      },
    );
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(
      /It takes about \d+ kB, and 9\.8 kB is left \(9\.5 MB used of 9\.5 MB\)\. Nothing of it was stored;/,
    );
    // Only the message with the sizes: not the generic one as well.
    expect(screen.queryByText(/could not be stored in this browser/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove one.csv' })).not.toBeInTheDocument();
    expect(screen.getByText('No list imported yet.')).toBeInTheDocument();
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    expect(await storedKeys()).toEqual([]);
  });

  it('shows another tab’s import and removal without a reload, and tells the other tabs of its own', async () => {
    const user = userEvent.setup();
    const otherTab = new BroadcastChannel(CHANNEL);
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      await openExporters();
      expect(await screen.findByText('No list imported yet.', {}, { timeout: PAGE_TIMEOUT })).toBeInTheDocument();

      // The other tab stores a list and says so.
      await putRecords([GOOD]);
      otherTab.postMessage({ kind: 'lists-changed', from: 'other-tab' });
      const remove = await screen.findByRole('button', { name: 'Remove good.csv' }, { timeout: PAGE_TIMEOUT });
      expect(await screen.findByRole('rowheader', { name: /Good Culture Co/ })).toBeInTheDocument();

      // …and removes it.
      await inStore('readwrite', (store) => store.delete('list-good'));
      otherTab.postMessage({ kind: 'lists-changed', from: 'other-tab' });
      await waitFor(() => expect(remove).not.toBeInTheDocument(), { timeout: PAGE_TIMEOUT });
      expect(screen.getByText('No list imported yet.')).toBeInTheDocument();

      // This tab's own import is heard by the other.
      await importOneCsv(user);
      expect(await screen.findByRole('button', { name: 'Remove one.csv' }, { timeout: PAGE_TIMEOUT })).toBeVisible();
      await waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ kind: 'lists-changed' })));
    } finally {
      otherTab.close();
    }
  });

  /** Catches what "Back up all lists" hands to the download: the file name and its text. */
  function catchDownload(): () => Promise<{ name: string; text: string }> {
    let blob: Blob | undefined;
    let name = '';
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:backup';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    return async () => {
      if (!blob) throw new Error('nothing was downloaded');
      return { name, text: await blob.text() };
    };
  }

  const OTHER = list('list-other', 'other.csv', [row('o1', { name: { en: 'Other Culture Co' } })]);

  it('backs up every list to one file and restores them, skipping a list already stored', async () => {
    const user = userEvent.setup();
    await putRecords([GOOD, OTHER]);
    const download = catchDownload();

    await openExporters();
    await user.click(await screen.findByRole('button', { name: 'Back up all lists' }, { timeout: PAGE_TIMEOUT }));
    const { name, text } = await download();
    expect(name).toMatch(/^zj-culture-exports-lists-\d{4}-\d{2}-\d{2}\.json$/);

    await user.click(screen.getByRole('button', { name: 'Remove good.csv' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove good.csv' })).not.toBeInTheDocument());

    await user.upload(
      screen.getByLabelText('Restore from a backup'),
      new File([text], name, { type: 'application/json' }),
    );
    const question = await screen.findByRole('region', {
      name: '1 list of the backup is already stored in this browser',
    });
    const choice = within(question).getByRole('group', { name: /^other\.csv: stored 1 row/ });
    expect(within(choice).getByRole('radio', { name: 'Keep the stored list' })).toBeChecked();
    await user.click(within(question).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('1 list restored, 1 skipped.')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('button', { name: 'Remove good.csv' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: /Good Culture Co/ })).toBeInTheDocument();
    expect((await storedKeys()).sort()).toEqual(['list-good', 'list-other']);
  });

  it('replaces a stored list with the backup’s when told to', async () => {
    const user = userEvent.setup();
    await putRecords([OTHER]);
    const backup = JSON.stringify({
      format: 'zj-culture-exports.lists-backup',
      version: 1,
      exportedAt: '2026-11-02T10:00:00.000Z',
      lists: [{ ...OTHER, rows: [row('o1'), row('o2', { name: { en: 'Second Culture Co' } })] }],
    });

    await openExporters();
    expect(await screen.findByText(/^1 row ·/, {}, { timeout: PAGE_TIMEOUT })).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Restore from a backup'),
      new File([backup], 'backup.json', { type: 'application/json' }),
    );
    const question = await screen.findByRole('region', {
      name: '1 list of the backup is already stored in this browser',
    });
    await user.click(within(question).getByRole('radio', { name: 'Replace it with the backup’s' }));
    await user.click(within(question).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('1 list restored, 0 skipped.')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: /Second Culture Co/ })).toBeInTheDocument();
    expect(screen.getByText(/^2 rows ·/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /already stored/ })).not.toBeInTheDocument();
  });

  it('refuses a broken backup or one with a bad list, and stores nothing', async () => {
    const user = userEvent.setup();
    await openExporters();
    const input = await screen.findByLabelText('Restore from a backup', {}, { timeout: PAGE_TIMEOUT });

    await user.upload(input, new File(['{"format": "zj-culture'], 'cut.json', { type: 'application/json' }));
    expect(
      await screen.findByText('This file is not a backup of lists: it is not valid JSON. Nothing was restored.'),
    ).toHaveAttribute('role', 'alert');

    const bad = JSON.stringify({
      format: 'zj-culture-exports.lists-backup',
      version: 1,
      lists: [GOOD, list('list-bad', 'bad.csv', [row('b1', { origin: 'official' })])],
    });
    await user.upload(input, new File([bad], 'bad.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        'List 2 of the backup (bad.csv) cannot be restored: row 1: it is marked as an official row. Nothing was restored.',
      ),
    ).toHaveAttribute('role', 'alert');
    expect(await storedKeys()).toEqual([]);
    expect(screen.getByText('No list imported yet.')).toBeInTheDocument();
  });
});
