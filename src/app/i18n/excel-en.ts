/** English strings of the Excel downloads of the exporters page (see exporters-en.ts). */
export const excelEn = {
  exportShown_one: 'Download the {{count}} row shown (Excel)',
  exportShown_other: 'Download the {{count}} rows shown (Excel)',
  exportAll_one: 'Download the {{count}} row (Excel)',
  exportAll_other: 'Download all {{count}} rows (Excel)',
  preparing: 'Preparing the Excel file…',
  failed: 'The Excel file could not be made: {{message}}',
} as const;
