/**
 * Saves text as a file through the browser's own download. CSV starts with a byte order mark, so
 * Excel reads Welsh letters (ŵ, ŷ) as UTF-8 instead of the system code page.
 */
export function downloadText(filename: string, text: string, type: 'text/csv' | 'application/json'): void {
  const body = type === 'text/csv' ? `\ufeff${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
