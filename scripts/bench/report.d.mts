import type { Figure, Results } from './figure.d.mts';

export declare function judge(figure: Figure): Figure;
export declare function budgetLimit(figure: Figure): number;
export declare function formatValue(value: number | null | undefined, unit: string): string;
export declare function printFigures(figures: Figure[]): void;
export declare function printComparison(old: Results, now: Results): void;
export declare function readResults(path: string): Promise<Results>;
