import { DataTable, type DataColumn } from '../../components/data-table';
import type { TableDeclaration } from '../../components/table-declaration';
import { useLocalTable } from '../../components/use-filterable-table';
import { useT } from '../../components/use-settings';
import type { Entity } from '../../data/schema';

const WORK_TYPES = { film: 'film', 'animated-film': 'animatedFilm', 'tv-series': 'tvSeries' } as const;
const TYPE_ORDER = Object.keys(WORK_TYPES);
/** Surest first: the order a reader checking a claim wants. */
const CONFIDENCE_ORDER = ['confirmed', 'weak', 'unconfirmed'];

function rankIn(order: readonly string[], value: string | undefined): number | undefined {
  const i = value === undefined ? -1 : order.indexOf(value);
  return i < 0 ? undefined : i;
}

/** The works table sorts by its columns; it has no search or facets of its own. */
const worksTable: TableDeclaration<Entity> = {
  searchText: (w) => `${w.name.en} ${w.name.zh ?? ''}`,
  facets: [],
  sorts: {
    title: (w) => w.name.en,
    titleZh: (w) => w.name.zh,
    type: (w) => rankIn(TYPE_ORDER, w.workType),
    year: (w) => w.year,
    confidence: (w) => rankIn(CONFIDENCE_ORDER, w.confidence),
  },
};

function NotStated() {
  const { t } = useT();
  return <span className="not-stated">{t('state.notStated')}</span>;
}

/** The film and TV works of the dataset. Its sort is not kept in the address, which is the exporters table's. */
export function WorksTable({ works }: { works: readonly Entity[] }) {
  const { t } = useT();
  const table = useLocalTable(works, worksTable);
  const columns: DataColumn<Entity>[] = [
    {
      id: 'title',
      header: t('exporters.colTitle'),
      rowHeader: true,
      sortable: true,
      cell: (w) => <span lang="en">{w.name.en}</span>,
    },
    {
      id: 'titleZh',
      header: t('exporters.colTitleZh'),
      sortable: true,
      cell: (w) => (w.name.zh ? <span lang="zh-CN">{w.name.zh}</span> : <NotStated />),
    },
    {
      id: 'type',
      header: t('exporters.colType'),
      sortable: true,
      cell: (w) => (w.workType ? t(`exporters.${WORK_TYPES[w.workType]}`) : <NotStated />),
    },
    { id: 'year', header: t('exporters.colYear'), numeric: true, sortable: true, cell: (w) => w.year ?? <NotStated /> },
    {
      id: 'confidence',
      header: t('exporters.colConfidence'),
      sortable: true,
      cell: (w) => (w.confidence ? t(`exporters.${w.confidence}`) : <NotStated />),
    },
  ];
  return (
    <section aria-labelledby="works-title" className="section">
      <h2 id="works-title">{t('exporters.worksTitle')}</h2>
      <p className="section__intro">{t('exporters.worksIntro')}</p>
      <DataTable
        caption={t('exporters.worksCaption')}
        rows={table.shown}
        rowKey={(w) => w.id}
        columns={columns}
        sort={table.sort}
        onSort={table.setSort}
        sortLabel={(column) => t('exporters.sortBy', { column })}
      />
    </section>
  );
}
