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
  rate: DerivedFigure | undefined;
}

export function buildCatalog(dataset: Dataset): Catalog {
  const derived = deriveFigures(dataset);
  const all: Figure[] = [...dataset.figures, ...derived];
  const clarifications = new Map<string, Figure[]>();
  for (const f of dataset.figures) {
    if (!f.clarifies) continue;
    clarifications.set(f.clarifies, [...(clarifications.get(f.clarifies) ?? []), f]);
  }
  return {
    dataset,
    derived,
    figures: new Map(all.map((f) => [f.id, f])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    clarifications,
    rate: impliedRate(derived),
  };
}
