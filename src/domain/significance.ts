/*
 * How many figures a value may show. A stored value carries the significant digits its source
 * gives (14.16 billion: 4; 2.19 billion: 3; "over 80 million": 1, trailing zeros of a whole
 * number not counted). A value computed here, converted or derived, may not claim more than
 * its inputs carry:
 * - a product, quotient or conversion keeps the fewest figures of its inputs
 *   (14.16 ÷ 2.19 = 6.47, three figures; 80 million ÷ 6.47 ≈ 12 million);
 * - a sum or difference keeps no digit below the coarsest last digit of its terms
 *   (14.16 − 13.16 billion = 1.00 billion, to the ten millions both terms are given to).
 * Exact constants (the 1 and 100 of a growth rate) count as having every figure. Values are
 * rounded to these figures only when shown, never where they are computed.
 */

/** Fewer than two figures read as a guess, not a number: "≈ 12 million", not "≈ 10 million". */
export const MIN_DISPLAY_FIGURES = 2;

/** A double holds 15–17 significant digits; past 15 they are noise of the binary form. */
const MAX_FIGURES = 15;

/** The power of ten of a value's first digit: 12 372 → 4, 0.05 → -2, 0 → 0. */
export function leadingExponent(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  return Number(Math.abs(value).toExponential().split('e')[1]);
}

/**
 * The significant digits of a stored value: 14.16e9 → 4, 2.19e9 → 3, 8e7 → 1, 14.45 → 4,
 * 0.05 → 1. Trailing zeros of a whole number are not counted: no source says "exactly
 * 80,000,000". Zero and non-finite values have one.
 */
export function significantFigures(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  const digits = Math.abs(value)
    .toPrecision(MAX_FIGURES)
    .split('e')[0]
    ?.replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.max(1, digits?.length ?? 1);
}

/** A value rounded to n significant figures: (6.4657…, 3) → 6.47, (12 372 881, 2) → 12 000 000. */
export function roundToSignificant(value: number, n: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const figures = Math.min(100, Math.max(1, Math.trunc(n)));
  return Number(value.toPrecision(figures));
}

/** Something whose figures are known: a stored value (its own digits) or one computed here. */
export interface Measured {
  value: number;
  /** Computed values carry their figures; a stored value's are its digits. */
  significantFigures?: number | undefined;
}

/** The figures of a value: those it carries, else the digits of its stored value. */
export function figuresOf(m: Measured): number {
  return m.significantFigures ?? significantFigures(m.value);
}

/** The figures of a product, quotient or conversion: the fewest of its inputs'. */
export function fewestFigures(inputs: readonly Measured[]): number {
  return Math.min(MAX_FIGURES, ...inputs.map(figuresOf));
}

/** The power of ten of a value's last significant digit: 14.16e9 (4 figures) → 7. */
function lastDigitExponent(m: Measured): number {
  return leadingExponent(m.value) - figuresOf(m) + 1;
}

/**
 * The figures of a sum or difference: from its first digit down to the coarsest last digit of
 * its terms, at least one. 14.16e9 − 13.16e9 = 1.00e9 has 3; a result smaller than that last
 * digit (a difference lost in its terms' rounding) has 1.
 */
export function figuresOfSum(result: number, terms: readonly Measured[]): number {
  if (terms.length === 0) return MAX_FIGURES;
  const last = Math.max(...terms.map(lastDigitExponent));
  // Rounded at that digit first, so that 9.996 to hundredths leads with 10, not 9.
  const rounded = Math.round(result / 10 ** last) * 10 ** last;
  if (rounded === 0 || !Number.isFinite(rounded)) return 1;
  return Math.min(MAX_FIGURES, Math.max(1, leadingExponent(rounded) - last + 1));
}

/** How many figures a value computed with these figures shows: never fewer than two. */
export function displayFigures(figures: number): number {
  return Math.max(MIN_DISPLAY_FIGURES, figures);
}

/**
 * The decimals that show n figures of a number as written (after any scaling to billions,
 * 万 or 亿): (12, 2) → 0, (1.55, 3) → 2, (0.155, 3) → 3, (1200, 2) → 0.
 */
export function decimalsFor(shown: number, figures: number): number {
  return Math.max(0, figures - 1 - leadingExponent(roundToSignificant(shown, figures)));
}
