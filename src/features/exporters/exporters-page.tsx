import { useMemo, useState } from 'react';
import { useCatalog } from '../../api/catalog';
import { useImportedLists } from '../../api/imported-rows';
import { Button } from '../../components/button';
import { FilterableTable } from '../../components/filterable-table';
import { saveFile, XLSX_TYPE } from '../../components/save-file';
import { useFilterableTable } from '../../components/use-filterable-table';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { knownFacets } from '../../domain/exporter-file/facets';
import { officialExporterRows, type ExporterRow } from '../../domain/exporter-rows';
import { officialMatcher } from '../../domain/official-match';
import { sourceTitle } from '../../domain/figures';
import { formatDate } from '../../domain/format';
import { langName } from '../../domain/punctuation';
import { exporterColumns } from './exporter-columns';
import { exporterTable } from './exporter-table';
import { ImportPanel } from './import-panel';
import { WorksTable } from './works-table';
import './exporters.css';

/** Which rows a download holds: those the filters leave, or every row. */
type Which = 'shown' | 'all';

/** The Excel download: the library and the workbook take a moment the first time; a failure is said. */
type ExcelState =
  { kind: 'idle' } | { kind: 'preparing'; which: Which } | { kind: 'failed'; format: 'csv' | 'xlsx'; message: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ExportersPage() {
  const catalog = useCatalog();
  const imported = useImportedLists();
  const { t, lang } = useT();
  usePageTitle(t('exporters.title'));

  const official = useMemo(() => officialExporterRows(catalog.dataset), [catalog]);
  const officialMatch = useMemo(() => officialMatcher(official), [official]);
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
  // Facet values of an imported list exist once the lists are read: until then none is unknown.
  const table = useFilterableTable(rows, exporterTable, !imported.isPending);
  const works = useMemo(() => catalog.dataset.entities.filter((e) => e.kind === 'work'), [catalog]);

  const [excel, setExcel] = useState<ExcelState>({ kind: 'idle' });

  /** What a download holds: its rows, where they came from (the CSV's `#` lines), its name. */
  const download = (which: Which) => {
    const describe = [
      table.q && `q=${table.q}`,
      ...table.facets.map((f) => {
        if (f.chosen.size === 0) return '';
        const labels = f.values.filter((v) => f.chosen.has(v.key)).map((v) => v.label[lang]);
        return `${t(f.spec.label)}=${labels.join('|')}`;
      }),
    ].filter(Boolean);
    const today = new Date().toISOString().slice(0, 10);
    const meta: [string, string][] = [
      [t('exporters.metaDashboard'), t('app.name')],
      [t('exporters.metaSource'), t('exporters.metaSourceText', { date: formatDate(catalog.dataset.asOf, lang) })],
      [t('exporters.metaExported'), today],
      [
        t('exporters.metaFilters'),
        which === 'all' || describe.length === 0 ? t('exporters.metaNone') : describe.join('; '),
      ],
      [t('exporters.metaLanguage'), langName(lang)],
    ];
    const sourceName = (id: string) => {
      const s = catalog.sources.get(id);
      return s ? sourceTitle(s, lang) : id;
    };
    return {
      list: which === 'shown' ? table.shown : rows,
      meta,
      sourceName,
      baseName: `zhejiang-exporters-${which}-${today}`,
    };
  };

  // The file's writer loads on the first download, not with the page.
  const exportCsv = async (which: Which) => {
    const { list, meta, sourceName, baseName } = download(which);
    try {
      const { exportersToCsv } = await import('../../domain/exporter-file/export');
      const csv = exportersToCsv(list, lang, meta, sourceName);
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
      if (excel.kind === 'failed') setExcel({ kind: 'idle' });
    } catch (e) {
      setExcel({ kind: 'failed', format: 'csv', message: errorText(e) });
    }
  };

  // The spreadsheet library loads on the first Excel download, never with the page.
  const exportExcel = async (which: Which) => {
    if (excel.kind === 'preparing') return;
    const { list, meta, sourceName, baseName } = download(which);
    setExcel({ kind: 'preparing', which });
    try {
      const { exportersToXlsx } = await import('../../domain/exporter-file/export-xlsx');
      const bytes = exportersToXlsx(list, lang, meta, sourceName);
      saveFile(new Blob([bytes], { type: XLSX_TYPE }), `${baseName}.xlsx`);
      setExcel({ kind: 'idle' });
    } catch (e) {
      setExcel({ kind: 'failed', format: 'xlsx', message: errorText(e) });
    }
  };

  const excelButton = (which: Which, label: string) => {
    const preparing = excel.kind === 'preparing';
    return (
      <Button
        className="button button--quiet"
        // Not disabled: a disabled button would drop the focus of the reader who pressed it.
        aria-disabled={preparing || undefined}
        aria-busy={(preparing && excel.which === which) || undefined}
        onClick={() => void exportExcel(which)}
      >
        {preparing && excel.which === which ? t('exporters.excel.preparing') : label}
      </Button>
    );
  };

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('exporters.title')}</h1>
        <p className="page__intro">{t('exporters.intro')}</p>
      </header>

      <FilterableTable
        table={table}
        texts={{
          filters: t('exporters.filters'),
          search: t('exporters.search'),
          clear: t('exporters.clear'),
          shown: t('exporters.shown', { shown: table.shown.length, total: rows.length }),
          empty: t('exporters.empty'),
          caption: t('exporters.caption'),
          sortLabel: (column) => t('exporters.sortBy', { column }),
        }}
        columns={exporterColumns(t, lang, catalog, officialMatch)}
        rowKey={(r) => rowKeys.get(r) ?? r.id}
        rowClassName={(r) => (r.origin === 'imported' ? 'row--imported' : undefined)}
        actions={
          <div className="table-toolbar__actions" role="group" aria-label={t('exporters.exportTitle')}>
            <Button className="button button--quiet" onClick={() => void exportCsv('shown')}>
              {t('exporters.exportShown', { count: table.shown.length })}
            </Button>
            <Button className="button button--quiet" onClick={() => void exportCsv('all')}>
              {t('exporters.exportAll', { count: rows.length })}
            </Button>
            {excelButton('shown', t('exporters.excel.exportShown', { count: table.shown.length }))}
            {excelButton('all', t('exporters.excel.exportAll', { count: rows.length }))}
            {excel.kind === 'failed' && (
              <p className="notice notice--error" role="alert">
                {t(excel.format === 'csv' ? 'exporters.csvFailed' : 'exporters.excel.failed', {
                  message: excel.message,
                })}
              </p>
            )}
          </div>
        }
      />

      <ImportPanel known={known} />
      <WorksTable works={works} />
    </div>
  );
}
