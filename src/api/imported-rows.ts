import { useEffect, useState, useSyncExternalStore } from 'react';
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

/** One put in one transaction: a write the browser refuses (out of space) leaves no record. */
export function saveImportedList(list: ImportedList): Promise<void> {
  return saveImportedLists([list]);
}

/** Several lists (a restored backup) in one transaction: all of them stored, or none. */
export function saveImportedLists(lists: readonly ImportedList[]): Promise<void> {
  return transact('readwrite', (store) => {
    for (const list of lists) store.put({ ...list, format: LIST_FORMAT });
    return () => undefined;
  });
}

/** What the browser says of the space it gives this dashboard, where it says anything. */
export interface StorageState {
  /** Whether the browser keeps the lists when space runs low; undefined where it cannot tell. */
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
}

async function estimateStorage(): Promise<Pick<StorageState, 'usage' | 'quota'>> {
  const manager = storageManager();
  if (typeof manager?.estimate !== 'function') return {};
  try {
    const { usage, quota } = await manager.estimate();
    return { ...(usage !== undefined ? { usage } : {}), ...(quota !== undefined ? { quota } : {}) };
  } catch {
    return {};
  }
}

export async function readStorageState(): Promise<StorageState> {
  const manager = storageManager();
  let persisted: boolean | undefined;
  if (typeof manager?.persisted === 'function')
    try {
      persisted = await manager.persisted();
    } catch {
      persisted = undefined;
    }
  return { ...(persisted !== undefined ? { persisted } : {}), ...(await estimateStorage()) };
}

/** Asks the browser to keep the lists when space runs low (once, when the first list is stored). */
export async function requestPersistence(): Promise<boolean | undefined> {
  const manager = storageManager();
  if (typeof manager?.persist !== 'function') return undefined;
  try {
    return await manager.persist();
  } catch {
    return undefined;
  }
}

/** The browser refused to store a list for want of space: how large it was, and the space there is. */
export class OutOfSpaceError extends Error {
  /** About how many bytes the lists take (the length of their JSON). */
  readonly bytes: number;
  readonly usage?: number;
  readonly quota?: number;
  constructor(bytes: number, space: Pick<StorageState, 'usage' | 'quota'>, cause: unknown) {
    super('The browser has no room left for this list.', { cause });
    this.name = 'OutOfSpaceError';
    this.bytes = bytes;
    if (space.usage !== undefined) this.usage = space.usage;
    if (space.quota !== undefined) this.quota = space.quota;
  }
}

function isQuotaError(error: unknown): boolean {
  // A DOMException, which is not an Error in every realm (nor in every test environment).
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/** Stores the lists; a write refused for want of space becomes an OutOfSpaceError with the sizes. */
export async function storeLists(lists: readonly ImportedList[]): Promise<void> {
  try {
    await saveImportedLists(lists);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    let bytes = 0;
    for (const list of lists) bytes += JSON.stringify(list).length;
    throw new OutOfSpaceError(bytes, await estimateStorage(), error);
  }
}

/*
 * Two tabs on this dashboard share the store: each says, on a BroadcastChannel, when it has
 * changed it, and the other reads the lists again. Each list is its own record, so neither tab
 * overwrites the other's list.
 */
const CHANNEL = 'zj-culture-exports.lists';
/** This tab, so that its own word is not taken for another tab's. */
const TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface ListsChangedMessage {
  kind: 'lists-changed';
  from: string;
}

/** Tells the other tabs that the stored lists changed. */
export function announceListsChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  const message: ListsChangedMessage = { kind: 'lists-changed', from: TAB };
  channel.postMessage(message);
  channel.close();
}

/** Reads the lists again whenever another tab says it changed them; the channel closes on unmount. */
export function useListsFromOtherTabs(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<ListsChangedMessage> | null;
      if (data && typeof data === 'object' && data.from === TAB) return;
      void client.invalidateQueries({ queryKey: importedListsQuery.queryKey });
      void client.invalidateQueries({ queryKey: storageStateQuery.queryKey });
    };
    return () => channel.close();
  }, [client]);
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

export const storageStateQuery = queryOptions({
  queryKey: ['storage-state'],
  queryFn: readStorageState,
  staleTime: Infinity,
  retry: false,
});

export function useStorageState() {
  return useQuery(storageStateQuery);
}

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

export const SAVE_LIST_KEY = ['save-imported-list'];

// The last list refused for want of space, until a list is stored. Kept here rather than read
// with TanStack's useMutationState: that hook would join the framework chunk every page loads.
let outOfSpace: OutOfSpaceError | undefined;
const outOfSpaceListeners = new Set<() => void>();
function setOutOfSpace(error: OutOfSpaceError | undefined): void {
  outOfSpace = error;
  for (const listener of outOfSpaceListeners) listener();
}
const subscribeOutOfSpace = (listener: () => void) => {
  outOfSpaceListeners.add(listener);
  return () => outOfSpaceListeners.delete(listener);
};

/** The last import refused for want of space (its size and the space there was), if any since the last stored list. */
export function useOutOfSpace(): OutOfSpaceError | undefined {
  return useSyncExternalStore(
    subscribeOutOfSpace,
    () => outOfSpace,
    () => undefined,
  );
}

/**
 * Stores an imported list. A list refused for want of space stores nothing and is not reported
 * as `error` (that message would be the generic one): ListsStorage reads it with useOutOfSpace
 * and says how large the list was and how much room there is.
 */
export function useSaveImportedList() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationKey: SAVE_LIST_KEY,
    mutationFn: (list: ImportedList) => storeLists([list]),
    // The mutation would otherwise keep the whole list (its variables) in memory for minutes.
    gcTime: 0,
    // The list just stored joins the cache as it is, instead of a second copy read back from disk.
    onError: (error) => {
      if (error instanceof OutOfSpaceError) setOutOfSpace(error);
    },
    onSuccess: (_key, list) => {
      setOutOfSpace(undefined);
      internFacets([list]);
      let first = false;
      client.setQueryData<StoredLists>(importedListsQuery.queryKey, (old) => {
        first = !old?.lists.length;
        return { lists: [...(old?.lists ?? []), list], unreadable: old?.unreadable ?? [] };
      });
      announceListsChanged();
      // The first list is the moment to ask the browser to keep them; later ones find it decided.
      // Not awaited: a browser may ask the reader first, and the list is stored already.
      void (first ? requestPersistence() : Promise.resolve()).then(() =>
        client.invalidateQueries({ queryKey: storageStateQuery.queryKey }),
      );
    },
  });
  return { ...mutation, error: mutation.error instanceof OutOfSpaceError ? null : mutation.error };
}

/** Stores the lists of a backup in one transaction and reads the lists again. */
export function useRestoreLists() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (lists: readonly ImportedList[]) => {
      const before = client.getQueryData<StoredLists>(importedListsQuery.queryKey);
      await storeLists(lists);
      return !before?.lists.length && lists.length > 0;
    },
    gcTime: 0,
    onSuccess: (first) => {
      announceListsChanged();
      void (first ? requestPersistence() : Promise.resolve()).then(() =>
        client.invalidateQueries({ queryKey: storageStateQuery.queryKey }),
      );
      return client.invalidateQueries({ queryKey: importedListsQuery.queryKey });
    },
  });
}

export function useRemoveImportedList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeImportedList,
    onSuccess: () => {
      announceListsChanged();
      void client.invalidateQueries({ queryKey: storageStateQuery.queryKey });
      return client.invalidateQueries({ queryKey: importedListsQuery.queryKey });
    },
  });
}

export function useRemoveUnreadableLists() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unreadable: readonly UnreadableList[]) => removeStoredRecords(unreadable.map((u) => u.key)),
    // The readable lists stay as they are in the cache: reading them all again would rebuild the table.
    onSuccess: (_done, removed) => {
      announceListsChanged();
      client.setQueryData<StoredLists>(importedListsQuery.queryKey, (old) =>
        old ? { lists: old.lists, unreadable: old.unreadable.filter((u) => !removed.includes(u)) } : old,
      );
    },
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
    onSuccess: () => announceListsChanged(),
    onSettled: () => {
      setBlocked(false);
      return client.invalidateQueries({ queryKey: importedListsQuery.queryKey });
    },
  });
  return { ...mutation, blocked };
}
