import type { BaseKind, Entity, Figure } from '../data/schema';
import type { Catalog } from './catalog';

/*
 * What the dataset says about one entity (an exporter, a base, the platform): its figures,
 * its rank, its city and the entities related to it. The detail pages and the bases table
 * render these; the rules of which records belong to an entity live here.
 */

/** The kind of a base or the platform, as a key of `bases.kinds`. */
export type PlaceKind = BaseKind | 'platform';

/** A base's kind, or 'platform'; undefined for an entity that is neither. */
export function placeKindOf(entity: Entity): PlaceKind | undefined {
  if (entity.kind === 'platform') return 'platform';
  if (entity.kind === 'base') return entity.baseKind;
  return undefined;
}

/** The city an entity is in, when the dataset names it. */
export function cityOf(catalog: Catalog, entity: Entity): Entity | undefined {
  return entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
}

/** The entity's figures: those it lists first, then those that name it, each once. */
export function figuresOf(catalog: Catalog, entity: Entity): Figure[] {
  const listed = (entity.figureIds ?? []).map((id) => catalog.figures.get(id)).filter((f) => f !== undefined);
  const seen = new Set(listed.map((f) => f.id));
  const naming = [...catalog.figures.values()].filter((f) => f.entityId === entity.id && !seen.has(f.id));
  return [...listed, ...naming];
}

export interface Rank {
  figure: Figure;
  /** The Chinese reports' clarification of it (e.g. "within the functional-zone category"). */
  clarification?: Figure;
}

/**
 * The entity's rank as the article gives it (a rank that clarifies no other), with the Chinese
 * reports' clarification of it, when a source ranks it.
 */
export function rankOf(catalog: Catalog, entity: Entity): Rank | undefined {
  const ranks = figuresOf(catalog, entity).filter((f) => f.unit === 'rank');
  const figure = ranks.find((f) => !f.clarifies) ?? ranks[0];
  if (!figure) return undefined;
  const clarification = (catalog.clarifications.get(figure.id) ?? []).find((c) => c.unit === 'rank');
  return clarification ? { figure, clarification } : { figure };
}

/** Entities related either way: those it names, then those that name it; never itself. */
export function relatedOf(catalog: Catalog, entity: Entity): Entity[] {
  const ids = [...(entity.relatedIds ?? [])];
  for (const other of catalog.dataset.entities)
    if (other.id !== entity.id && other.relatedIds?.includes(entity.id) && !ids.includes(other.id)) ids.push(other.id);
  return ids
    .map((id) => catalog.entities.get(id))
    .filter((e) => e !== undefined)
    .filter((e) => e.id !== entity.id);
}
