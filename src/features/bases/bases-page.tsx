import { useMemo, useRef } from 'react';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import { Button } from '../../components/button';
import { DataTable, type DataColumn } from '../../components/data-table';
import { placeKindOf, rankOf, type PlaceKind } from '../../domain/entities';
import { FacetFilter } from '../../components/facet-filter';
import { NameText } from '../../components/name-text';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { SearchBox } from '../../components/search-box';
import { useTableState } from '../../components/use-table-state';
import type { Bilingual, Entity, Figure } from '../../data/schema';
import type { FacetValue } from '../../domain/exporter-rows';
import { displayName, formatFigure, type Catalog } from '../../domain/figures';
import type { Lang } from '../../domain/format';
import { buildIndex, queryIndex, type IndexSpec, type SortDir } from '../../domain/row-index';
import type { TableParamSpec, TableState } from '../../domain/table-params';
import '../../components/filterable-table.css';
import './bases.css';

/** One row of the table: a base, a zone or the cloud platform. */
interface BaseRow {
  entity: Entity;
  kind: PlaceKind;
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
const FACETS = ['city', 'kind'] as const;
const SORTS = ['name', 'city', 'kind', 'rank', 'launched'] as const;
const HIGHLIGHT_LENGTH = 120;

/** A text cut to about `max` characters: at a word boundary in English, with an ellipsis. */
function shorten(text: string, max: number, lang: Lang): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  if (lang === 'en') {
    const space = cut.lastIndexOf(' ');
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:，；：、。.]+$/u, '')}…`;
}

function baseRows(catalog: Catalog): BaseRow[] {
  const rows: BaseRow[] = [];
  for (const entity of catalog.dataset.entities) {
    const kind = placeKindOf(entity);
    if (!kind) continue;
    const city = entity.cityId ? catalog.entities.get(entity.cityId) : undefined;
    rows.push({
      entity,
      kind,
      city: city ? { key: city.id, label: { en: city.name.en, zh: city.name.zh ?? city.name.en } } : undefined,
      rank: rankOf(catalog, entity),
      highlight: entity.facts?.find((f) => f.tier === 'A')?.text,
    });
  }
  return rows;
}

function nextSort(current: TableState['sort'], key: string): { key: string; dir: SortDir } {
  if (current?.key !== key) return { key, dir: 'asc' };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

export function BasesPage() {
  const catalog = useCatalog();
  const { t, lang } = useT();
  usePageTitle(t('nav.bases'));
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => baseRows(catalog), [catalog]);
  const kindLabel = useMemo(
    () =>
      (kind: PlaceKind): Bilingual => ({
        en: t(`bases.kinds.${kind}`, { lng: 'en' }),
        zh: t(`bases.kinds.${kind}`, { lng: 'zh' }),
      }),
    [t],
  );

  const index = useMemo(() => {
    const spec: IndexSpec<BaseRow> = {
      searchText: (r) => `${r.entity.name.en} ${r.entity.name.zh ?? ''}`,
      facets: {
        city: (r) => (r.city ? [r.city.key] : []),
        kind: (r) => [r.kind],
      },
      sorts: {
        name: (r, l) => displayName(r.entity.name, l).text,
        city: (r, l) => r.city?.label[l],
        kind: (r, l) => kindLabel(r.kind)[l],
        rank: (r) => r.rank?.figure.value,
        launched: (r, l) => r.entity.launched?.[l],
      },
    };
    return buildIndex(rows, spec);
  }, [rows, kindLabel]);

  const cityValues = useMemo(() => {
    const byKey = new Map<string, FacetValue>();
    for (const r of rows) if (r.city) byKey.set(r.city.key, r.city);
    return [...byKey.values()].sort((a, b) => a.label.en.localeCompare(b.label.en));
  }, [rows]);
  const kindValues = useMemo(
    () =>
      KIND_ORDER.filter((k) => rows.some((r) => r.kind === k)).map((k): FacetValue => ({
        key: k,
        label: kindLabel(k),
      })),
    [rows, kindLabel],
  );

  const paramSpec = useMemo<TableParamSpec>(
    () => ({
      facets: {
        city: new Set(cityValues.map((v) => v.key)),
        kind: new Set(kindValues.map((v) => v.key)),
      },
      sorts: SORTS,
    }),
    [cityValues, kindValues],
  );
  const { state, setState, setQuery } = useTableState(paramSpec, true);

  const result = useMemo(
    () => queryIndex(index, { q: state.q, filters: state.filters, sort: state.sort, lang }),
    [index, state, lang],
  );
  const shown = useMemo(
    () => Array.from(result.matches, (i) => rows[i]).filter((r) => r !== undefined),
    [result, rows],
  );

  const active = state.q !== '' || FACETS.some((d) => (state.filters[d]?.size ?? 0) > 0);
  const clearAll = () => {
    setState({ ...state, q: '', filters: {} });
    searchRef.current?.focus();
  };
  const setFilter = (dim: (typeof FACETS)[number], next: Set<string>) =>
    setState({ ...state, filters: { ...state.filters, [dim]: next } });

  const notStated = <span className="not-stated">{t('state.notStated')}</span>;
  const columns: DataColumn<BaseRow>[] = [
    {
      id: 'name',
      header: t('bases.colName'),
      sortable: true,
      rowHeader: true,
      cell: (r) => (
        <AppLink to={`/bases/${r.entity.id}`} className="bases-name">
          <NameText name={r.entity.name} />
        </AppLink>
      ),
    },
    { id: 'city', header: t('bases.colCity'), sortable: true, cell: (r) => (r.city ? r.city.label[lang] : notStated) },
    {
      id: 'kind',
      header: t('bases.colKind'),
      sortable: true,
      cell: (r) => <span className="bases-kind">{t(`bases.kinds.${r.kind}`)}</span>,
    },
    {
      id: 'rank',
      header: t('bases.colRank'),
      sortable: true,
      cell: (r) =>
        r.rank ? (
          <>
            <AppLink to={`/sources#${r.rank.figure.id}`} className="bases-rank">
              {formatFigure(r.rank.figure, lang)}
            </AppLink>
            {r.rank.clarification?.note && <span className="cell-note">{r.rank.clarification.note[lang]}</span>}
          </>
        ) : (
          notStated
        ),
    },
    {
      id: 'highlights',
      header: t('bases.colHighlights'),
      cell: (r) =>
        r.highlight ? (
          <span className="bases-highlight">{shorten(r.highlight[lang], HIGHLIGHT_LENGTH, lang)}</span>
        ) : (
          notStated
        ),
    },
    {
      id: 'launched',
      header: t('bases.colLaunched'),
      sortable: true,
      cell: (r) => <span className="bases-launched">{r.entity.launched ? r.entity.launched[lang] : notStated}</span>,
    },
  ];

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('bases.title')}</h1>
        <p className="page__intro">{t('bases.intro')}</p>
      </header>

      <div className="table-layout">
        <div className="filters" role="search" aria-label={t('bases.filters')}>
          <SearchBox label={t('bases.searchLabel')} value={state.q} onChange={setQuery} inputRef={searchRef} />
          <FacetFilter
            legend={t('bases.facetCity')}
            values={cityValues}
            chosen={state.filters.city ?? new Set()}
            counts={result.counts.city ?? new Map()}
            lang={lang}
            onChange={(next) => setFilter('city', next)}
          />
          <FacetFilter
            legend={t('bases.facetKind')}
            values={kindValues}
            chosen={state.filters.kind ?? new Set()}
            counts={result.counts.kind ?? new Map()}
            lang={lang}
            onChange={(next) => setFilter('kind', next)}
          />
          {active && (
            <Button className="button button--quiet" onClick={clearAll}>
              {t('bases.clearAll')}
            </Button>
          )}
        </div>
        <div className="table-main">
          <div className="table-toolbar">
            <p className="result-count" aria-live="polite" aria-atomic="true">
              {t('bases.shown', { shown: result.total, total: rows.length })}
            </p>
          </div>
          <div className="bases-table">
            <DataTable
              caption={t('bases.caption')}
              rows={shown}
              rowKey={(r) => r.entity.id}
              columns={columns}
              sort={state.sort}
              onSort={(key) => setState({ ...state, sort: nextSort(state.sort, key) })}
              sortLabel={(column) => t('bases.sortBy', { column })}
              empty={
                <div className="table-empty">
                  <p>{t('bases.empty')}</p>
                  <Button className="button" onClick={clearAll}>
                    {t('bases.clearAll')}
                  </Button>
                </div>
              }
            />
          </div>
        </div>
      </div>
    </div>
  );
}
