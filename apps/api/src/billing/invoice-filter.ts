// The invoice filter, validated once and applied the same way to a page, its totals and the CSV export.
import { validatePeriod, type Locale, type Validation } from '@antena/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { ClientEntity, type InvoiceEntity, type InvoiceKind, type InvoiceStatus } from '../entities/index.js';
import { badInput } from '../errors/errors.js';

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['ISSUED', 'PAID', 'RETURNED'];
export const INVOICE_KINDS: readonly InvoiceKind[] = ['INVOICE', 'CREDIT_NOTE'];

export interface InvoiceFilterInput {
  status?: readonly string[] | null; kind?: string | null; periodFrom?: string | null; periodTo?: string | null;
  clientId?: string | null; contractId?: string | null; minTotalCents?: number | null; maxTotalCents?: number | null;
}

export interface InvoiceFilterValue {
  status: InvoiceStatus[] | null; kind: InvoiceKind | null; periodFrom: string | null; periodTo: string | null;
  clientId: string | null; contractId: string | null; minTotalCents: number | null; maxTotalCents: number | null;
}

/** BAD_USER_INPUT naming `filter.<field>` for a malformed period or amount, or a range whose ends are swapped. */
export function readInvoiceFilter(locale: Locale, raw: InvoiceFilterInput | null | undefined, prefix = 'filter'): InvoiceFilterValue {
  const f = raw ?? {};
  const take = <T>(field: string, result: Validation<T>): T => {
    if (result.ok) return result.value;
    throw badInput(locale, `${prefix}.${field}`, result.code, { field, ...(result.params ?? {}) });
  };
  const status = f.status?.length ? [...new Set(f.status)] : null;
  for (const s of status ?? []) {
    if (!INVOICE_STATUSES.includes(s as InvoiceStatus)) throw badInput(locale, `${prefix}.status`, 'VALUE_NOT_ALLOWED', { field: 'status', value: s, allowed: INVOICE_STATUSES.join(', ') });
  }
  if (f.kind != null && !INVOICE_KINDS.includes(f.kind as InvoiceKind)) {
    throw badInput(locale, `${prefix}.kind`, 'VALUE_NOT_ALLOWED', { field: 'kind', value: f.kind, allowed: INVOICE_KINDS.join(', ') });
  }
  const periodFrom = f.periodFrom ? take('periodFrom', validatePeriod(f.periodFrom, 'periodFrom')) : null;
  const periodTo = f.periodTo ? take('periodTo', validatePeriod(f.periodTo, 'periodTo')) : null;
  if (periodFrom && periodTo && periodFrom > periodTo) throw badInput(locale, `${prefix}.periodTo`, 'RANGE_INVERTED', { field: 'periodTo', from: periodFrom, to: periodTo });
  // A bound of a filter, not a price: any exact integer of cents (a run's invoice may exceed a price's cap).
  const bound = (field: string, n: number | null | undefined): number | null => {
    if (n == null) return null;
    if (!Number.isSafeInteger(n)) throw badInput(locale, `${prefix}.${field}`, 'CENTS_INVALID', { field, value: String(n) });
    return n;
  };
  const minTotalCents = bound('minTotalCents', f.minTotalCents);
  const maxTotalCents = bound('maxTotalCents', f.maxTotalCents);
  if (minTotalCents !== null && maxTotalCents !== null && minTotalCents > maxTotalCents) {
    throw badInput(locale, `${prefix}.maxTotalCents`, 'RANGE_INVERTED', { field: 'maxTotalCents', from: minTotalCents, to: maxTotalCents });
  }
  return {
    status: status as InvoiceStatus[] | null, kind: (f.kind ?? null) as InvoiceKind | null, periodFrom, periodTo,
    clientId: f.clientId ?? null, contractId: f.contractId ?? null, minTotalCents, maxTotalCents,
  };
}

/** Narrows `qb` (alias `i`) to the filter and, for a partner, to its own clients' invoices. */
export function applyInvoiceFilter(qb: SelectQueryBuilder<InvoiceEntity>, f: InvoiceFilterValue, partnerId: string | null): void {
  if (f.clientId) qb.andWhere('i.clientId = :clientId', { clientId: f.clientId });
  if (f.contractId) qb.andWhere('i.contractId = :contractId', { contractId: f.contractId });
  if (f.status) qb.andWhere('i.status IN (:...statuses)', { statuses: f.status });
  if (f.kind) qb.andWhere('i.kind = :kind', { kind: f.kind });
  if (f.periodFrom) qb.andWhere('i.period >= :periodFrom', { periodFrom: f.periodFrom });
  if (f.periodTo) qb.andWhere('i.period <= :periodTo', { periodTo: f.periodTo });
  if (f.minTotalCents !== null) qb.andWhere('i.totalCents >= :minTotal', { minTotal: f.minTotalCents });
  if (f.maxTotalCents !== null) qb.andWhere('i.totalCents <= :maxTotal', { maxTotal: f.maxTotalCents });
  if (partnerId) qb.andWhere((sub) => `i.clientId IN ${sub.subQuery().select('c.id').from(ClientEntity, 'c').where('c.partnerId = :partnerId').getQuery()}`, { partnerId });
}
