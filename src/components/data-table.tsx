import { useMemo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SortDir } from '../domain/row-index';
import { Button } from './button';
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
  onSort?: (key: string) => void;
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

  return (
    <div
      className={virtual ? 'table-wrap table-wrap--scroll' : 'table-wrap'}
      ref={scroller}
      // A scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? caption : undefined}
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="data-table__caption">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
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
                <th key={col.id} scope="col" aria-sort={ariaSort} className={col.numeric ? 'num' : undefined}>
                  {col.sortable && onSort ? (
                    <Button className="sort-button" onClick={() => onSort(col.id)} aria-label={sortLabel(col.header)}>
                      {col.header}
                      <span aria-hidden="true" className="sort-button__mark">
                        {active ? (sort?.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </Button>
                  ) : (
                    col.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: padTop }} />
            </tr>
          )}
          {shown.map(({ row, index }) => (
            <tr
              key={rowKey(row)}
              aria-rowindex={index + 2}
              className={rowClassName?.(row)}
              style={virtual ? { height: ROW_HEIGHT } : undefined}
            >
              {columns.map((col) =>
                col.rowHeader ? (
                  <th key={col.id} scope="row">
                    {col.cell(row)}
                  </th>
                ) : (
                  <td key={col.id} className={col.numeric ? 'num' : undefined}>
                    {col.cell(row)}
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
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
