import type { Widen } from './en';
import type { excelEn } from './excel-en';

export const excelZh: Widen<typeof excelEn> = {};
