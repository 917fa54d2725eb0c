// Files the API serves behind the session (invoice PDFs, remittance XML): a plain link cannot send the
// CSRF header the cookie session requires, so fetch with it and save the blob under the given name.
import { CSRF_HEADERS } from '../auth/session';
import { languageStore } from '../i18n/language';

/** Headers every authenticated request from the SPA outside Apollo carries. */
export function sessionHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'accept-language': languageStore.get(), ...CSRF_HEADERS, ...extra };
}

/** Downloads `url` as `fileName`; throws with the HTTP status when the API refuses. */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin', headers: sessionHeaders() });
  if (!response.ok) throw new Error(`${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
