import type { Qualifier, Unit } from '../../data/schema';
import { slug, type ExporterRow, type FacetValue, type KeyFigure } from '../exporter-rows';
import type { ColumnKey } from './columns';
import { FacetIndex, type KnownFacets } from './facets';
import { parsePeriodCell } from './period-read';

/*
 * The rules one imported record must pass to become a row of the table, whatever file it came
 * from: a name, a number with its unit, a qualifier and a period it understands, an id no other
 * row gives. A record that fails is rejected with its reason, never dropped silently.
 */

export type RejectReason =
  | 'missing-name'
  | 'bad-value'
  | 'bad-unit'
  | 'bad-qualifier'
  | 'bad-period'
  | 'value-without-unit'
  | 'too-many-cells'
  | 'duplicate-id';

export interface RejectedRow {
  /** CSV/TSV: the physical line the record starts on. JSON: the item's 1-based position in the array. */
  line: number;
  reason: RejectReason;
  /** The column as the file names it. */
  column?: string;
  /** The offending value, clipped to 80 characters. */
  value?: string;
}

const UNIT_ALIASES = new Map<string, Unit>([
  ['cny', 'CNY'],
  ['usd', 'USD'],
  ['percent', 'percent'],
  ['rank', 'rank'],
  ['minutes', 'minutes'],
  ['hours', 'hours'],
  ['count', 'count'],
  ['countries-regions', 'countries-regions'],
  ['cny-per-usd', 'CNY-per-USD'],
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
]);

const QUALIFIER_ALIASES = new Map<string, Qualifier>([
  ['exact', 'exact'],
  ['atleast', 'atLeast'],
  ['精确', 'exact'],
  ['以上', 'atLeast'],
]);

const MONEY: ReadonlySet<Unit> = new Set<Unit>(['CNY', 'USD']);
const TRUE_WORDS = new Set(['true', '1', 'yes', '是']);

// Plain decimals, optionally grouped by thousands with commas as Excel may write them.
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const MARKET_SEPARATORS = /[;；、]/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  const n = Number(text.replaceAll(',', ''));
  return Number.isFinite(n) ? n : undefined;
}

export function clip(text: string): string {
  return text.length > 80 ? text.slice(0, 80) : text;
}

export type Cells = Partial<Record<ColumnKey, string>>;

export interface RowContext {
  fileName: string;
  fileSlug: string;
  cities: FacetIndex;
  sectors: FacetIndex;
  markets: FacetIndex;
  seenIds: Set<string>;
  /** Accepted rows whose id this importer made up from their line. */
  madeUpIds: ExporterRow[];
  /** The column as the file names it, for messages. */
  label: (key: ColumnKey) => string;
}

type Checked = { row: ExporterRow } | { reject: Omit<RejectedRow, 'line'> };

export function checkRow(cells: Cells, line: number, ctx: RowContext): Checked {
  const get = (key: ColumnKey): string => cells[key] ?? '';
  const reject = (reason: RejectReason, key?: ColumnKey): Checked => ({
    reject: key ? { reason, column: ctx.label(key), value: clip(get(key)) } : { reason },
  });

  // Every row's id counts as seen, rejected or not, so that both rows of a pair are reported at once.
  const givenId = get('id');
  const duplicate = givenId !== '' && ctx.seenIds.has(givenId);
  if (givenId) ctx.seenIds.add(givenId);

  const nameEn = get('name_en');
  const nameZh = get('name_zh');
  if (!nameEn && !nameZh) return reject('missing-name');
  if (duplicate) return reject('duplicate-id', 'id');

  const unitText = get('unit');
  const unit = unitText ? UNIT_ALIASES.get(unitText.toLowerCase()) : undefined;
  const valueText = get('value');
  let value: number | undefined;
  if (valueText) {
    value = parseNumber(valueText);
    if (value === undefined || (unit && MONEY.has(unit) && value < 0)) return reject('bad-value', 'value');
  }
  if (unitText && !unit) return reject('bad-unit', 'unit');
  if (valueText && !unit) return reject('value-without-unit', 'value');

  const qualifierText = get('qualifier');
  const qualifier = qualifierText ? QUALIFIER_ALIASES.get(qualifierText.toLowerCase()) : 'exact';
  if (!qualifier) return reject('bad-qualifier', 'qualifier');

  const periodTextIn = get('period');
  const period = periodTextIn ? parsePeriodCell(periodTextIn) : undefined;
  if (periodTextIn && !period) return reject('bad-period', 'period');

  let keyFigure: KeyFigure | undefined;
  if (value !== undefined && unit) {
    keyFigure = { value, unit, qualifier };
    if (period) keyFigure.period = period;
  }

  const city = get('city');
  const sector = get('sector');
  const markets = new Map<string, FacetValue>();
  for (const part of get('markets').split(MARKET_SEPARATORS)) {
    const label = part.trim();
    if (!label) continue;
    const facet = ctx.markets.get(label);
    if (!markets.has(facet.key)) markets.set(facet.key, facet);
  }
  const source = get('source');
  const note = get('note');

  const row: ExporterRow = {
    id: givenId || `imported-${ctx.fileSlug}-${line}`,
    origin: 'imported',
    name: nameZh ? { en: nameEn || nameZh, zh: nameZh, zhOrigin: 'source' } : { en: nameEn },
    city: city ? ctx.cities.get(city) : undefined,
    sector: sector ? ctx.sectors.get(sector) : undefined,
    markets: [...markets.values()],
    keyFigure,
    sourceIds: [],
    sourceText: source || undefined,
    importedFrom: ctx.fileName,
  };
  if (note) row.noteText = note;
  if (TRUE_WORDS.has(get('synthetic').toLowerCase())) row.synthetic = true;
  if (!givenId) ctx.madeUpIds.push(row);
  return { row };
}

export function rowContext(fileName: string, known: KnownFacets, label: (key: ColumnKey) => string): RowContext {
  return {
    fileName,
    fileSlug: slug(fileName),
    cities: new FacetIndex(known.cities),
    sectors: new FacetIndex(known.sectors),
    markets: new FacetIndex(known.markets),
    seenIds: new Set(),
    madeUpIds: [],
    label,
  };
}

/**
 * A made-up id can be one that another row gives: a list exported from the table carries the
 * ids made up when it was imported, and a row added to it lands on such a line. Two rows with
 * one id would share a key in the table, so the made-up one moves aside. Only once every row
 * is read are all given ids known.
 */
export function settleMadeUpIds(ctx: RowContext): void {
  if (!ctx.madeUpIds.some((row) => ctx.seenIds.has(row.id))) return;
  const taken = new Set([...ctx.seenIds, ...ctx.madeUpIds.map((row) => row.id)]);
  for (const row of ctx.madeUpIds) {
    if (!ctx.seenIds.has(row.id)) continue;
    let n = 2;
    while (taken.has(`${row.id}-${n}`)) n++;
    row.id = `${row.id}-${n}`;
    taken.add(row.id);
  }
}
