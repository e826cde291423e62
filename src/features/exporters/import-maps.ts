import type { ColumnRole } from '../../domain/exporter-file/column-guess';

/*
 * The column map a user chose for a set of headers, remembered in this browser, so that next
 * month's file with the same headers comes in with the same map.
 */

const KEY = 'zj-culture-exports.import-maps';
const KEPT = 30;

type Stored = Record<string, { roles: ColumnRole[]; at: number }>;

const signature = (header: readonly string[]) => header.map((h) => h.trim()).join('\u241f');

function load(): Stored {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Stored) : {};
  } catch {
    // Storage off, or a value another version wrote: no map is remembered.
    return {};
  }
}

/** The roles chosen last time for exactly these headers, if any. */
export function rememberedRoles(header: readonly string[]): ColumnRole[] | undefined {
  if (header.every((h) => !h.trim())) return undefined;
  const entry = load()[signature(header)];
  return entry && Array.isArray(entry.roles) && entry.roles.length === header.length ? entry.roles : undefined;
}

export function rememberRoles(header: readonly string[], roles: readonly ColumnRole[]): void {
  if (header.every((h) => !h.trim())) return;
  const stored = load();
  stored[signature(header)] = { roles: [...roles], at: Date.now() };
  // The most recent maps only: a team has a few files, not hundreds.
  const kept = Object.entries(stored)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, KEPT);
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Full or off: the map is simply not remembered.
  }
}
