/** Offers text as a file download (CSV exports), without a server round trip. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoke after the click has been handled, or the download may find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
