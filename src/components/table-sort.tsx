import { useId } from 'react';
import type { SortDir } from '../domain/row-index';
import { Button } from './button';
import { useTakeoverMark } from './use-hydrated';
import { useT } from './use-settings';

interface TableSortProps {
  /** The sortable columns, by id, with their headers. */
  columns: readonly { id: string; header: string }[];
  sort: { key: string; dir: SortDir } | undefined;
  onSort: (next: { key: string; dir: SortDir } | undefined) => void;
  /** The table's caption, naming the group: a page may have two tables, each with its sort. */
  labelledBy: string;
}

/**
 * The sort of a table whose rows are stacked as blocks, where no column header is there to
 * press: a choice of column and a direction toggle, showing the same sort as the headers.
 */
export function TableSort({ columns, sort, onSort, labelledBy }: TableSortProps) {
  const { t } = useT();
  const id = useId();
  const waiting = useTakeoverMark();
  const descending = sort?.dir === 'desc';
  return (
    <div className="table-sort" role="group" aria-labelledby={labelledBy}>
      <label className="table-sort__label" htmlFor={id}>
        {t('table.sortBy')}
      </label>
      <select
        id={id}
        className="table-sort__select"
        value={sort?.key ?? ''}
        {...waiting}
        onChange={(e) => {
          const key = e.currentTarget.value;
          onSort(key ? { key, dir: sort?.dir ?? 'asc' } : undefined);
        }}
      >
        <option value="">{t('table.listOrder')}</option>
        {columns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.header}
          </option>
        ))}
      </select>
      <Button
        className="table-sort__dir"
        aria-pressed={descending}
        disabled={!sort}
        onClick={() => sort && onSort({ key: sort.key, dir: descending ? 'asc' : 'desc' })}
      >
        {t('table.descending')}
        {/* The header buttons' mark, so a pressed toggle also reads as the order it gives. */}
        {descending && (
          <span aria-hidden="true" className="table-sort__mark">
            {' ▼'}
          </span>
        )}
      </Button>
    </div>
  );
}
