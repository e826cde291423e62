/** English strings of the Excel downloads of the exporters page (see exporters-en.ts). */
export const excelEn = {} as const;
