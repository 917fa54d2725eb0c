// A remittance preview too big for one request goes to a background job (the repository's docs/sepa.md
// "Previews as jobs", docs/jobs.md). The caller counts the candidate invoices and passes the bound in: the domain
// decides and explains, it does not know what a request can afford.
import type { RefusalOf } from '../explain/refusal.js';

/**
 * A remittance preview answered on the spot: refused (`SEPA_PREVIEW_TOO_LARGE`, field `filter`, its remedy the queued
 * preview or a narrower filter) when it would go through more than `max` candidate invoices.
 */
export function checkInlineRemittancePreview(input: { collectionDate: string; candidates: number; max: number }): RefusalOf<'SEPA_PREVIEW_TOO_LARGE'> | null {
  if (input.candidates <= input.max) return null;
  return { code: 'SEPA_PREVIEW_TOO_LARGE', field: 'filter', params: { date: input.collectionDate, count: input.candidates, max: input.max } };
}
