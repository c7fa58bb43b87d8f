/** Hands a file to the browser's download: a Blob behind a temporary object URL and a clicked <a download>. */
export function downloadFile(parts: BlobPart[], fileName: string, type: string): Blob {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
