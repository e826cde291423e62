import { useMemo } from 'react';
import { useCatalog } from '../../api/catalog';
import { AppLink } from '../../components/app-link';
import type { DataColumn } from '../../components/data-table';
import { FilterableTable } from '../../components/filterable-table';
import { NameText } from '../../components/name-text';
import { useFilterableTable } from '../../components/use-filterable-table';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../components/use-settings';
import { formatFigure } from '../../domain/figures';
import type { Lang } from '../../domain/format';
import { baseRows, baseTable, batchText, type BaseRow } from './base-table';
import './bases.css';

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

export function BasesPage() {
  const catalog = useCatalog();
  const { t, lang } = useT();
  usePageTitle(t('nav.bases'));

  const rows = useMemo(() => baseRows(catalog, t), [catalog, t]);
  const table = useFilterableTable(rows, baseTable);

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
      cell: (r) => <span className="bases-kind">{r.kind.label[lang]}</span>,
    },
    {
      id: 'level',
      header: t('bases.colLevel'),
      sortable: true,
      cell: (r) => (
        <>
          <span className="bases-level">{r.level.label[lang]}</span>
          {r.entity.batch && <span className="cell-note">{batchText(r.entity.batch, t, lang)}</span>}
        </>
      ),
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
      <FilterableTable
        table={table}
        texts={{
          filters: t('bases.filters'),
          search: t('bases.searchLabel'),
          clear: t('bases.clearAll'),
          shown: t('bases.shown', { shown: table.shown.length, total: rows.length }),
          empty: t('bases.empty'),
          caption: t('bases.caption'),
          sortLabel: (column) => t('bases.sortBy', { column }),
        }}
        columns={columns}
        rowKey={(r) => r.entity.id}
        className="bases-table"
      />
    </div>
  );
}
