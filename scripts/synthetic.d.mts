/** Types of scripts/synthetic.mjs, for tests and the benchmark. */

/** The import format's columns, in the order the generator writes them. */
export declare const SYNTHETIC_COLUMNS: readonly string[];

/** A seeded PRNG returning numbers in [0, 1). */
export declare function mulberry32(seed: number): () => number;

export interface GenerateOptions {
  /** How many data rows (not counting the header). */
  rows: number;
  /** Same seed, same text. */
  seed: number;
}

/** Synthetic exporters as CSV text in the import format, every row marked synthetic. */
export declare function generateExporters(options: GenerateOptions): string;
