import { useMemo, type ReactNode } from 'react';
import { useCatalog } from '../../api/catalog';
import { useImportedLists } from '../../api/imported-rows';
import { AppLink } from '../../components/app-link';
import { Button } from '../../components/button';
import { DataTable, type DataColumn } from '../../components/data-table';
import { FacetFilter } from '../../components/facet-filter';
import { nameText } from '../../components/name-text';
import { saveFile } from '../../components/save-file';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { SearchBox } from '../../components/search-box';
import { useTableState } from '../../components/use-table-state';
import type { Entity } from '../../data/schema';
import { exportersToCsv } from '../../domain/exporter-file/export';
import { knownFacets } from '../../domain/exporter-file/facets';
import { officialExporterRows, type ExporterRow, type FacetValue } from '../../domain/exporter-rows';
import { formatDate, formatPeriod, formatValue } from '../../domain/format';
import { sourceName } from '../../domain/figures';
import { buildIndex, queryIndex } from '../../domain/row-index';
import type { TableState } from '../../domain/table-params';
import { EXPORTER_DIMS, EXPORTER_SORTS, exporterIndexSpec, type ExporterDim } from './exporter-table';
import { ImportPanel } from './import-panel';
import '../../components/filterable-table.css';
import './exporters.css';

const NO_ROWS: readonly ExporterRow[] = [];

/** Every facet value present in the rows, in a stable order (the official ones first). */
function facetValues(rows: readonly ExporterRow[], dim: ExporterDim): FacetValue[] {
  const seen = new Map<string, FacetValue>();
  for (const r of rows) {
    const values =
      dim === 'city' ? (r.city ? [r.city] : []) : dim === 'sector' ? (r.sector ? [r.sector] : []) : r.markets;
    for (const v of values) if (!seen.has(v.key)) seen.set(v.key, v);
  }
  return [...seen.values()];
}

export function ExportersPage() {
  const catalog = useCatalog();
  const imported = useImportedLists();
  const { t, lang } = useT();
  usePageTitle(t('exporters.title'));

  const official = useMemo(() => officialExporterRows(catalog.dataset), [catalog]);
  const known = useMemo(() => knownFacets(official), [official]);
  const importedRows = imported.data;
  // Imported ids may repeat official ones (an exported list imported back) or another list's:
  // the table keys rows by their list as well.
  const { rows, rowKeys } = useMemo(() => {
    const keys = new WeakMap<ExporterRow, string>();
    const all = [...official];
    for (const list of importedRows ?? [])
      for (const row of list.rows) {
        keys.set(row, `${list.id}/${row.id}`);
        all.push(row);
      }
    return { rows: all, rowKeys: keys };
  }, [official, importedRows]);
  // The index (lower-cased text, facet keys, kept sort orders) is built once per list, not per keystroke.
  const index = useMemo(() => buildIndex(rows, exporterIndexSpec), [rows]);
  const facets = useMemo(
    () => Object.fromEntries(EXPORTER_DIMS.map((d) => [d, facetValues(rows, d)])) as Record<ExporterDim, FacetValue[]>,
    [rows],
  );
  const spec = useMemo(
    () => ({
      facets: Object.fromEntries(EXPORTER_DIMS.map((d) => [d, new Set(facets[d].map((v) => v.key))])),
      sorts: EXPORTER_SORTS,
    }),
    [facets],
  );
  const { state, setState, setQuery } = useTableState(spec, !imported.isPending);
  const { q } = state;
  const result = useMemo(
    () => queryIndex(index, { q, filters: state.filters, sort: state.sort, lang }),
    [index, q, state.filters, state.sort, lang],
  );
  const shownRows = useMemo(() => {
    const out: ExporterRow[] = new Array<ExporterRow>(result.total);
    let k = 0;
    for (const i of result.matches) {
      const row = rows[i];
      if (row) out[k++] = row;
    }
    out.length = k;
    return out;
  }, [result, rows]);

  const update = (next: Partial<TableState>) => setState({ ...state, ...next });
  const clearAll = () => setState({ q: '', filters: {}, sort: state.sort });
  const onSort = (key: string) =>
    update({ sort: { key, dir: state.sort?.key === key && state.sort.dir === 'asc' ? 'desc' : 'asc' } });
  const filtered = q !== '' || Object.values(state.filters).some((s) => s.size > 0);

  const exportCsv = (which: 'shown' | 'all') => {
    const list = which === 'shown' ? shownRows : rows;
    const describe = [
      q && `q=${q}`,
      ...EXPORTER_DIMS.map((d) => {
        const chosen = state.filters[d];
        if (!chosen || chosen.size === 0) return '';
        const labels = facets[d].filter((v) => chosen.has(v.key)).map((v) => v.label[lang]);
        return `${t(`exporters.${d}`)}=${labels.join('|')}`;
      }),
    ].filter(Boolean);
    const today = new Date().toISOString().slice(0, 10);
    const csv = exportersToCsv(
      list,
      lang,
      [
        [t('exporters.metaDashboard'), t('app.name')],
        [t('exporters.metaSource'), t('exporters.metaSourceText', { date: formatDate(catalog.dataset.asOf, lang) })],
        [t('exporters.metaExported'), today],
        [
          t('exporters.metaFilters'),
          which === 'all' || describe.length === 0 ? t('exporters.metaNone') : describe.join('; '),
        ],
        [t('exporters.metaLanguage'), lang === 'zh' ? '中文' : 'English'],
      ],
      (id) => {
        const s = catalog.sources.get(id);
        return s ? sourceName(s, lang).text : id;
      },
    );
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `zhejiang-exporters-${which}-${today}.csv`);
  };

  // Strings and marks looked up once per render, not once per cell: with long lists the
  // per-cell lookups were a third of a keystroke's time.
  const marks = { translated: t('figure.translatedName'), missing: t('figure.noChineseName') };
  const notStated = <span className="not-stated">{t('state.notStated')}</span>;
  const importedMark = t('exporters.imported');
  const syntheticMark = t('exporters.synthetic');
  const listSeparator = lang === 'zh' ? '、' : ', ';

  const columns: DataColumn<ExporterRow>[] = [
    {
      id: 'name',
      header: t('exporters.colName'),
      sortable: true,
      rowHeader: true,
      cell: (r) => (
        <>
          {r.origin === 'official' ? (
            <AppLink to={`/exporters/${r.id}`}>{nameText(r.name, lang, marks)}</AppLink>
          ) : (
            nameText(r.name, lang, marks)
          )}
          {r.origin === 'imported' && (
            <span className="row-mark">
              {importedMark}
              {r.synthetic && ` · ${syntheticMark}`}
            </span>
          )}
        </>
      ),
    },
    { id: 'city', header: t('exporters.colCity'), sortable: true, cell: (r) => r.city?.label[lang] ?? notStated },
    {
      id: 'sector',
      header: t('exporters.colSector'),
      sortable: true,
      cell: (r) => r.sector?.label[lang] ?? notStated,
    },
    {
      id: 'markets',
      header: t('exporters.colMarkets'),
      sortable: true,
      cell: (r) => (r.markets.length ? r.markets.map((m) => m.label[lang]).join(listSeparator) : notStated),
    },
    {
      id: 'figure',
      header: t('exporters.colFigure'),
      sortable: true,
      cell: (r) =>
        r.keyFigure ? (
          <>
            {r.keyFigure.figureId ? (
              <AppLink to={`/sources#${r.keyFigure.figureId}`}>
                {formatValue(r.keyFigure.value, r.keyFigure.unit, lang, {
                  qualifier: r.keyFigure.qualifier,
                  decimals: 4,
                })}
              </AppLink>
            ) : (
              formatValue(r.keyFigure.value, r.keyFigure.unit, lang, { qualifier: r.keyFigure.qualifier, decimals: 4 })
            )}
            {r.keyFigure.period && <span className="cell-note">{formatPeriod(r.keyFigure.period, lang)}</span>}
          </>
        ) : (
          notStated
        ),
    },
    {
      id: 'source',
      header: t('exporters.colSource'),
      sortable: true,
      cell: (r) =>
        r.origin === 'official' ? (
          r.sourceIds.map((id, i) => {
            const s = catalog.sources.get(id);
            return (
              <span key={id} className="cell-line">
                {i > 0 && ' '}
                <AppLink to={`/sources#source-${id}`} title={s ? sourceName(s, lang).text : undefined}>
                  {s ? s.short[lang] : id}
                </AppLink>
              </span>
            );
          })
        ) : (
          <>
            {r.sourceText || notStated}
            {r.importedFrom && <span className="cell-note">{t('exporters.fromFile', { file: r.importedFrom })}</span>}
          </>
        ),
    },
  ];

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('exporters.title')}</h1>
        <p className="page__intro">{t('exporters.intro')}</p>
      </header>

      <div className="table-layout">
        <div className="filters" role="search" aria-label={t('exporters.filters')}>
          <SearchBox label={t('exporters.search')} value={q} onChange={setQuery} />
          {EXPORTER_DIMS.map((d) => (
            <FacetFilter
              key={d}
              legend={t(`exporters.${d}`)}
              values={facets[d]}
              chosen={state.filters[d] ?? new Set()}
              counts={result.counts[d] ?? new Map()}
              lang={lang}
              onChange={(next) => update({ filters: { ...state.filters, [d]: next } })}
            />
          ))}
          <Button className="button button--quiet" disabled={!filtered} onClick={clearAll}>
            {t('exporters.clear')}
          </Button>
        </div>

        <div className="table-main">
          <div className="table-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {t('exporters.shown', { shown: result.total, total: rows.length })}
            </p>
            <div className="table-toolbar__actions" role="group" aria-label={t('exporters.exportTitle')}>
              <Button className="button button--quiet" onClick={() => exportCsv('shown')}>
                {t('exporters.exportShown', { count: result.total })}
              </Button>
              <Button className="button button--quiet" onClick={() => exportCsv('all')}>
                {t('exporters.exportAll', { count: rows.length })}
              </Button>
            </div>
          </div>
          <DataTable
            caption={t('exporters.caption')}
            rows={shownRows.length ? shownRows : NO_ROWS}
            rowKey={(r) => rowKeys.get(r) ?? r.id}
            columns={columns}
            sort={state.sort}
            onSort={onSort}
            sortLabel={(column) => t('exporters.sortBy', { column })}
            rowClassName={(r) => (r.origin === 'imported' ? 'row--imported' : undefined)}
            empty={
              <>
                {t('exporters.empty')}{' '}
                <Button className="button button--quiet" onClick={clearAll}>
                  {t('exporters.clear')}
                </Button>
              </>
            }
          />
        </div>
      </div>

      <ImportPanel known={known} />
      <WorksTable works={catalog.dataset.entities.filter((e) => e.kind === 'work')} />
    </div>
  );
}

function NotStated(): ReactNode {
  const { t } = useT();
  return <span className="not-stated">{t('state.notStated')}</span>;
}

const WORK_TYPES = { film: 'film', 'animated-film': 'animatedFilm', 'tv-series': 'tvSeries' } as const;

function WorksTable({ works }: { works: readonly Entity[] }) {
  const { t } = useT();
  const columns: DataColumn<Entity>[] = [
    { id: 'title', header: t('exporters.colTitle'), rowHeader: true, cell: (w) => <span lang="en">{w.name.en}</span> },
    {
      id: 'titleZh',
      header: t('exporters.colTitleZh'),
      cell: (w) => (w.name.zh ? <span lang="zh-CN">{w.name.zh}</span> : <NotStated />),
    },
    {
      id: 'type',
      header: t('exporters.colType'),
      cell: (w) => (w.workType ? t(`exporters.${WORK_TYPES[w.workType]}`) : <NotStated />),
    },
    { id: 'year', header: t('exporters.colYear'), numeric: true, cell: (w) => w.year ?? <NotStated /> },
    {
      id: 'confidence',
      header: t('exporters.colConfidence'),
      cell: (w) => (w.confidence ? t(`exporters.${w.confidence}`) : <NotStated />),
    },
  ];
  return (
    <section aria-labelledby="works-title" className="section">
      <h2 id="works-title">{t('exporters.worksTitle')}</h2>
      <p className="section__intro">{t('exporters.worksIntro')}</p>
      <DataTable caption={t('exporters.worksCaption')} rows={works} rowKey={(w) => w.id} columns={columns} />
    </section>
  );
}
