// Save a generated file through the browser's download (a blob link: no downloads permission needed).

/** Offer `text` as a file named `name`. */
export function downloadText(name: string, text: string, type: 'application/json' | 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the next task; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
