// runMassCredit (docs/product.md rule 4; docs/billing.md "Mass credits"): in ADVANCE mode, credit notes (series R)
// for the days of a period charged in advance at an old tariff that the next invoice charges at the new one.
// The domain decides which days and how much (calculateMassCredit); here the candidates are loaded, and each
// batch is read, computed, numbered and written in one transaction holding the run lock (run-lock.ts), so a
// re-run or a concurrent run sees every credit already made and never credits the same days twice. The new
// tariff for those days is then charged by the next ADVANCE invoice (catch-up from netChargedRanges).
import { appliedBonusOf, calculateMassCredit, periodEnd, periodStart, unscaleRate, type ChargedLine, type DateOnly, type Period } from '@antena/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inTransaction } from '../db/transaction.js';
import { BillingRunEntity, InvoiceEntity, InvoiceLineEntity } from '../entities/index.js';
import { appendAltas } from '../verifactu/record-writer.js';
import { loadVerifactuSettings } from '../verifactu/settings.js';
import { buildRows, insertInvoices, insertLines, type InvoiceToWrite } from './invoice-rows.js';
import { advanceCounter, lockCounter } from './numbering.js';
import { failRun, openRun, type Enqueue } from './run-record.js';
import { lockBillingRuns } from './run-lock.js';
import { loadTariffs, readTimelines, subscriptionsWithTariffChange, type TariffMap } from './timeline-facts.js';

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
  const advanceCharges: ChargedLine[] = charges.filter((c) => c.tariffId && c.fromDate && c.toDate).map((c) => ({
    // BONUS lines ride along so the discount on credited days is given back too.
    kind: c.kind, bonusId: c.bonusId, invoiceId: c.invoiceId, subscriptionId: c.subscriptionId, tariffId: c.tariffId, from: c.fromDate, to: c.toDate, amountCents: Number(c.amountCents),
    vatRate: unscaleRate(c.vatRate), daysInMonth: Number(c.daysInMonth), unitPriceCents: Number(c.unitPriceCents ?? 0),
    invoiceIssueDate: c.issueDate,
    // How the invoice applied each bonus, so the credit mirrors it exactly (docs/billing.md "Mass credits").
    ...(c.kind === 'BONUS' ? appliedBonusOf({ code: c.code, params: typeof c.params === 'string' ? JSON.parse(c.params) : c.params }) ?? {} : {}),
  }));
  if (advanceCharges.length === 0) return { count: 0, totalCents: 0 };
  const timelines = await readTimelines(m, { subscriptions: subIds }, { states: true, tariffs: ctx.tariffs });
  const subscriptions = subIds.map((id) => ({ id, states: timelines.states.get(id) ?? [], tariffs: timelines.tariffs.get(id) ?? [] }));
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

/** The request's part (preconditions checked by billing.service.ts, which explains refusals): the run row QUEUED and its job. */
export function queueMassCredit(ds: DataSource, input: { period: Period; issueDate: DateOnly; actor: Actor | null; now: Date; enqueue: Enqueue | null }): Promise<BillingRunEntity> {
  return openRun(ds, { kind: 'MASS_CREDIT', period: input.period, actor: input.actor, now: input.now, details: { issueDate: input.issueDate }, enqueue: input.enqueue });
}

/** In this process: queue, work, and fail the run on an error. */
export async function runMassCredit(ds: DataSource, input: { period: Period; issueDate: DateOnly; actor: Actor | null; now: () => Date }): Promise<BillingRunEntity> {
  const run = await queueMassCredit(ds, { ...input, now: input.now(), enqueue: null });
  try {
    return (await workOnMassCredit(ds, run.id, { now: input.now, staleMs: 0 })) ?? (await ds.getRepository(BillingRunEntity).findOneByOrFail({ id: run.id }));
  } catch (err) {
    await failRun(ds, run.id, 'BILLING_RUN_INTERRUPTED', input.now());
    throw err;
  }
}

/**
 * A worker's part: one worker at a time (a QUEUED run, or a RUNNING one whose worker went quiet for
 * `staleMs`); batch by batch, each batch's credit notes and the run's progress in one transaction. Taken
 * over after a crash, it starts again from the first batch: what was credited is seen and not credited again.
 */
export async function workOnMassCredit(ds: DataSource, runId: string, input: { now: () => Date; staleMs: number }): Promise<BillingRunEntity | null> {
  const at = input.now().toISOString();
  const claimed = await inTransaction(ds, (m) => m.createQueryBuilder().update(BillingRunEntity).set({ status: 'RUNNING', heartbeatAt: at })
    .where('id = :id AND (status = :queued OR (status = :running AND "heartbeatAt" < :stale))',
      { id: runId, queued: 'QUEUED', running: 'RUNNING', stale: new Date(input.now().getTime() - input.staleMs).toISOString() })
    .updateEntity(false).execute());
  if (!claimed.affected) return null;
  const run = await ds.getRepository(BillingRunEntity).findOneByOrFail({ id: runId });
  const period = run.period as Period;
  const issueDate = (run.details as { issueDate: DateOnly }).issueDate;
  const tariffs = await loadTariffs(ds.manager);
  // Only a tariff change inside the period (after its first day) can leave days charged at a wrong tariff.
  const candidates = await subscriptionsWithTariffChange(ds.manager, periodStart(period), periodEnd(period));
  await ds.getRepository(BillingRunEntity).update({ id: runId }, { itemsTotal: candidates.length });
  for (let i = 0; i < candidates.length; i += BATCH) {
    await inTransaction(ds, async (m) => {
      const now = input.now().toISOString();
      const r = await creditBatch(m, candidates.slice(i, i + BATCH), { period, issueDate, runId, createdAt: now, tariffs });
      await m.createQueryBuilder().update(BillingRunEntity).set({
        itemsDone: Math.min(i + BATCH, candidates.length), invoiceCount: () => `"invoiceCount" + ${r.count}`, totalCents: () => `"totalCents" + ${r.totalCents}`, heartbeatAt: now,
      }).where('id = :id', { id: runId }).updateEntity(false).execute();
    });
  }
  const finishedAt = input.now().toISOString();
  const details = { issueDate, candidates: candidates.length };
  await inTransaction(ds, (m) => m.update(BillingRunEntity, { id: runId }, { status: 'COMPLETED', finishedAt, heartbeatAt: finishedAt, itemsDone: candidates.length, details }));
  return ds.getRepository(BillingRunEntity).findOneByOrFail({ id: runId });
}
