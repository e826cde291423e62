import { useId, useMemo, useState } from 'react';
import type { SheetPreview, TablePreview } from '../../api/import-engine';
import { headerScale } from '../../domain/exporter-file/cell-values';
import type { ColumnRole } from '../../domain/exporter-file/column-guess';
import { COLUMN_KEYS } from '../../domain/exporter-file/columns';
import { PREVIEW_ROWS, type Sheet } from '../../domain/exporter-file/sheet';
import { autoPlan, columnLetter, headerCells, type ImportPlan } from '../../domain/exporter-file/table-import';
import { formatValue } from '../../domain/format';
import { Button } from '../../components/button';
import { useT } from '../../components/use-settings';
import { rememberedRoles, rememberRoles } from './import-maps';
import { useImportStrings } from './import-strings';
import './import-map.css';

/*
 * The step between reading a file and storing its rows: the first rows as the file has them,
 * the header row, and what each column is, every choice a native select (keyboard and screen
 * reader as the platform gives them). Loaded only once a file has been read.
 */

/** The choices of each column's select: the names first, then the file's own columns, then keep and ignore. */
const COLUMN_ROLES: readonly ColumnRole[] = [
  'name_zh',
  'name_en',
  ...COLUMN_KEYS.filter((k) => k !== 'name_zh' && k !== 'name_en'),
  'keep',
  'ignore',
];

export interface MapChoice {
  sheet: number;
  plan: ImportPlan;
}

function asSheet(preview: SheetPreview): Sheet {
  return { name: preview.name, rows: preview.rows, lines: preview.lines };
}

/** The map for a sheet and header row: the one remembered for these headers, or a fresh guess. */
function planFor(preview: SheetPreview, headerRow: number): { plan: ImportPlan; remembered: boolean } {
  const guessed = headerRow === preview.plan.headerRow ? preview.plan : autoPlan(asSheet(preview), headerRow);
  const header = headerCells(asSheet(preview), headerRow);
  const roles = rememberedRoles(header);
  return roles ? { plan: { ...guessed, roles }, remembered: true } : { plan: guessed, remembered: false };
}

export default function ImportMap({
  preview,
  onImport,
  onCancel,
}: {
  preview: TablePreview;
  onImport: (choice: MapChoice) => void;
  onCancel: () => void;
}) {
  useImportStrings();
  const { t, lang } = useT();
  const id = useId();
  const [sheetIndex, setSheetIndex] = useState(preview.chosen);
  const sheetPreview = preview.sheets[sheetIndex] ?? preview.sheets[0];
  const [state, setState] = useState(() =>
    sheetPreview ? planFor(sheetPreview, sheetPreview.plan.headerRow) : undefined,
  );
  const sheet = useMemo(() => (sheetPreview ? asSheet(sheetPreview) : undefined), [sheetPreview]);
  if (!sheetPreview || !sheet || !state) return null;
  const { plan } = state;
  const header = headerCells(sheet, plan.headerRow);
  const shownRows = sheet.rows.slice(0, PREVIEW_ROWS);
  const roles = header.map((_, i) => plan.roles[i] ?? 'ignore');
  const hasName = roles.includes('name_en') || roles.includes('name_zh');

  const chooseSheet = (index: number) => {
    const next = preview.sheets[index];
    if (!next) return;
    setSheetIndex(index);
    setState(planFor(next, next.plan.headerRow));
  };
  const chooseHeader = (row: number) => setState(planFor(sheetPreview, row));
  const chooseRole = (column: number, role: ColumnRole) =>
    setState({ plan: { ...plan, roles: roles.map((r, i) => (i === column ? role : r)) }, remembered: false });

  const columnName = (i: number) =>
    header[i]
      ? t('exporters.map.column', { letter: columnLetter(i), header: header[i] })
      : t('exporters.map.columnNoHeader', { letter: columnLetter(i) });

  const submit = () => {
    rememberRoles(header, roles);
    onImport({ sheet: sheetIndex, plan: { ...plan, roles } });
  };

  return (
    <section className="import-map" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('exporters.map.title', { file: preview.fileName })}</h3>
      <p>{t('exporters.map.intro')}</p>
      {state.remembered && (
        <p className="notice" role="status">
          {t('exporters.map.remembered')}
        </p>
      )}
      <div className="import-map__choices">
        {preview.sheets.length > 1 && (
          <label className="import-map__field">
            <span>{t('exporters.map.sheet')}</span>
            <select value={sheetIndex} onChange={(e) => chooseSheet(Number(e.currentTarget.value))}>
              {preview.sheets.map((s, i) => (
                <option key={i} value={i}>
                  {t('exporters.map.sheetOption', { name: s.name, count: s.rowCount })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="import-map__field">
          <span>{t('exporters.map.headerRow')}</span>
          <select value={plan.headerRow} onChange={(e) => chooseHeader(Number(e.currentTarget.value))}>
            {shownRows.map((row, i) => (
              <option key={i} value={i}>
                {t('exporters.map.headerRowOption', {
                  line: sheet.lines[i] ?? i + 1,
                  text: rowText(row) || t('exporters.map.blankRowText'),
                })}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="import-map__columns">
        <legend>{t('exporters.map.columns')}</legend>
        {roles.map((role, i) => {
          const scale = role === 'value' ? headerScale(header[i] ?? '') : undefined;
          const selectId = `${id}-column-${i}`;
          const hintId = `${selectId}-hint`;
          return (
            <div key={i} className="import-map__field">
              <label htmlFor={selectId}>{columnName(i)}</label>
              <select
                id={selectId}
                value={role}
                aria-describedby={scale ? hintId : undefined}
                onChange={(e) => chooseRole(i, e.currentTarget.value as ColumnRole)}
              >
                {COLUMN_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`exporters.map.roles.${r}`)}
                  </option>
                ))}
              </select>
              {scale && (
                <span id={hintId} className="import-map__hint">
                  {t('exporters.map.scale', {
                    amount: scale.unit
                      ? formatValue(scale.factor, scale.unit, lang)
                      : new Intl.NumberFormat(lang).format(scale.factor),
                  })}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      <label className="import-map__check">
        <input
          type="checkbox"
          checked={plan.includeTotals}
          onChange={(e) => setState({ ...state, plan: { ...plan, includeTotals: e.currentTarget.checked } })}
        />{' '}
        {t('exporters.map.totals')}
      </label>

      {/* A wide file scrolls sideways inside this box: focusable, so a keyboard can scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="import-map__preview" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>
            {t('exporters.map.preview', { count: shownRows.length, sheet: sheet.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('exporters.map.previewRow')}</th>
              {roles.map((role, i) => (
                <th key={i} scope="col">
                  {columnLetter(i)}
                  <span className="import-map__role">{t(`exporters.map.roles.${role}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, r) => (
              <tr
                key={r}
                className={
                  r === plan.headerRow ? 'import-map__header-row' : r < plan.headerRow ? 'import-map__above' : undefined
                }
              >
                <th scope="row">
                  {sheet.lines[r] ?? r + 1}
                  {r === plan.headerRow && <span className="import-map__role">{t('exporters.map.headerMark')}</span>}
                </th>
                {r < plan.headerRow && row.slice(1).every((c) => !c.trim()) ? (
                  // A title above the header reads across the table, as it does in the sheet.
                  <td colSpan={Math.max(roles.length, 1)}>{clipCell(row[0] ?? '')}</td>
                ) : (
                  roles.map((_, c) => <td key={c}>{clipCell(row[c] ?? '')}</td>)
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!hasName && (
        <p className="notice notice--error" role="alert">
          {t('exporters.map.noName')}
        </p>
      )}
      <p className="import-map__actions">
        <Button className="button" onClick={submit} disabled={!hasName}>
          {t('exporters.map.import')}
        </Button>{' '}
        <Button className="button button--quiet" onClick={onCancel}>
          {t('exporters.map.cancel')}
        </Button>
      </p>
    </section>
  );
}

/** A row in a few words, for the header-row choice. */
function rowText(row: readonly string[]): string {
  const text = row
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' · ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A cell of 1 MB is shown by its start: the preview is for recognising columns. */
function clipCell(cell: string): string {
  return cell.length > 120 ? `${cell.slice(0, 119)}…` : cell;
}
