/** One figure of `npm run bench` (see report.mjs). */
export interface Figure {
  id: string;
  group: string;
  figure: string;
  value: number | null;
  unit: string;
  floor?: number | undefined;
  /** `ofFloor`: the limit is a multiple of the floor. */
  budget?: { op: '>=' | '<='; limit: number; ofFloor?: boolean } | undefined;
  pass?: boolean | undefined;
  better: 'higher' | 'lower';
}

export interface Results {
  date: string;
  commit?: string | undefined;
  figures: Figure[];
}
