import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  backupText,
  listsToRestore,
  parseBackup,
  planRestore,
} from '../../src/domain/lists-backup';
import type { ImportedList } from '../../src/domain/stored-lists';
import type { ExporterRow } from '../../src/domain/exporter-rows';

function row(id: string, extra: Partial<ExporterRow> = {}): ExporterRow {
  return {
    id,
    origin: 'imported',
    name: { en: `Team Exporter ${id}`, zh: '团队出口企业' },
    city: { key: 'hangzhou', label: { en: 'Hangzhou', zh: '杭州' } },
    markets: [{ key: 'europe', label: { en: 'Europe', zh: '欧洲' } }],
    sourceIds: [],
    keyFigure: { value: 2_500_000, unit: 'USD', qualifier: 'exact', period: { kind: 'year', year: 2024 } },
    importedFrom: 'team.csv',
    extra: [{ label: 'Contact', value: 'Ms Wang' }],
    ...extra,
  } as ExporterRow;
}

function list(id: string, fileName = `${id}.csv`, rows = [row(`${id}-1`), row(`${id}-2`)]): ImportedList {
  return { id, fileName, importedAt: '2026-11-01T09:00:00.000Z', rows };
}

const NOW = new Date(2026, 10, 5, 23, 30);

describe('a backup of the stored lists', () => {
  it('is named by the reader’s date', () => {
    expect(backupFileName(NOW)).toBe('zj-culture-exports-lists-2026-11-05.json');
    expect(backupFileName(new Date(2027, 0, 9))).toBe('zj-culture-exports-lists-2027-01-09.json');
  });

  it('says what it is, and gives back every list whole: rows, extra columns, dates, file names', () => {
    const lists = [list('list-a', '团队名单.xlsx'), list('list-b', 'b.csv', [])];
    const text = backupText(lists, NOW);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString() });

    const back = parseBackup(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.lists).toEqual(lists.map((l) => ({ ...l, format: 1 })));
    expect(back.lists[0]?.rows[0]?.extra).toEqual([{ label: 'Contact', value: 'Ms Wang' }]);
    expect(back.lists[0]?.fileName).toBe('团队名单.xlsx');
    expect(back.exportedAt).toBe(NOW.toISOString());
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${backupText([list('list-a')], NOW)}`).ok).toBe(true);
  });
});

describe('a file that is no backup, or a broken one', () => {
  it.each([
    ['cut short', backupText([list('list-a')], NOW).slice(0, 40), 'not-json'],
    ['not JSON at all', 'name_en\nAcme\n', 'not-json'],
    ['another JSON file', JSON.stringify([{ name_en: 'Acme' }]), 'not-a-backup'],
    ['without the marker', JSON.stringify({ version: 1, lists: [] }), 'not-a-backup'],
    ['without lists', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'not-a-backup'],
    ['without a version', JSON.stringify({ format: BACKUP_FORMAT, lists: [] }), 'not-a-backup'],
    ['from a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 2, lists: [] }), 'newer-version'],
    ['with no list', JSON.stringify({ format: BACKUP_FORMAT, version: 1, lists: [] }), 'empty'],
  ])('%s is refused', (_what, text, problem) => {
    expect(parseBackup(text)).toMatchObject({ ok: false, problem });
  });

  it('is refused whole when one list fails the stored-list check, saying which and why', () => {
    const good = list('list-a');
    const bad = { ...list('list-b', 'bad.csv'), rows: [row('b1'), { ...row('b2'), origin: 'official' }] };
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, lists: [good, bad] });
    expect(parseBackup(text)).toEqual({
      ok: false,
      problem: 'bad-list',
      list: 2,
      fileName: 'bad.csv',
      reason: { problem: 'claims-official', row: 2, field: 'origin' },
    });
  });

  it('is refused when a list has no file name or a list is no object', () => {
    const nameless = { ...list('list-a'), fileName: '' };
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, lists: [nameless] }))).toMatchObject({
      ok: false,
      problem: 'bad-list',
      list: 1,
      reason: { problem: 'wrong-type', field: 'fileName' },
    });
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, lists: [list('a'), 7] }))).toMatchObject({
      ok: false,
      problem: 'bad-list',
      list: 2,
      reason: { problem: 'not-a-list' },
    });
  });

  it('is refused when two lists of it share an id', () => {
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      lists: [list('list-a'), list('list-b'), list('list-a', 'again.csv')],
    });
    expect(parseBackup(text)).toEqual({ ok: false, problem: 'duplicate-id', list: 3, fileName: 'again.csv' });
  });
});

describe('restoring into a browser that holds some of the lists', () => {
  const backup = [list('list-a', 'a-from-backup.csv'), list('list-b'), list('list-c')];
  const stored = [list('list-b', 'b-stored.csv'), list('list-z')];

  it('tells the new lists from those whose id is already stored', () => {
    const plan = planRestore(backup, stored);
    expect(plan.fresh.map((l) => l.id)).toEqual(['list-a', 'list-c']);
    expect(plan.conflicts).toEqual([{ backup: backup[1], stored: stored[0] }]);
  });

  it('skips a stored list unless told to replace it', () => {
    const plan = planRestore(backup, stored);
    expect(listsToRestore(plan, new Set()).map((l) => l.id)).toEqual(['list-a', 'list-c']);
    expect(listsToRestore(plan, new Set(['list-b'])).map((l) => l.id)).toEqual(['list-a', 'list-c', 'list-b']);
  });

  it('has nothing to ask when none is stored yet', () => {
    expect(planRestore(backup, []).conflicts).toEqual([]);
  });
});
