import type { ExporterRow } from './exporter-rows';

/*
 * Whether an imported row names a company of the official list: the same name in English or
 * Chinese, with full-width forms, spacing and case set aside (网易 and 网 易, ＮｅｔＥａｓｅ and
 * netease). Only the name is compared: a match says "this may be that company", for the user
 * to follow, and never merges the rows or their figures.
 */

/** A name as compared: NFKC (full-width to half-width), no spaces or dots, lower case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s.·・,，]+/g, '')
    .toLowerCase();
}

/** Looks up the official row a name matches, if any. */
export function officialMatcher(official: readonly ExporterRow[]): (row: ExporterRow) => ExporterRow | undefined {
  const byName = new Map<string, ExporterRow>();
  for (const row of official) {
    for (const name of [row.name.en, row.name.zh]) {
      const key = name ? nameKey(name) : '';
      if (key && !byName.has(key)) byName.set(key, row);
    }
  }
  return (row) => {
    if (row.origin !== 'imported') return undefined;
    for (const name of [row.name.zh, row.name.en]) {
      const hit = name ? byName.get(nameKey(name)) : undefined;
      if (hit) return hit;
    }
    return undefined;
  };
}
