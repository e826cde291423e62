import type { TFunction } from 'i18next';
import { placeKindOf, rankOf, type PlaceKind } from '../../domain/entities';
import type { TableDeclaration } from '../../components/table-declaration';
import type { Batch, Bilingual, Entity, Figure } from '../../data/schema';
import { formatDate, type Lang } from '../../domain/format';
import { BASE_KINDS, BASE_LEVELS } from '../../data/vocabulary';
import { displayName, type Catalog } from '../../domain/figures';
import type { FacetValue } from '../../domain/row-index';

interface KindValue extends FacetValue {
  key: PlaceKind;
}

/** A base's level as its source gives it, or 'not-stated' (the article's bases and the platform). */
export type LevelKey = (typeof BASE_LEVELS)[number] | 'not-stated';
const LEVEL_ORDER: readonly LevelKey[] = [...BASE_LEVELS, 'not-stated'];

/** One row of the table: a base, a zone or the cloud platform. */
export interface BaseRow {
  entity: Entity;
  kind: KindValue;
  level: FacetValue;
  city: FacetValue | undefined;
  rank: { figure: Figure; clarification?: Figure } | undefined;
  highlight: Bilingual | undefined;
}

const KIND_ORDER: readonly PlaceKind[] = [...BASE_KINDS, 'platform'];

/** The bases table: its search, its facets (one entry each) and its sortable columns. */
export const baseTable: TableDeclaration<BaseRow> = {
  searchText: (r) => `${r.entity.name.en} ${r.entity.name.zh ?? ''}`,
  facets: [
    {
      key: 'city',
      label: 'bases.facetCity',
      values: (r) => (r.city ? [r.city] : []),
      order: (a, b) => a.label.en.localeCompare(b.label.en),
    },
    {
      key: 'kind',
      label: 'bases.facetKind',
      values: (r) => [r.kind],
      order: (a, b) => KIND_ORDER.indexOf(a.key as PlaceKind) - KIND_ORDER.indexOf(b.key as PlaceKind),
    },
    {
      key: 'level',
      label: 'bases.facetLevel',
      values: (r) => [r.level],
      order: (a, b) => LEVEL_ORDER.indexOf(a.key as LevelKey) - LEVEL_ORDER.indexOf(b.key as LevelKey),
    },
  ],
  sorts: {
    name: (r, l) => displayName(r.entity.name, l).text,
    city: (r, l) => r.city?.label[l],
    kind: (r, l) => r.kind.label[l],
    level: (r) => `${LEVEL_ORDER.indexOf(r.level.key as LevelKey)}|${r.entity.batch?.announced ?? ''}`,
    rank: (r) => r.rank?.figure.value,
    launched: (r, l) => r.entity.launched?.[l],
  },
};

/** The places of the dataset as rows; a kind's label in both languages, for its filter and its sort. */
export function baseRows(catalog: Catalog, t: TFunction): BaseRow[] {
  const rows: BaseRow[] = [];
  for (const entity of catalog.dataset.entities) {
    const kind = placeKindOf(entity);
    if (!kind) continue;
    const city = entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
    const levelKey: LevelKey = entity.level ?? 'not-stated';
    rows.push({
      entity,
      kind: {
        key: kind,
        label: { en: t(`bases.kinds.${kind}`, { lng: 'en' }), zh: t(`bases.kinds.${kind}`, { lng: 'zh' }) },
      },
      level: {
        key: levelKey,
        label: { en: t(`bases.levels.${levelKey}`, { lng: 'en' }), zh: t(`bases.levels.${levelKey}`, { lng: 'zh' }) },
      },
      city: city ? { key: city.id, label: { en: city.name.en, zh: city.name.zh ?? city.name.en } } : undefined,
      rank: rankOf(catalog, entity),
      highlight: (entity.facts?.find((f) => f.tier === 'A') ?? entity.facts?.[0])?.text,
    });
  }
  return rows;
}

/** "Second batch, announced 26 August 2021": a national base's batch, as its row and its page say it. */
export function batchText(batch: Batch, t: TFunction, lang: Lang): string {
  const n = batch.number;
  const ordinal =
    n === 1
      ? t('bases.batchOrdinal.first')
      : n === 2
        ? t('bases.batchOrdinal.second')
        : t('bases.batchOrdinal.nth', { n });
  return t('bases.batch', { ordinal, date: formatDate(batch.announced, lang) });
}
