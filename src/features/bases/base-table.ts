import type { TFunction } from 'i18next';
import { placeKindOf, rankOf, type PlaceKind } from '../../domain/entities';
import type { TableDeclaration } from '../../components/table-declaration';
import type { Bilingual, Entity, Figure } from '../../data/schema';
import { displayName, type Catalog } from '../../domain/figures';
import type { FacetValue } from '../../domain/row-index';

interface KindValue extends FacetValue {
  key: PlaceKind;
}

/** One row of the table: a base, a zone or the cloud platform. */
export interface BaseRow {
  entity: Entity;
  kind: KindValue;
  city: FacetValue | undefined;
  rank: { figure: Figure; clarification?: Figure } | undefined;
  highlight: Bilingual | undefined;
}

const KIND_ORDER: readonly PlaceKind[] = [
  'cooperation-zone',
  'culture-export-base',
  'industry-cluster',
  'arts-trade-zone',
  'platform',
];

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
  ],
  sorts: {
    name: (r, l) => displayName(r.entity.name, l).text,
    city: (r, l) => r.city?.label[l],
    kind: (r, l) => r.kind.label[l],
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
    rows.push({
      entity,
      kind: {
        key: kind,
        label: { en: t(`bases.kinds.${kind}`, { lng: 'en' }), zh: t(`bases.kinds.${kind}`, { lng: 'zh' }) },
      },
      city: city ? { key: city.id, label: { en: city.name.en, zh: city.name.zh ?? city.name.en } } : undefined,
      rank: rankOf(catalog, entity),
      highlight: entity.facts?.find((f) => f.tier === 'A')?.text,
    });
  }
  return rows;
}
