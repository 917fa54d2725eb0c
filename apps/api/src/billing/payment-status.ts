// The one place an invoice's payment status changes (docs/product.md §2: issued invoices are immutable, only the
// payment status moves), for one invoice (markInvoicePaid/Returned) or many (SEPA settlements and returns,
// docs/sepa.md): the domain checks each transition, a conditional UPDATE per slice applies it, and every
// change is audited with its reason. Rule 2's "pending" follows from the status alone (isPaymentPending).
import { checkPaymentTransition, type Refusal } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import type { FieldChangeValue } from '../entities/audit-entry.entity.js';
import { InvoiceEntity, type InvoiceStatus } from '../entities/index.js';
import { conflict } from '../errors/errors.js';
import { preparedAudit } from '../services/audit.service.js';
import type { Scope } from '../services/scope.js';

export interface PaymentChange {
  invoice: Pick<InvoiceEntity, 'id' | 'kind' | 'number' | 'status' | 'clientId'>;
  to: InvoiceStatus;
  /** Extra audited facts, e.g. the SEPA return reason. */
  noted?: FieldChangeValue[];
}

const SLICE = 1000;

/** Applies the allowed changes in the caller's transaction; returns the refused ones (nothing thrown for them). */
export async function applyPaymentStatuses(m: EntityManager, scope: Scope, changes: readonly PaymentChange[]): Promise<{ applied: PaymentChange[]; refused: { change: PaymentChange; refusal: Refusal }[] }> {
  const applied: PaymentChange[] = [];
  const refused: { change: PaymentChange; refusal: Refusal }[] = [];
  const byTransition = new Map<string, PaymentChange[]>();
  for (const c of changes) {
    const refusal = checkPaymentTransition(c.invoice, c.to);
    if (refusal) { refused.push({ change: c, refusal }); continue; }
    const key = `${c.invoice.status}>${c.to}`;
    const list = byTransition.get(key);
    if (list) list.push(c);
    else byTransition.set(key, [c]);
  }
  for (const group of byTransition.values()) {
    for (let i = 0; i < group.length; i += SLICE) {
      const slice = group.slice(i, i + SLICE);
      const from = slice[0]!.invoice.status;
      const updated = m.createQueryBuilder().update(InvoiceEntity).set({ status: slice[0]!.to })
        .where('id IN (:...ids) AND status = :from', { ids: slice.map((c) => c.invoice.id), from }).updateEntity(false).execute();
      updated.catch(() => undefined); // awaited below, after the audit rows are built
      // PostgreSQL: the UPDATE goes out first; its audit rows (and their COPY text) are built while the server applies
      // it. SQLite has run it already.
      if (m.connection.options.type === 'postgres') await new Promise<void>((resolve) => setImmediate(resolve));
      const writeAudit = preparedAudit(m, scope, slice.map((c) => ({
        entityType: 'Invoice', entityId: c.invoice.id, clientId: c.invoice.clientId, action: 'PAYMENT_STATUS',
        changes: [{ field: 'status', from: c.invoice.status, to: c.to }, ...(c.noted ?? [])],
      })));
      // Someone changed one of them meanwhile: the whole transaction is refused rather than half applied.
      if ((await updated).affected !== slice.length) throw conflict(scope.locale, 'Invoice', slice[0]!.invoice.id);
      await writeAudit();
      applied.push(...slice);
    }
  }
  for (const c of applied) scope.loaders.invoice.clear(c.invoice.id);
  return { applied, refused };
}
