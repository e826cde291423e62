import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExporterRow, FacetValue } from '../domain/exporter-rows';

/*
 * A team's own lists, kept in this browser (IndexedDB) across reloads. Each import is one
 * record, so a list can be removed as a whole. Nothing here touches the official dataset.
 */

export interface ImportedList {
  id: string;
  fileName: string;
  importedAt: string;
  rows: ExporterRow[];
}

const DB = 'zj-culture-exports';
const STORE = 'imported-lists';
const VERSION = 1;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('This browser cannot store lists (no IndexedDB).'));
      return;
    }
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab of this dashboard.'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted.'));
    });
  } finally {
    db.close();
  }
}

function isList(value: unknown): value is ImportedList {
  const v = value as Partial<ImportedList> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.importedAt === 'string' &&
    Array.isArray(v.rows)
  );
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

export async function loadImportedLists(): Promise<ImportedList[]> {
  const all = await run<unknown[]>('readonly', (store) => store.getAll());
  // A record this version cannot read is left out rather than breaking the page.
  const lists = all.filter(isList).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  internFacets(lists);
  return lists;
}

export function saveImportedList(list: ImportedList): Promise<IDBValidKey> {
  return run('readwrite', (store) => store.put(list));
}

export function removeImportedList(id: string): Promise<undefined> {
  return run('readwrite', (store) => store.delete(id));
}

export const importedListsQuery = queryOptions({
  queryKey: ['imported-lists'],
  queryFn: loadImportedLists,
  staleTime: Infinity,
  retry: false,
});

export function useImportedLists() {
  return useQuery(importedListsQuery);
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
      client.setQueryData<ImportedList[]>(importedListsQuery.queryKey, (old) => [...(old ?? []), list]);
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
