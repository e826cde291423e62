import { useState } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FacetValue } from '../domain/exporter-rows';
import { LIST_FORMAT, checkStoredList, type ImportedList, type StoredListReason } from '../domain/stored-lists';

/*
 * A team's own lists, kept in this browser (IndexedDB) across reloads. Each import is one
 * record, so a list can be removed as a whole. Nothing here touches the official dataset.
 */

export type { ImportedList, StoredListReason };

/** A stored record this build cannot show: reported, and removable by its IndexedDB key. */
export interface UnreadableList {
  key: IDBValidKey;
  fileName?: string;
  reason: StoredListReason;
}

export interface StoredLists {
  lists: ImportedList[];
  unreadable: UnreadableList[];
}

const DB = 'zj-culture-exports';
const STORE = 'imported-lists';
const VERSION = 1;

/** Why the stored lists cannot be reached at all, for a message in the reader's language. */
export type StorageFailure = 'unsupported' | 'blocked' | 'newer-version' | 'other';

class StorageError extends Error {
  readonly failure: StorageFailure;
  constructor(failure: StorageFailure, message: string) {
    super(message);
    this.name = 'StorageError';
    this.failure = failure;
  }
}

export function storageFailure(error: Error): StorageFailure {
  if (error instanceof StorageError) return error.failure;
  // A newer build raised the version; this one cannot open the database, nor lower it back.
  if (error.name === 'VersionError') return 'newer-version';
  return 'other';
}

export function canStoreLists(): boolean {
  return typeof indexedDB !== 'undefined';
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!canStoreLists()) {
      reject(new StorageError('unsupported', 'This browser cannot store lists (no IndexedDB).'));
      return;
    }
    let blocked = false;
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      // Opened after all, once the other tab let go: nobody waits for it any more, and a
      // connection left open would block a later upgrade or "Clear the stored lists".
      const db = request.result;
      if (blocked) {
        db.close();
        return;
      }
      // Let another tab upgrade or clear the database instead of waiting on this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    request.onblocked = () => {
      blocked = true;
      reject(new StorageError('blocked', 'IndexedDB is blocked by another tab of this dashboard.'));
    };
  });
}

/**
 * One transaction on the store: `work` queues its requests and returns how to read the answer
 * once the transaction has completed (all of it stored or read, or none).
 */
async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const answer = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(answer());
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted.'));
    });
  } finally {
    db.close();
  }
}

/**
 * IndexedDB hands back a fresh copy of every facet on every row; 100,000 rows then hold several
 * hundred thousand identical little objects. One object per distinct facet keeps the heap small.
 */
function internFacets(lists: ImportedList[]): void {
  const seen = new Map<string, FacetValue>();
  const intern = (f: FacetValue): FacetValue => {
    const id = `${f.key}\u0000${f.label.en}\u0000${f.label.zh}`;
    const known = seen.get(id);
    if (known) return known;
    seen.set(id, f);
    return f;
  };
  for (const list of lists)
    for (const row of list.rows) {
      if (row.city) row.city = intern(row.city);
      if (row.sector) row.sector = intern(row.sector);
      row.markets = row.markets.map(intern);
    }
}

/** Every record with its key, read in one transaction so that the two line up. */
function readAll(): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  return transact('readonly', (store) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    return () => ({ keys: keys.result, values: values.result as unknown[] });
  });
}

/**
 * The lists this build can show, and the records it cannot (from a newer build, or damaged),
 * each with the first reason found. A bad record is reported, never shown and never fatal.
 */
export async function loadImportedLists(): Promise<StoredLists> {
  const { keys, values } = await readAll();
  const lists: ImportedList[] = [];
  const unreadable: UnreadableList[] = [];
  values.forEach((value, i) => {
    const checked = checkStoredList(value);
    if (checked.ok) {
      lists.push(checked.list);
      return;
    }
    const fileName = (value as { fileName?: unknown } | null)?.fileName;
    unreadable.push({
      key: keys[i] as IDBValidKey,
      ...(typeof fileName === 'string' && fileName !== '' ? { fileName } : {}),
      reason: checked.reason,
    });
  });
  lists.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  internFacets(lists);
  return { lists, unreadable };
}

export function saveImportedList(list: ImportedList): Promise<void> {
  return transact('readwrite', (store) => {
    store.put({ ...list, format: LIST_FORMAT });
    return () => undefined;
  });
}

export function removeImportedList(id: string): Promise<void> {
  return removeStoredRecords([id]);
}

/** Deletes exactly these records, by their IndexedDB keys, all or none. */
export function removeStoredRecords(keys: readonly IDBValidKey[]): Promise<void> {
  return transact('readwrite', (store) => {
    for (const key of keys) store.delete(key);
    return () => undefined;
  });
}

/**
 * Deletes the whole database: the way out when it cannot be opened at all (a newer build raised
 * its version, or it is damaged). Every imported list in this browser goes; the files do not.
 * While another tab holds the database open, the deletion waits for it, and `onBlocked` says so.
 */
export function clearStoredLists(onBlocked?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!canStoreLists()) {
      reject(new StorageError('unsupported', 'This browser cannot store lists (no IndexedDB).'));
      return;
    }
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be deleted.'));
    request.onblocked = () => onBlocked?.();
  });
}

export const importedListsQuery = queryOptions({
  queryKey: ['imported-lists'],
  queryFn: loadImportedLists,
  staleTime: Infinity,
  retry: false,
});

const selectLists = (stored: StoredLists) => stored.lists;
const selectUnreadable = (stored: StoredLists) => stored.unreadable;

/** The lists that can be shown (what the table needs). */
export function useImportedLists() {
  return useQuery({ ...importedListsQuery, select: selectLists });
}

/** The stored records that cannot be shown, to report them. */
export function useUnreadableLists() {
  return useQuery({ ...importedListsQuery, select: selectUnreadable });
}

export function useSaveImportedList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveImportedList,
    // The mutation would otherwise keep the whole list (its variables) in memory for minutes.
    gcTime: 0,
    // The list just stored joins the cache as it is, instead of a second copy read back from disk.
    onSuccess: (_key, list) => {
      internFacets([list]);
      client.setQueryData<StoredLists>(importedListsQuery.queryKey, (old) => ({
        lists: [...(old?.lists ?? []), list],
        unreadable: old?.unreadable ?? [],
      }));
    },
  });
}

export function useRemoveImportedList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeImportedList,
    onSuccess: () => client.invalidateQueries({ queryKey: importedListsQuery.queryKey }),
  });
}

export function useRemoveUnreadableLists() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unreadable: readonly UnreadableList[]) => removeStoredRecords(unreadable.map((u) => u.key)),
    // The readable lists stay as they are in the cache: reading them all again would rebuild the table.
    onSuccess: (_done, removed) =>
      client.setQueryData<StoredLists>(importedListsQuery.queryKey, (old) =>
        old ? { lists: old.lists, unreadable: old.unreadable.filter((u) => !removed.includes(u)) } : old,
      ),
  });
}

/** Clears the whole store; `blocked` is true while another tab keeps the deletion waiting. */
export function useClearStoredLists() {
  const client = useQueryClient();
  const [blocked, setBlocked] = useState(false);
  const mutation = useMutation({
    mutationFn: () => {
      setBlocked(false);
      return clearStoredLists(() => setBlocked(true));
    },
    // Read again: the store is now empty (or, on failure, still unreadable, and says so again).
    onSettled: () => {
      setBlocked(false);
      return client.invalidateQueries({ queryKey: importedListsQuery.queryKey });
    },
  });
  return { ...mutation, blocked };
}
