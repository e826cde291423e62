import { ISO_DATE } from '../data/iso-date';
import { isOneOf, isYear, PERIOD_KINDS, PERIOD_YEAR_FIELDS, QUALIFIERS, UNITS, ZH_ORIGINS } from '../data/vocabulary';
import type { ExporterRow } from './exporter-rows';

/*
 * The lists a team imported, as this browser keeps them. A stored record outlives the build that
 * wrote it: it may come from a newer build, an older bug, or a hand edit in the developer tools.
 * Every record is checked before a row of it reaches the table, and a record that fails says why,
 * so that it can be reported and removed instead of crashing the page or showing garbage.
 */

export interface ImportedList {
  id: string;
  fileName: string;
  importedAt: string;
  rows: ExporterRow[];
  /** The shape of the record; absent on lists stored before it was written (the same shape as 1). */
  format?: number;
}

/** Raised whenever the shape of a stored list changes, so that an older build knows it cannot read it. */
export const LIST_FORMAT = 1;

export type StoredListProblem =
  | 'not-a-list'
  | 'newer-format'
  | 'missing'
  | 'wrong-type'
  | 'unknown-value'
  | 'missing-name'
  | 'not-a-row'
  | 'claims-official';

export interface StoredListReason {
  problem: StoredListProblem;
  /** 1-based, as a person counts the rows of the list. */
  row?: number;
  /** Where in the record (or the row), e.g. `keyFigure.period.year`. */
  field?: string;
}

export type StoredListCheck = { ok: true; list: ImportedList } | { ok: false; reason: StoredListReason };

type Rec = Record<string, unknown>;
/** The first thing wrong with a value, or undefined when it is sound. */
type Fault = { problem: StoredListProblem; field: string } | undefined;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): boolean {
  return typeof v === 'string' && v !== '';
}

/** Absent is fine; present must be of the kind `check` accepts. */
function optional(v: unknown, field: string, check: (v: unknown) => boolean): Fault {
  return v === undefined || check(v) ? undefined : { problem: 'wrong-type', field };
}

function facetFault(v: unknown, field: string): Fault {
  if (!isRecord(v)) return { problem: 'wrong-type', field };
  if (!text(v.key)) return { problem: v.key === undefined ? 'missing' : 'wrong-type', field: `${field}.key` };
  const label = v.label;
  if (!isRecord(label)) return { problem: label === undefined ? 'missing' : 'wrong-type', field: `${field}.label` };
  for (const lang of ['en', 'zh'] as const)
    if (!text(label[lang]))
      return { problem: label[lang] === undefined ? 'missing' : 'wrong-type', field: `${field}.label.${lang}` };
  return undefined;
}

function periodFault(v: unknown, field: string): Fault {
  if (!isRecord(v)) return { problem: 'wrong-type', field };
  if (!isOneOf(PERIOD_KINDS, v.kind)) return { problem: 'unknown-value', field: `${field}.kind` };
  for (const key of PERIOD_YEAR_FIELDS[v.kind])
    if (!isYear(v[key])) return { problem: 'wrong-type', field: `${field}.${key}` };
  if (v.kind === 'month' && !(Number.isInteger(v.month) && (v.month as number) >= 1 && (v.month as number) <= 12))
    return { problem: 'wrong-type', field: `${field}.month` };
  if (v.kind === 'months')
    for (const key of ['from', 'to'] as const) {
      const m = v[key];
      if (!(typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12))
        return { problem: 'wrong-type', field: `${field}.${key}` };
    }
  if (v.kind === 'cumulative' && !(typeof v.until === 'string' && ISO_DATE.test(v.until)))
    return { problem: 'wrong-type', field: `${field}.until` };
  return undefined;
}

function keyFigureFault(v: unknown): Fault {
  if (!isRecord(v)) return { problem: 'wrong-type', field: 'keyFigure' };
  if (typeof v.value !== 'number' || !Number.isFinite(v.value))
    return { problem: v.value === undefined ? 'missing' : 'wrong-type', field: 'keyFigure.value' };
  if (!isOneOf(UNITS, v.unit))
    return { problem: v.unit === undefined ? 'missing' : 'unknown-value', field: 'keyFigure.unit' };
  if (!isOneOf(QUALIFIERS, v.qualifier))
    return { problem: v.qualifier === undefined ? 'missing' : 'unknown-value', field: 'keyFigure.qualifier' };
  if (v.period !== undefined) {
    const fault = periodFault(v.period, 'keyFigure.period');
    if (fault) return fault;
  }
  return optional(v.figureId, 'keyFigure.figureId', text);
}

function nameFault(v: unknown): Fault {
  if (v === undefined || v === null) return { problem: 'missing-name', field: 'name' };
  if (!isRecord(v)) return { problem: 'wrong-type', field: 'name' };
  if (v.en === undefined || v.en === '') return { problem: 'missing-name', field: 'name.en' };
  if (typeof v.en !== 'string') return { problem: 'wrong-type', field: 'name.en' };
  return (
    optional(v.zh, 'name.zh', text) ??
    (v.zhOrigin === undefined || isOneOf(ZH_ORIGINS, v.zhOrigin)
      ? undefined
      : { problem: 'unknown-value', field: 'name.zhOrigin' })
  );
}

/** The first thing that keeps `v` from being an imported ExporterRow, or undefined. */
function rowFault(v: unknown): Fault {
  if (!isRecord(v)) return { problem: 'not-a-row', field: '' };
  if (typeof v.id !== 'string') return { problem: v.id === undefined ? 'missing' : 'wrong-type', field: 'id' };
  // A stored row marked official would pass itself off as one of the official figures.
  if (v.origin === 'official') return { problem: 'claims-official', field: 'origin' };
  if (v.origin !== 'imported') return { problem: 'unknown-value', field: 'origin' };
  const name = nameFault(v.name);
  if (name) return name;
  for (const dim of ['city', 'sector'] as const) {
    const fault = v[dim] === undefined ? undefined : facetFault(v[dim], dim);
    if (fault) return fault;
  }
  if (!Array.isArray(v.markets))
    return { problem: v.markets === undefined ? 'missing' : 'wrong-type', field: 'markets' };
  for (let i = 0; i < v.markets.length; i++) {
    const fault = facetFault(v.markets[i], `markets[${i}]`);
    if (fault) return fault;
  }
  if (v.keyFigure !== undefined) {
    const fault = keyFigureFault(v.keyFigure);
    if (fault) return fault;
  }
  if (!Array.isArray(v.sourceIds))
    return { problem: v.sourceIds === undefined ? 'missing' : 'wrong-type', field: 'sourceIds' };
  if (!v.sourceIds.every((s) => typeof s === 'string')) return { problem: 'wrong-type', field: 'sourceIds' };
  return (
    optional(v.synthetic, 'synthetic', (s) => typeof s === 'boolean') ??
    optional(v.sourceText, 'sourceText', (s) => typeof s === 'string') ??
    optional(v.noteText, 'noteText', (s) => typeof s === 'string') ??
    optional(v.importedFrom, 'importedFrom', (s) => typeof s === 'string') ??
    optional(
      v.extra,
      'extra',
      (s) =>
        Array.isArray(s) &&
        s.every((e: unknown) => isRecord(e) && typeof e.label === 'string' && typeof e.value === 'string'),
    )
  );
}

function fieldReason(fault: NonNullable<Fault>, row?: number): StoredListReason {
  const reason: StoredListReason = { problem: fault.problem };
  if (row !== undefined) reason.row = row;
  if (fault.field) reason.field = fault.field;
  return reason;
}

/**
 * Whether a stored record is a list this build can show, and if not, the first reason why.
 * Never throws on anything IndexedDB can hand back; the rows are checked in place, not copied,
 * since a list may hold 100,000 of them.
 */
export function checkStoredList(value: unknown): StoredListCheck {
  if (!isRecord(value) || !('rows' in value || 'fileName' in value || 'importedAt' in value || 'format' in value))
    return { ok: false, reason: { problem: 'not-a-list' } };
  if (value.format !== undefined && value.format !== LIST_FORMAT) {
    const format = value.format;
    return typeof format === 'number' && Number.isInteger(format) && format > LIST_FORMAT
      ? { ok: false, reason: { problem: 'newer-format' } }
      : { ok: false, reason: { problem: 'unknown-value', field: 'format' } };
  }
  for (const field of ['id', 'fileName', 'importedAt'] as const)
    if (!text(value[field]))
      return { ok: false, reason: { problem: value[field] === undefined ? 'missing' : 'wrong-type', field } };
  const rows = value.rows;
  if (!Array.isArray(rows))
    return { ok: false, reason: { problem: rows === undefined ? 'missing' : 'wrong-type', field: 'rows' } };
  for (let i = 0; i < rows.length; i++) {
    const fault = rowFault(rows[i]);
    if (fault) return { ok: false, reason: fieldReason(fault, i + 1) };
  }
  return { ok: true, list: value as unknown as ImportedList };
}
