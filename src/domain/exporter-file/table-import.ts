import type { ExporterRow } from '../exporter-rows';
import { headerScale, isTotalRow, parseValueCell, type ColumnScale } from './cell-values';
import { findHeaderRow, guessRoles, type ColumnRole } from './column-guess';
import { clean, COLUMN_KEYS, columnOf, type ColumnKey } from './columns';
import type { KnownFacets } from './facets';
import { checkRow, clip, rowContext, settleMadeUpIds, type Cells, type RejectedRow } from './rows';
import { blankRow, type Sheet } from './sheet';

/*
 * One sheet of a team's table, read through a column map: which row is the header, and what
 * each column is. The map is guessed (column-guess.ts) and the user may change every part of
 * it before anything is stored. Every row after the header ends up accepted, rejected with
 * its reason, or set apart as a total, so that the three add up to the rows read.
 */

export interface ImportPlan {
  /** Index into the sheet's rows of the header row. */
  headerRow: number;
  /** What each column of the header is. */
  roles: ColumnRole[];
  /** Rows that read as totals (合计, Total) are imported too. */
  includeTotals: boolean;
}

export interface SetApartRow {
  line: number;
  text: string;
}

export interface TableOutcome {
  /** Data rows read: non-blank, after the header. Always accepted + rejected + setApart. */
  total: number;
  accepted: ExporterRow[];
  rejected: RejectedRow[];
  setApart: SetApartRow[];
  /** Headers of the columns kept as extra columns. */
  kept: string[];
  /** No column is a name: nothing can be imported. */
  noName: boolean;
}

/**
 * The header row's cells, trimmed. The header's width is the table's: a filled cell past it
 * is a row with more cells than the header has columns, rejected as such.
 */
export function headerCells(sheet: Sheet, headerRow: number): string[] {
  return (sheet.rows[headerRow] ?? []).map((h) => h.trim());
}

/** "A", "B", … "AA": the column letters a spreadsheet user knows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The header row of a sheet: the first filled row when it names a column the dashboard's own
 * files have (a file exported here, whatever its rows hold), else the row that looks like one.
 */
export function guessHeaderRow(sheet: Sheet): number {
  const first = sheet.rows.findIndex((r) => !blankRow(r));
  if (first < 0) return 0;
  const row = sheet.rows[first] ?? [];
  if (row.some((cell) => columnOf(cell) !== undefined)) return first;
  return findHeaderRow(sheet.rows);
}

/** The map guessed for a sheet: its header row, then each column from its header and cells. */
export function autoPlan(sheet: Sheet, headerRow = guessHeaderRow(sheet)): ImportPlan {
  const header = headerCells(sheet, headerRow);
  // A total row's 合计 in the 序号 column would make the column look like ids, not numbering.
  const body = sheet.rows.slice(headerRow + 1, headerRow + 51).filter((r) => !blankRow(r) && !isTotalRow(r));
  return { headerRow, roles: guessRoles(header, body), includeTotals: false };
}

const FIELD_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(COLUMN_KEYS);

const isField = (role: ColumnRole): role is ColumnKey => FIELD_ROLES.has(role);

/** Reads the rows of `sheet` after the plan's header row. Never throws. */
export function importSheet(
  sheet: Sheet,
  plan: ImportPlan,
  fileName: string,
  known: KnownFacets,
  progress: (f: number) => void = () => {},
): TableOutcome {
  const header = headerCells(sheet, plan.headerRow);
  const roles = header.map((_, i) => plan.roles[i] ?? 'ignore');
  const outcome: TableOutcome = { total: 0, accepted: [], rejected: [], setApart: [], kept: [], noName: false };
  if (!roles.includes('name_en') && !roles.includes('name_zh')) {
    outcome.noName = true;
    return outcome;
  }

  const fieldColumn = new Map<ColumnKey, number>();
  roles.forEach((role, i) => {
    if (isField(role) && !fieldColumn.has(role)) fieldColumn.set(role, i);
  });
  const keptColumns = roles.flatMap((role, i) => (role === 'keep' ? [i] : []));
  const keptLabel = (i: number) => header[i] || columnLetter(i);
  outcome.kept = keptColumns.map(keptLabel);
  const valueColumn = fieldColumn.get('value');
  const scale: ColumnScale | undefined = valueColumn === undefined ? undefined : headerScale(header[valueColumn] ?? '');
  const width = header.length;
  const fields = [...fieldColumn.entries()];
  const ctx = rowContext(fileName, known, (key) => {
    const i = fieldColumn.get(key);
    return i === undefined ? key : header[i] || columnLetter(i);
  });
  const idColumn = fieldColumn.get('id');
  const rows = sheet.rows;

  for (let r = plan.headerRow + 1; r < rows.length; r++) {
    const raw = rows[r] ?? [];
    const line = sheet.lines[r] ?? r + 1;
    if (blankRow(raw)) continue;
    outcome.total++;
    if (!plan.includeTotals && isTotalRow(raw)) {
      outcome.setApart.push({ line, text: clip(raw.filter((c) => c.trim()).join(' · ')) });
      continue;
    }
    // Trailing empty cells are padding, not data: only a filled cell past the header counts.
    const extra = raw.slice(width).find((c) => c.trim());
    if (extra !== undefined) {
      const id = idColumn === undefined ? '' : clean(raw[idColumn] ?? '');
      if (id) ctx.seenIds.add(id);
      outcome.rejected.push({ line, reason: 'too-many-cells', value: clip(extra.trim()) });
      continue;
    }
    const cells: Cells = {};
    for (const [key, i] of fields) {
      const cell = raw[i];
      if (cell) cells[key] = clean(cell);
    }
    const valueText = cells.value;
    if (valueText) {
      // 8000万元以上, 1.2亿, １２,３４５: a number, its unit and its qualifier for the row's rules.
      const read = parseValueCell(valueText, scale);
      if (read) {
        cells.value = String(read.value);
        if (!cells.unit && read.unit) cells.unit = read.unit;
        if (!cells.qualifier && read.qualifier !== 'exact') cells.qualifier = read.qualifier;
      }
    }
    const checked = checkRow(cells, line, ctx);
    if ('row' in checked) {
      const kept = keptColumns.flatMap((i) => {
        const value = (raw[i] ?? '').trim();
        return value ? [{ label: keptLabel(i), value }] : [];
      });
      if (kept.length > 0) checked.row.extra = kept;
      outcome.accepted.push(checked.row);
    } else {
      outcome.rejected.push({ line, ...checked.reject });
    }
    if (r % 2000 === 0) progress(r / rows.length);
  }
  settleMadeUpIds(ctx);
  progress(1);
  return outcome;
}
