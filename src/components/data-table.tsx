import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { nextSort, type SortDir } from '../domain/row-index';
import { Button } from './button';
import { TableSort } from './table-sort';
import './data-table.css';

export interface DataColumn<R> {
  id: string;
  header: string;
  cell: (row: R) => ReactNode;
  sortable?: boolean;
  /** Right-aligned, tabular numbers. */
  numeric?: boolean;
  /** The first column names the row: a row header for screen readers. */
  rowHeader?: boolean;
}

interface DataTableProps<R> {
  caption: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: readonly DataColumn<R>[];
  sort?: { key: string; dir: SortDir } | undefined;
  /** A new sort, from a column header or from the sort control of the stacked rows. */
  onSort?: (next: { key: string; dir: SortDir } | undefined) => void;
  /** Accessible label of a column's sort button, e.g. "Sort by Name". */
  sortLabel?: (header: string) => string;
  /** Shown in the body when there are no rows. */
  empty?: ReactNode;
  /** Longer lists draw only the rows in view. */
  virtualizeFrom?: number;
  rowClassName?: (row: R) => string | undefined;
}

const ROW_HEIGHT = 56;

/**
 * A real <table> (caption, column headers with aria-sort, row headers). Sorting and filtering
 * are done before the rows arrive here, so the table only draws: each cell is its column's
 * function of the row. Long lists are virtualised with spacer rows, so the table keeps its
 * semantics and the page its scroll position.
 *
 * Where the table has too little room for its columns (a phone), each row becomes a block:
 * the row header as its heading, then one "label: value" line per cell (data-table.css), with
 * a sort control above in place of the header buttons. The roles are explicit because
 * Chromium drops the table semantics of elements whose display is changed.
 */
export function DataTable<R>({
  caption,
  rows,
  rowKey,
  columns,
  sort,
  onSort,
  sortLabel = (h) => h,
  empty,
  virtualizeFrom = 200,
  rowClassName,
}: DataTableProps<R>) {
  const scroller = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const virtual = rows.length >= virtualizeFrom;
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised by the compiler
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  // Only the rows in view reach the table model, so 100,000 rows cost what 40 do.
  const firstIndex = virtual ? (items[0]?.index ?? 0) : 0;
  const lastIndex = virtual ? (items[items.length - 1]?.index ?? -1) : rows.length - 1;
  // The same window gives the same array, so the table model is not rebuilt on every render.
  const windowRows = useMemo(
    () => (virtual ? rows.slice(firstIndex, lastIndex + 1) : (rows as R[])),
    [virtual, rows, firstIndex, lastIndex],
  );
  const shown = windowRows.map((row, i) => ({ row, index: firstIndex + i }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const sortable = columns.filter((c) => c.sortable);

  /* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
     the roles survive the stacked layout's display changes; the plugin takes a <td> for a grid cell */
  return (
    <div className="data-table-box">
      {onSort && sortable.length > 0 && (
        <TableSort columns={sortable} sort={sort} onSort={onSort} labelledBy={captionId} />
      )}
      <div
        className={virtual ? 'table-wrap table-wrap--scroll' : 'table-wrap'}
        ref={scroller}
        // A scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={virtual ? 0 : undefined}
        role={virtual ? 'region' : undefined}
        aria-label={virtual ? caption : undefined}
      >
        <table
          className="data-table data-table--stackable"
          role="table"
          aria-labelledby={captionId}
          aria-rowcount={rows.length + 1}
        >
          <caption className="data-table__caption" id={captionId}>
            {caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={1}>
              {columns.map((col) => {
                const active = sort?.key === col.id;
                const ariaSort = active
                  ? sort?.dir === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : col.sortable
                    ? 'none'
                    : undefined;
                return (
                  <th
                    key={col.id}
                    scope="col"
                    role="columnheader"
                    aria-sort={ariaSort}
                    className={col.numeric ? 'num' : undefined}
                  >
                    {col.sortable && onSort ? (
                      <>
                        {/* The stacked rows hide the head and sort from the control above: the
                          header then keeps its plain name, and no hidden button takes the focus. */}
                        <span className="data-table__head-text">{col.header}</span>
                        <Button
                          className="sort-button"
                          onClick={() => onSort(nextSort(sort, col.id))}
                          aria-label={sortLabel(col.header)}
                        >
                          {col.header}
                          <span aria-hidden="true" className="sort-button__mark">
                            {active ? (sort?.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                          </span>
                        </Button>
                      </>
                    ) : (
                      col.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columns.length} style={{ height: padTop }} />
              </tr>
            )}
            {shown.map(({ row, index }) => (
              <tr
                key={rowKey(row)}
                role="row"
                aria-rowindex={index + 2}
                className={rowClassName?.(row)}
                // Measured, not assumed: a stacked row is several lines high.
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={virtual ? index : undefined}
              >
                {columns.map((col) =>
                  col.rowHeader ? (
                    <th key={col.id} scope="row" role="rowheader">
                      {col.cell(row)}
                    </th>
                  ) : (
                    <td key={col.id} role="cell" className={col.numeric ? 'num' : undefined} data-label={col.header}>
                      {/* One box for the value, beside its label when the row is stacked. */}
                      <div className="data-table__value">{col.cell(row)}</div>
                    </td>
                  ),
                )}
              </tr>
            ))}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columns.length} style={{ height: padBottom }} />
              </tr>
            )}
            {rows.length === 0 && empty && (
              <tr role="row">
                <td role="cell" colSpan={columns.length} className="data-table__empty">
                  {empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
  /* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
}
