import type { Location } from 'react-router';
import type { IgnoredParam } from '../domain/params';

/*
 * The bookkeeping behind the address's writes (use-search-state.ts): what a history entry's
 * state holds, and the run of writes the router has not rendered yet, kept per router. Kept
 * apart from the hooks, which say what a page does with the address; this says where a write
 * starts from. Only use-search-state.ts writes with it.
 */

/** What the address's writer keeps in a history entry's state: the notice's list, and which write made it. */
export interface EntryState {
  ignored?: IgnoredParam[];
  write?: number;
}

/** A history entry's state as this module wrote it; any other state (none, another's) reads as empty. */
export function entryOf(state: unknown): EntryState {
  return state && typeof state === 'object' ? (state as EntryState) : {};
}

/** The values the address's notice names (what was dropped from it), from the entry's state. */
export function ignoredOf(state: unknown): IgnoredParam[] {
  const list = entryOf(state).ignored;
  return Array.isArray(list) ? list : [];
}

/*
 * Writes can come faster than the router renders them (keys held down, a clicker): each write
 * starts from the one before, not from the address the last render saw, or it would undo it.
 * One router has one address, so this is kept once per router (its navigator), for every hook:
 * the last search written and the writes whose echo has not come back. Any other change of the
 * address (a link, back) ends the run, and the next write starts from what the router shows.
 * Per router rather than per module, because a new router starts again at the key "default".
 */
export interface Run {
  pending: number[];
  written: string;
  seenKey: string;
}
const runs = new WeakMap<object, Run>();
let lastWriteId = 0;

/** A new write's id: unique across routers, so an echo is never taken for another's. */
export function nextWriteId(): number {
  return ++lastWriteId;
}

/** The run of a router (its navigator), started empty on its first write or read. */
export function runOf(navigator: object): Run {
  let run = runs.get(navigator);
  if (!run) {
    run = { pending: [], written: '', seenKey: '' };
    runs.set(navigator, run);
  }
  return run;
}

/** Takes in a rendered address: the writes up to the one it echoes are done; any other address ends the run. */
export function observe(address: Run, location: Location): void {
  if (location.key === address.seenKey) return;
  address.seenKey = location.key;
  const id = entryOf(location.state).write;
  const at = id === undefined ? -1 : address.pending.indexOf(id);
  address.pending = at >= 0 ? address.pending.slice(at + 1) : [];
}

/** The search the next write starts from: the last one written while the run lasts, else the address. */
export function currentSearch(address: Run, location: Location): URLSearchParams {
  observe(address, location);
  return new URLSearchParams(address.pending.length > 0 ? address.written : location.search);
}

/**
 * The browser's current history entry: its address and the router's key for it. It changes at
 * once when a link is followed, before React has rendered the new page, even when the link
 * leads to the very same address.
 */
export function historyEntry(): string {
  const state: unknown = window.history.state;
  const key = state && typeof state === 'object' && 'key' in state ? String(state.key) : '';
  return `${window.location.href} ${key}`;
}
