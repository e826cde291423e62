import type { ReactNode } from 'react';
import { Button } from './button';
import { DataTable, type DataColumn } from './data-table';
import { FacetFilter } from './facet-filter';
import { SearchBox } from './search-box';
import type { TableModel } from './use-filterable-table';
import { useT } from './use-settings';
import './filterable-table.css';

/** A table page's own words; the facets' legends come from their declaration. */
export interface FilterableTableTexts {
  /** The name of the search and filters region. */
  filters: string;
  search: string;
  clear: string;
  /** The count line, "N of M shown". */
  shown: string;
  /** What the table body says when nothing matches. */
  empty: string;
  caption: string;
  /** A column's sort button, e.g. "Sort by Name". */
  sortLabel: (header: string) => string;
}

interface FilterableTableProps<R> {
  table: TableModel<R>;
  texts: FilterableTableTexts;
  columns: readonly DataColumn<R>[];
  rowKey: (row: R) => string;
  rowClassName?: (row: R) => string | undefined;
  /** More controls beside the count line (the downloads of the exporters page). */
  actions?: ReactNode;
  /** A class around the table, for a page's column widths. */
  className?: string;
}

/**
 * A filterable table as every table page shows it: the search, a filter per declared facet and
 * Clear beside (above, on a phone) the count line and the table. Clear stays in its place,
 * disabled while there is nothing to clear, so the controls do not move under a finger or a
 * pointer; pressing it (here or in the empty table) puts the focus in the search box.
 */
export function FilterableTable<R>({
  table,
  texts,
  columns,
  rowKey,
  rowClassName,
  actions,
  className,
}: FilterableTableProps<R>) {
  const { t, lang } = useT();
  return (
    <div className="table-layout">
      <div className="filters" role="search" aria-label={texts.filters}>
        <SearchBox label={texts.search} value={table.q} onChange={table.setQuery} inputRef={table.searchRef} />
        {table.facets.map((f) => (
          <FacetFilter
            key={f.spec.key}
            legend={t(f.spec.label)}
            values={f.values}
            chosen={f.chosen}
            counts={f.counts}
            lang={lang}
            onChange={f.choose}
          />
        ))}
        <Button className="button button--quiet" disabled={!table.filtered} onClick={table.clear}>
          {texts.clear}
        </Button>
      </div>
      <div className="table-main">
        <div className="table-toolbar">
          <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {texts.shown}
          </p>
          {actions}
        </div>
        <div className={className}>
          <DataTable
            caption={texts.caption}
            rows={table.shown}
            rowKey={rowKey}
            columns={columns}
            sort={table.sort}
            onSort={table.setSort}
            sortLabel={texts.sortLabel}
            rowClassName={rowClassName}
            empty={
              <div className="table-empty">
                <p>{texts.empty}</p>
                <Button className="button" onClick={table.clear}>
                  {texts.clear}
                </Button>
              </div>
            }
          />
        </div>
      </div>
    </div>
  );
}
