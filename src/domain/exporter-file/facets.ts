import { facetOf, type ExporterRow, type FacetValue } from '../exporter-rows';

/*
 * The cities, sectors and markets of an imported file, matched to the table's own facets by
 * key or by label in either language; a label the table does not know gets a facet of its own.
 */

/** The dataset's own facet values, so that "杭州" and "Hangzhou" both map to "hangzhou". */
export interface KnownFacets {
  cities: FacetValue[];
  sectors: FacetValue[];
  markets: FacetValue[];
}

export function knownFacets(rows: readonly ExporterRow[]): KnownFacets {
  const cities = new Map<string, FacetValue>();
  const sectors = new Map<string, FacetValue>();
  const markets = new Map<string, FacetValue>();
  for (const row of rows) {
    if (row.origin !== 'official') continue;
    if (row.city && !cities.has(row.city.key)) cities.set(row.city.key, row.city);
    if (row.sector && !sectors.has(row.sector.key)) sectors.set(row.sector.key, row.sector);
    for (const m of row.markets) if (!markets.has(m.key)) markets.set(m.key, m);
  }
  return { cities: [...cities.values()], sectors: [...sectors.values()], markets: [...markets.values()] };
}

function normal(label: string): string {
  return label.trim().toLowerCase();
}

/** Maps labels in either language (or the key) to the dataset's facet; others get a new one. */
export class FacetIndex {
  private readonly byLabel = new Map<string, FacetValue>();
  // Labels that differ only in spelling ("North-America", "north america") share a key; the
  // first one seen gives the label, so one key never shows under two names.
  private readonly byKey = new Map<string, FacetValue>();

  constructor(values: readonly FacetValue[]) {
    for (const v of values) {
      if (!this.byKey.has(v.key)) this.byKey.set(v.key, v);
      for (const label of [v.key, v.label.en, v.label.zh]) {
        const k = normal(label);
        if (!this.byLabel.has(k)) this.byLabel.set(k, v);
      }
    }
  }

  get(label: string): FacetValue {
    const k = normal(label);
    let v = this.byLabel.get(k);
    if (!v) {
      const fresh = facetOf({ en: label, zh: label });
      v = this.byKey.get(fresh.key) ?? fresh;
      this.byKey.set(v.key, v);
      this.byLabel.set(k, v);
    }
    return v;
  }
}
