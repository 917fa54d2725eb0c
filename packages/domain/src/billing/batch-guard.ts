// Work too big for one request goes to a background job (the repository's docs/jobs.md). The caller counts
// and passes the bound in: the domain decides and explains, it does not know what a request can afford.
import type { RefusalOf } from '../explain/refusal.js';

export type BatchRefusalCode = 'BILLING_PREVIEW_TOO_LARGE' | 'PDF_BATCH_TOO_LARGE' | 'PDF_BATCH_EMPTY';

/**
 * A billing preview of the whole base answered on the spot: refused (`BILLING_PREVIEW_TOO_LARGE`, its remedy the
 * queued preview) when it would go through more than `max` contracts. A preview of one contract is always answered.
 */
export function checkInlinePreview(input: { period: string; contracts: number; max: number; onlyContract: boolean }): RefusalOf<'BILLING_PREVIEW_TOO_LARGE'> | null {
  if (input.onlyContract || input.contracts <= input.max) return null;
  return { code: 'BILLING_PREVIEW_TOO_LARGE', field: 'contractId', params: { period: input.period, count: input.contracts, max: input.max } };
}

/** A batch of invoice PDFs: refused when the filter selects nothing (`PDF_BATCH_EMPTY`) or more than `max` (`PDF_BATCH_TOO_LARGE`). */
export function checkPdfBatch(input: { count: number; max: number }): RefusalOf<'PDF_BATCH_TOO_LARGE' | 'PDF_BATCH_EMPTY'> | null {
  if (input.count === 0) return { code: 'PDF_BATCH_EMPTY', field: 'filter', params: {} };
  if (input.count > input.max) return { code: 'PDF_BATCH_TOO_LARGE', field: 'filter', params: { count: input.count, max: input.max } };
  return null;
}
