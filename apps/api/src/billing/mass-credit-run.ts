// runMassCredit (SPEC rule 4; docs/billing.md "Mass credits"): in ADVANCE mode, credit notes (series R)
// for the days of a period charged in advance at an old tariff that the next invoice charges at the new one.
// The domain decides which days and how much (calculateMassCredit); here the candidates are loaded, and each
// batch is read, computed, numbered and written in one transaction holding the run lock (run-lock.ts), so a
// re-run or a concurrent run sees every credit already made and never credits the same days twice. The new
// tariff for those days is then charged by the next ADVANCE invoice (catch-up from netChargedRanges).
import { appliedBonusOf, calculateMassCredit, periodEnd, periodStart, unscaleRate, type ChargedLine, type DateOnly, type Period, type StateChange, type TariffChange } from '@antena/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inTransaction } from '../db/transaction.js';
import {
  InvoiceEntity, InvoiceLineEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, type BillingRunEntity,
} from '../entities/index.js';
import { appendAltas } from '../verifactu/record-writer.js';
import { loadVerifactuSettings } from '../verifactu/settings.js';
import { loadTariffs, type TariffMap } from './contract-chunk.js';
import { buildRows, insertInvoices, insertLines, type InvoiceToWrite } from './invoice-rows.js';
import { advanceCounter, lockCounter } from './numbering.js';
import { closeRun, openRun } from './run-record.js';
import { lockBillingRuns } from './run-lock.js';

const BATCH = 1000;

interface BatchResult { count: number; totalCents: number }

async function creditBatch(m: EntityManager, subIds: string[], ctx: { period: Period; issueDate: DateOnly; runId: string; createdAt: string; tariffs: TariffMap }): Promise<BatchResult> {
  const year = Number(ctx.issueDate.slice(0, 4));
  await lockBillingRuns(m);
  const next = await lockCounter(m, 'R', year);
  // One connection holds the transaction: its queries run one after another.
  const charges = await m.createQueryBuilder(InvoiceLineEntity, 'l').innerJoin(InvoiceEntity, 'i', 'i.id = l.invoiceId')
      .select(['l.invoiceId AS "invoiceId"', 'l.kind AS "kind"', 'l.bonusId AS "bonusId"', 'l.subscriptionId AS "subscriptionId"', 'l.tariffId AS "tariffId"', 'l.fromDate AS "fromDate"', 'l.toDate AS "toDate"',
        'l.amountCents AS "amountCents"', 'l.vatRate AS "vatRate"', 'l.daysInMonth AS "daysInMonth"', 'l.unitPriceCents AS "unitPriceCents"',
        'l.code AS "code"', 'l.params AS "params"', 'i.issueDate AS "issueDate"'])
      .where('i.kind = :kind AND i.period = :period AND l.kind IN (:...charged) AND l.subscriptionId IN (:...subIds)', { kind: 'INVOICE', period: ctx.period, charged: ['CHARGE', 'BONUS'], subIds })
      .orderBy('l.invoiceId').addOrderBy('l.position').getRawMany();
  const credited = await m.createQueryBuilder(InvoiceLineEntity, 'l').select(['l.subscriptionId AS "subscriptionId"', 'l.fromDate AS "fromDate"', 'l.toDate AS "toDate"'])
      .where('l.kind = :credit AND l.subscriptionId IN (:...subIds)', { credit: 'CREDIT', subIds }).getRawMany<{ subscriptionId: string; fromDate: string; toDate: string }>();
  const states = await m.getRepository(SubscriptionStateChangeEntity).createQueryBuilder('x').where('x.subscriptionId IN (:...subIds)', { subIds }).orderBy('x.effectiveDate').addOrderBy('x.seq').getMany();
  const tariffRows = await m.getRepository(SubscriptionTariffChangeEntity).createQueryBuilder('x').where('x.subscriptionId IN (:...subIds)', { subIds }).orderBy('x.effectiveDate').addOrderBy('x.seq').getMany();
  const advanceCharges: ChargedLine[] = charges.filter((c) => c.tariffId && c.fromDate && c.toDate).map((c) => ({
    // BONUS lines ride along so the discount on credited days is given back too.
    kind: c.kind, bonusId: c.bonusId, invoiceId: c.invoiceId, subscriptionId: c.subscriptionId, tariffId: c.tariffId, from: c.fromDate, to: c.toDate, amountCents: Number(c.amountCents),
    vatRate: unscaleRate(c.vatRate), daysInMonth: Number(c.daysInMonth), unitPriceCents: Number(c.unitPriceCents ?? 0),
    invoiceIssueDate: c.issueDate,
    // How the invoice applied each bonus, so the credit mirrors it exactly (docs/billing.md "Mass credits").
    ...(c.kind === 'BONUS' ? appliedBonusOf({ code: c.code, params: typeof c.params === 'string' ? JSON.parse(c.params) : c.params }) ?? {} : {}),
  }));
  if (advanceCharges.length === 0) return { count: 0, totalCents: 0 };
  const subscriptions = subIds.map((id) => ({
    id,
    states: states.filter((s) => s.subscriptionId === id).map((s): StateChange => ({ state: s.state, effectiveDate: s.effectiveDate })),
    tariffs: tariffRows.filter((t) => t.subscriptionId === id).flatMap((t): TariffChange[] => {
      const tariff = ctx.tariffs.get(t.tariffId);
      return tariff ? [{ tariffId: t.tariffId, tariffCode: tariff.code, priceCents: tariff.priceCents, vatRate: tariff.vatRate, effectiveDate: t.effectiveDate }] : [];
    }),
  }));
  const { notes, refusal } = calculateMassCredit({
    period: ctx.period, subscriptions, advanceCharges, issueDate: ctx.issueDate,
    alreadyCredited: credited.map((c) => ({ subscriptionId: c.subscriptionId, from: c.fromDate, to: c.toDate })),
  });
  // The input is Antena's own stored invoices and timelines: a refusal means corrupt rows, not a user mistake.
  if (refusal) throw new Error(`mass credit input refused: ${refusal.code} at ${refusal.field ?? ''}`);
  if (notes.length === 0) return { count: 0, totalCents: 0 };
  const originals = new Map((await m.getRepository(InvoiceEntity).createQueryBuilder('i')
    .where('i.id IN (:...ids)', { ids: notes.map((n) => n.rectifiesInvoiceId) }).getMany()).map((i) => [i.id, i]));
  // The rectification type in force when they are numbered, kept on each note (and written in its alta).
  const { creditNoteType } = await loadVerifactuSettings(m);
  const items: InvoiceToWrite[] = notes.map((n) => {
    const o = originals.get(n.rectifiesInvoiceId)!;
    return {
      kind: 'CREDIT_NOTE', contractId: o.contractId, clientId: o.clientId, period: o.period, rectifiesId: o.id, rectificationType: creditNoteType,
      draft: { issueDate: ctx.issueDate, lines: n.lines, totals: n.totals },
      // A refund goes back to the account that was charged.
      account: { iban: o.billingIban, source: o.billingSource, code: o.billingCode as InvoiceToWrite['account']['code'], params: o.billingParams },
    };
  });
  const { invoices, lines } = buildRows(items, 'R', year, next, ctx.runId, ctx.createdAt);
  await insertInvoices(m, invoices);
  await insertLines(m, lines);
  await advanceCounter(m, 'R', year, next + items.length);
  await appendAltas(m, invoices);
  return { count: items.length, totalCents: invoices.reduce((s, i) => s + i.totalCents, 0) };
}

/** Preconditions are checked by the caller (billing.service.ts), which explains refusals. */
export async function runMassCredit(ds: DataSource, input: { period: Period; issueDate: DateOnly; actor: Actor | null; now: () => Date }): Promise<BillingRunEntity> {
  const { period } = input;
  const run = await openRun(ds, 'MASS_CREDIT', period, input.actor, input.now());
  const tariffs = await loadTariffs(ds.manager);
  // Only a tariff change inside the period (after its first day) can leave days charged at a wrong tariff.
  const candidates = (await ds.manager.createQueryBuilder(SubscriptionTariffChangeEntity, 't').select('t.subscriptionId', 'id')
    .where('t.effectiveDate > :from AND t.effectiveDate <= :to', { from: periodStart(period), to: periodEnd(period) })
    .groupBy('t.subscriptionId').orderBy('t.subscriptionId').getRawMany<{ id: string }>()).map((r) => r.id);
  let count = 0;
  let totalCents = 0;
  try {
    for (let i = 0; i < candidates.length; i += BATCH) {
      const r = await inTransaction(ds, (m) => creditBatch(m, candidates.slice(i, i + BATCH), { period, issueDate: input.issueDate, runId: run.id, createdAt: input.now().toISOString(), tariffs }));
      count += r.count;
      totalCents += r.totalCents;
    }
  } catch (err) {
    await closeRun(ds, run, { status: 'FAILED', invoiceCount: count, skippedCount: 0, totalCents, details: { issueDate: input.issueDate, candidates: candidates.length, error: 'BILLING_RUN_INTERRUPTED' } }, input.now());
    throw err;
  }
  return closeRun(ds, run, { status: 'COMPLETED', invoiceCount: count, skippedCount: 0, totalCents, details: { issueDate: input.issueDate, candidates: candidates.length } }, input.now());
}
