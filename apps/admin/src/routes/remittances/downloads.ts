// Remittance files: the XML is downloaded with the session (components/download.ts); a return file is
// uploaded as the raw body of POST /remittances/returns with the same headers.
import { downloadFile, sessionHeaders } from '../../components/download';
import type { BankReturnImportFieldsFragment } from '../../gql/graphql';

export const downloadRemittance = downloadFile;

/** The server's explained refusal (message and remedy) is thrown as the error's message. */
export async function uploadReturns(file: File): Promise<BankReturnImportFieldsFragment> {
  const response = await fetch('/remittances/returns', { method: 'POST', credentials: 'same-origin', headers: sessionHeaders({ 'content-type': 'application/xml' }), body: await file.text() });
  const body = (await response.json()) as BankReturnImportFieldsFragment | { errors: { message: string; extensions?: { remedy?: string } }[] };
  if (!response.ok || 'errors' in body) {
    const e = 'errors' in body ? body.errors[0] : undefined;
    throw new Error([e?.message ?? `${response.status}`, e?.extensions?.remedy].filter(Boolean).join(' '));
  }
  return body;
}
