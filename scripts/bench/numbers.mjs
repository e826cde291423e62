// Arithmetic of the benchmark's figures (no side effects: the unit tests import it).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
