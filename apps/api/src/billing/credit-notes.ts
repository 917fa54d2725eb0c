// Manual credit notes (docs/billing.md "Manual credit notes"): the facts the domain's creditableOf /
// planCreditNote need, read in one transaction or through the request's DataLoaders, and createCreditNote,
// which numbers the note in series R and appends its VeriFactu alta in the transaction that checks it.
import {
  checkCreditNoteAvailable, creditableOf, creditedLineOf, planCreditNote, type Creditable, type CreditableFacts, type CreditNoteRequest,
  type BillingAccount, type InvoiceType, type CreditNoteRefusal,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction.js';
import { InvoiceEntity, InvoiceLineEntity } from '../entities/index.js';
import { conflict, refused } from '../errors/errors.js';
import type { Loaders } from '../loaders/loaders.js';
import { visibleInvoice } from '../services/access.js';
import { audit } from '../services/audit.service.js';
import type { Scope } from '../services/scope.js';
import { lockChainHead } from '../verifactu/chain-head.js';
import { appendAltas } from '../verifactu/record-writer.js';
import { loadVerifactuSettings } from '../verifactu/settings.js';
import { buildRows, insertInvoices, insertLines } from './invoice-rows.js';
import { advanceCounter, lockCounter } from './numbering.js';
import { lockBillingRuns } from './run-lock.js';

export interface CreateCreditNoteInput extends CreditNoteRequest {
  invoiceId: string;
  expectedVersion?: number | null;
}

function factsOf(invoice: InvoiceEntity, lines: readonly InvoiceLineEntity[], notes: readonly { note: InvoiceEntity; lines: readonly InvoiceLineEntity[] }[]): CreditableFacts {
  return {
    kind: invoice.kind, number: invoice.number, issueDate: invoice.issueDate, voided: invoice.voidedAt != null, vat: invoice.vatBreakdown,
    lines: lines.map((l) => ({ id: l.id, position: l.position, kind: l.kind, amountCents: l.amountCents, vatRate: l.vatRate })),
    creditNotes: notes.map((n) => ({ vat: n.note.vatBreakdown, lines: n.lines.map((l) => ({ creditsLineId: creditedLineOf(l), amountCents: l.amountCents })) })),
  };
}

/** The facts of one invoice through the request's DataLoaders (a page of invoices costs a fixed number of queries). */
export async function loadCreditableFacts(loaders: Loaders, invoice: InvoiceEntity): Promise<CreditableFacts> {
  // A credit note has nothing creditable: no need to read anything.
  if (invoice.kind !== 'INVOICE') return factsOf(invoice, [], []);
  const [lines, notes] = await Promise.all([loaders.invoiceLines.load(invoice.id), loaders.creditNotesByInvoice.load(invoice.id)]);
  const noteLines = await loaders.invoiceLines.loadMany(notes.map((n) => n.id));
  return factsOf(invoice, lines, notes.map((note, i) => {
    const l = noteLines[i];
    if (l instanceof Error) throw l;
    return { note, lines: l ?? [] };
  }));
}

/** The same facts read inside a write transaction, after the locks. */
async function readFacts(m: EntityManager, invoice: InvoiceEntity): Promise<CreditableFacts> {
  const lines = await m.find(InvoiceLineEntity, { where: { invoiceId: invoice.id }, order: { position: 'ASC' } });
  const notes = await m.find(InvoiceEntity, { where: { rectifiesId: invoice.id }, order: { sequence: 'ASC' } });
  const noteLines = notes.length === 0 ? [] : await m.createQueryBuilder(InvoiceLineEntity, 'l').where('l.invoiceId IN (:...ids)', { ids: notes.map((n) => n.id) }).getMany();
  return factsOf(invoice, lines, notes.map((note) => ({ note, lines: noteLines.filter((l) => l.invoiceId === note.id) })));
}

export interface CreditableView extends Creditable { defaultRectificationType: InvoiceType; refusal: CreditNoteRefusal | null }

/** Invoice.creditable and the CREATE_CREDIT_NOTE action: what is left, and why nothing can be credited when so. */
export async function creditableView(loaders: Loaders, invoice: InvoiceEntity): Promise<CreditableView> {
  const facts = await loadCreditableFacts(loaders, invoice);
  const c = creditableOf(facts);
  const settings = await loaders.verifactuSettings.load(1);
  return { ...c, defaultRectificationType: settings.creditNoteType, refusal: checkCreditNoteAvailable(facts, c) };
}

/**
 * Issues a credit note for an invoice. One transaction: the billing-run lock (so a mass credit and a manual one
 * never interleave), the chain head (the order voidInvoice takes it in), then the invoice row — its `version`
 * moves, which is the row lock on PostgreSQL and the optimistic check of `expectedVersion` — then the facts are
 * read, the domain decides, and the note is numbered, written and its alta appended. A refusal rolls it all back.
 */
export async function createCreditNote(scope: Scope, input: CreateCreditNoteInput): Promise<InvoiceEntity> {
  const invoice = await visibleInvoice(scope, input.invoiceId);
  const created = await inTransaction(scope.ds, async (m) => {
    await lockBillingRuns(m);
    await lockChainHead(m);
    const qb = m.createQueryBuilder().update(InvoiceEntity).set({ version: () => 'version + 1' }).where('id = :id', { id: invoice.id });
    if (input.expectedVersion != null) qb.andWhere('version = :v', { v: input.expectedVersion });
    const moved = await qb.updateEntity(false).execute();
    const fresh = await m.findOneByOrFail(InvoiceEntity, { id: invoice.id });
    if (moved.affected !== 1) throw conflict(scope.locale, 'Invoice', invoice.id, fresh.version);
    const settings = await loadVerifactuSettings(m);
    const plan = planCreditNote(await readFacts(m, fresh), input, { today: scope.today, defaultType: settings.creditNoteType });
    if (!plan.ok) throw refused(scope.locale, 'input', { ...plan.refusal, entityId: invoice.id, field: `input.${plan.refusal.field ?? 'invoiceId'}` });
    const { issueDate, lines, totals, reason, rectificationType } = plan.plan;
    const year = Number(issueDate.slice(0, 4));
    const next = await lockCounter(m, 'R', year);
    const { invoices, lines: lineRows } = buildRows([{
      kind: 'CREDIT_NOTE', contractId: fresh.contractId, clientId: fresh.clientId, period: fresh.period, rectifiesId: fresh.id,
      creditReason: reason, rectificationType,
      draft: { issueDate, lines, totals },
      // A refund goes back to the account that was charged.
      account: { iban: fresh.billingIban, source: fresh.billingSource, code: fresh.billingCode as BillingAccount['code'], params: fresh.billingParams },
    }], 'R', year, next, null, scope.now.toISOString());
    await insertInvoices(m, invoices);
    await insertLines(m, lineRows);
    await advanceCounter(m, 'R', year, next + 1);
    await appendAltas(m, invoices);
    const note = invoices[0]!;
    await audit(m, scope, [
      {
        entityType: 'Invoice', entityId: note.id, clientId: note.clientId, action: 'CREATE_CREDIT_NOTE',
        changes: [
          { field: 'number', from: null, to: note.number }, { field: 'rectifies', from: null, to: fresh.number },
          { field: 'rectificationType', from: null, to: rectificationType }, { field: 'creditReason', from: null, to: reason },
          { field: 'totalCents', from: null, to: note.totalCents },
        ],
      },
      { entityType: 'Invoice', entityId: fresh.id, clientId: fresh.clientId, action: 'RECTIFY', changes: [{ field: 'version', from: fresh.version - 1, to: fresh.version }] },
    ]);
    return { note, original: fresh };
  });
  scope.loaders.invoice.clear(created.original.id).prime(created.original.id, created.original);
  scope.loaders.creditNotesByInvoice.clear(created.original.id);
  scope.loaders.invoiceLines.clear(created.original.id);
  scope.loaders.invoice.prime(created.note.id, created.note);
  return created.note;
}
