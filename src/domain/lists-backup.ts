import { LIST_FORMAT, checkStoredList, type ImportedList, type StoredListReason } from './stored-lists';

/*
 * A backup of every list a team imported in this browser, as one JSON file: the lists live only
 * here, and a cleared browser or a new computer would otherwise lose the team's work. The file
 * says what it is and which version wrote it; every list in it is checked like a stored record
 * before anything of it is stored again.
 */

/** What a backup file says it is, so that any other JSON file is told apart. */
export const BACKUP_FORMAT = 'zj-culture-exports.lists-backup';
/** Raised whenever the shape of the backup file changes. */
export const BACKUP_VERSION = 1;

export interface ListsBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  lists: ImportedList[];
}

export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-version' | 'empty' | 'bad-list' | 'duplicate-id';

export type BackupCheck =
  | { ok: true; lists: ImportedList[]; exportedAt?: string }
  | {
      ok: false;
      problem: BackupProblem;
      /** 1-based position of the list in the file, for 'bad-list' and 'duplicate-id'. */
      list?: number;
      fileName?: string;
      reason?: StoredListReason;
    };

/** `zj-culture-exports-lists-YYYY-MM-DD.json`, by the reader's own calendar. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `zj-culture-exports-lists-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The backup file's text: every list whole (rows with their extra columns, dates, file names). */
export function backupText(lists: readonly ImportedList[], now: Date): string {
  const backup: ListsBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    lists: lists.map((list) => ({ ...list, format: LIST_FORMAT })),
  };
  return JSON.stringify(backup);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The lists of a backup file, each checked as a stored record is, or the first thing wrong with
 * the file. All or nothing: one bad list refuses the whole file, so a restore never stores half.
 */
export function parseBackup(text: string): BackupCheck {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return { ok: false, problem: 'not-a-backup' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'not-a-backup' };
  if (version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  if (!Array.isArray(value.lists)) return { ok: false, problem: 'not-a-backup' };
  if (value.lists.length === 0) return { ok: false, problem: 'empty' };
  const lists: ImportedList[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < value.lists.length; i++) {
    const item: unknown = value.lists[i];
    const checked = checkStoredList(item);
    const fileName = isRecord(item) && typeof item.fileName === 'string' ? item.fileName : undefined;
    if (!checked.ok)
      return {
        ok: false,
        problem: 'bad-list',
        list: i + 1,
        ...(fileName ? { fileName } : {}),
        reason: checked.reason,
      };
    if (ids.has(checked.list.id))
      return { ok: false, problem: 'duplicate-id', list: i + 1, fileName: checked.list.fileName };
    ids.add(checked.list.id);
    lists.push(checked.list);
  }
  return {
    ok: true,
    lists,
    ...(typeof value.exportedAt === 'string' ? { exportedAt: value.exportedAt } : {}),
  };
}

export interface RestorePlan {
  /** Lists whose id is not stored yet: restored as they are. */
  fresh: ImportedList[];
  /** Lists whose id is already stored: the reader chooses to skip or replace each. */
  conflicts: { backup: ImportedList; stored: ImportedList }[];
}

/** Splits a backup's lists into the new ones and those whose id this browser already holds. */
export function planRestore(backup: readonly ImportedList[], stored: readonly ImportedList[]): RestorePlan {
  const byId = new Map(stored.map((list) => [list.id, list]));
  const plan: RestorePlan = { fresh: [], conflicts: [] };
  for (const list of backup) {
    const same = byId.get(list.id);
    if (same) plan.conflicts.push({ backup: list, stored: same });
    else plan.fresh.push(list);
  }
  return plan;
}

/** The lists to store once the reader has chosen, for each conflict, whether to replace. */
export function listsToRestore(plan: RestorePlan, replace: ReadonlySet<string>): ImportedList[] {
  return [...plan.fresh, ...plan.conflicts.filter((c) => replace.has(c.backup.id)).map((c) => c.backup)];
}
