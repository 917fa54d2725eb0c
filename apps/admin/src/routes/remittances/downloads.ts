// Remittance files need the session cookie and the CSRF header the API requires with it, which a plain link or form cannot send:
// fetch the XML and save the blob; upload a return file as the raw body of POST /remittances/returns.
import { CSRF_HEADERS } from '../../auth/session';
import { languageStore } from '../../i18n/language';
import type { BankReturnImportFieldsFragment } from '../../gql/graphql';

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { 'accept-language': languageStore.get(), ...CSRF_HEADERS, ...extra };
}

export async function downloadRemittance(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin', headers: headers() });
  if (!response.ok) throw new Error(`${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The server's explained refusal (message and remedy) is thrown as the error's message. */
export async function uploadReturns(file: File): Promise<BankReturnImportFieldsFragment> {
  const response = await fetch('/remittances/returns', { method: 'POST', credentials: 'same-origin', headers: headers({ 'content-type': 'application/xml' }), body: await file.text() });
  const body = (await response.json()) as BankReturnImportFieldsFragment | { errors: { message: string; extensions?: { remedy?: string } }[] };
  if (!response.ok || 'errors' in body) {
    const e = 'errors' in body ? body.errors[0] : undefined;
    throw new Error([e?.message ?? `${response.status}`, e?.extensions?.remedy].filter(Boolean).join(' '));
  }
  return body;
}
