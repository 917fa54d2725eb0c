// The REMITTANCE background job (docs/sepa.md "Remittances as jobs"): what createRemittance queued, done by a
// worker. SepaService.create writes the remittance and its debits in one transaction, reporting progress per
// slice; the remittance and its audit entry are the queueing actor's. Expected refusals (nothing to collect,
// creditor data gone since) end the job FAILED with them. A conflict with a remittance created at the same time
// (an invoice it took first) is tried once more, reading again: that remittance's invoices are then left out
// (SEPA_EXCLUDED_IN_OPEN_REMITTANCE), so no invoice is ever in two open remittances.
import type { DateOnly } from '@antena/domain';
import { AppError } from '../errors/errors.js';
import { JobRefusal, jobScope, type JobHandler } from '../jobs/background.js';
import type { RemittanceFilter } from './sepa-facts.js';
import { SepaService } from './sepa.service.js';

/**
 * What the request validated: the date against its `today`; `requestedAt` is the request's instant, which dates
 * the remittance and its audit entry (the debits' presentation, which later amendments are compared with, is the
 * admin's confirmation of the preview, as when the remittance was created on the request path).
 */
export interface RemittanceJobParams { collectionDate: string; filter: RemittanceFilter; today: DateOnly; requestedAt: string }
export interface RemittanceJobResult { remittanceId: string; reference: string; count: number; sumCents: number }

/** A refusal SepaService raised for the request path (BAD_USER_INPUT with its domain reason), as a job refusal. */
function refusalOf(err: unknown): JobRefusal | null {
  if (!(err instanceof AppError) || err.extensions['code'] !== 'BAD_USER_INPUT' || typeof err.extensions['reason'] !== 'string') return null;
  const field = err.extensions['field'];
  return new JobRefusal({
    code: err.extensions['reason'] as never, params: (err.extensions['params'] ?? {}) as Record<string, string | number>,
    ...(typeof field === 'string' ? { field } : {}),
  });
}

/** Another transaction got there first: the unique EndToEndId (both databases), or SQLite's snapshot moved on under a writer. */
function isConcurrentConflict(err: unknown): boolean {
  if (err instanceof AppError) return err.extensions['code'] === 'CONFLICT';
  const e = err as { code?: string; driverError?: { code?: string } } | null;
  return /^SQLITE_BUSY/.test(e?.driverError?.code ?? e?.code ?? '');
}

export const remittanceJob: JobHandler<RemittanceJobParams, RemittanceJobResult> = {
  kind: 'REMITTANCE',
  async run(ctx, params) {
    const sepa = new SepaService({ ...jobScope(ctx, params.today), now: new Date(params.requestedAt) });
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await sepa.create(params.collectionDate, params.filter, { progress: (done, total) => ctx.progress(done, total) });
        return { remittanceId: r.id, reference: r.reference, count: r.count, sumCents: r.sumCents };
      } catch (err) {
        const refusal = refusalOf(err);
        if (refusal) throw refusal;
        if (attempt === 1 && isConcurrentConflict(err)) continue;
        throw err;
      }
    }
  },
};
