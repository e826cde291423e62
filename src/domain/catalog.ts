import type { Dataset, Entity, Figure, Source } from '../data/schema';
import { deriveFigures, impliedRate, type DerivedFigure } from './derive';

/*
 * The figures as the app uses them, built once per load (src/api/catalog.ts). Kept apart from
 * figures.ts and its display code, which the loader does not need.
 */

/** The dataset with its derived figures and indexes, computed once per load. */
export interface Catalog {
  dataset: Dataset;
  derived: DerivedFigure[];
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  entities: Map<string, Entity>;
  /** Tier B figures that clarify a figure, by the clarified figure's id. */
  clarifications: Map<string, Figure[]>;
  /** Figures that state a figure's growth, stored or derived, by that figure's id (the `growthOf` link). */
  growth: Map<string, Figure[]>;
  /** Figures that state a figure's amount in the other currency, by that figure's id (`currencyTwinOf`). */
  currencyTwins: Map<string, Figure[]>;
  rate: DerivedFigure | undefined;
}

/** The figures that link to each figure by this field, in dataset order, by the linked figure's id. */
function linkedBy(
  figures: readonly Figure[],
  field: 'clarifies' | 'growthOf' | 'currencyTwinOf',
): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures) {
    const to = f[field];
    if (to) out.set(to, [...(out.get(to) ?? []), f]);
  }
  return out;
}

export function buildCatalog(dataset: Dataset): Catalog {
  const derived = deriveFigures(dataset);
  const all: Figure[] = [...dataset.figures, ...derived];
  const clarifications = linkedBy(dataset.figures, 'clarifies');
  return {
    dataset,
    derived,
    figures: new Map(all.map((f) => [f.id, f])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    clarifications,
    growth: linkedBy(all, 'growthOf'),
    currencyTwins: linkedBy(dataset.figures, 'currencyTwinOf'),
    rate: impliedRate(derived),
  };
}
