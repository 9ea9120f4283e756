/**
 * Saving text as a file from the browser. The app has no server, so a download is a Blob behind
 * an object URL, clicked through a temporary `<a download>`.
 */

/** MIME type of JSON downloads (plan files, plan documents). */
export const JSON_MIME = 'application/json';

// Some browsers read the Blob after `click()` returns; revoking at once can cancel the download.
const REVOKE_AFTER_MS = 30_000;

/** Offers `text` as a download named `filename`; the object URL is revoked afterwards. */
export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}

/** Offers a Blob (a workbook) as a download named `filename`, typed `mime` when given. */
export function downloadBlob(filename: string, blob: Blob, mime?: string): void {
  const url = URL.createObjectURL(mime && blob.type !== mime ? new Blob([blob], { type: mime }) : blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
