/** Hands a file to the browser's download, as if the reader had followed a link to it. */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked once the download has started, not at once: some browsers read the URL late.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The media type of an .xlsx file, for the Blob handed to saveFile. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
