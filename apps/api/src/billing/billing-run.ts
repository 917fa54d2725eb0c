// runBilling (SPEC §3, issue 4): every contract's regular invoice for a period, streamed in chunks of
// contracts. Each chunk is one transaction (number the invoices, insert them and their lines, move the
// counter), so a crash leaves only whole invoices and no gap; a re-run skips what exists and finishes.
import { billingIssueDate, calculateInvoice, type Period } from '@antena/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { inTransaction } from '../db/transaction.js';
import { InvoiceEntity, type BillingRunEntity } from '../entities/index.js';
import { loadBillingSettings } from '../services/billing-settings.service.js';
import { appendAltas } from '../verifactu/record-writer.js';
import { loadContractChunk, loadTariffs } from './contract-chunk.js';
import { buildRows, insertInvoices, insertLines, type InvoiceToWrite } from './invoice-rows.js';
import { advanceCounter, formatInvoiceNumber, lockCounter } from './numbering.js';
import { closeRun, openRun } from './run-record.js';

/**
 * Contracts per chunk (and transaction). Measured on 100 000 contracts: SQLite is fastest at 1 000 (less
 * garbage promoted per chunk than at 2 000 or 4 000); PostgreSQL at 2 000 (half the round trips).
 */
export const defaultChunkSize = (ds: DataSource) => (ds.options.type === 'postgres' ? 2000 : 1000);

export interface BillingRunOptions {
  chunkSize?: number;
  /** Test hook: the chunk holding the N-th contract fails inside its transaction, after its invoices and before their lines. */
  failAfterContracts?: number;
  /** Called after each committed chunk (progress; the crash test waits on it). */
  onChunk?: (progress: { contracts: number; invoices: number }) => void;
}

export class InjectedFailure extends Error {
  constructor(readonly afterContracts: number) { super(`injected failure after ${afterContracts} contracts`); }
}

interface ChunkWrite { count: number; totalCents: number; first: number | null; last: number | null }

async function writeChunk(
  m: EntityManager, items: InvoiceToWrite[], ctx: { period: Period; year: number; runId: string; createdAt: string; fail: number | null },
): Promise<ChunkWrite> {
  const next = await lockCounter(m, 'F', ctx.year);
  // With the counter held, what another run committed meanwhile is visible: never invoice it twice.
  const ids = items.map((i) => i.contractId);
  const taken = new Set((await m.createQueryBuilder(InvoiceEntity, 'i').select('i.contractId', 'contractId')
    .where('i.contractId BETWEEN :lo AND :hi AND i.period = :period AND i.kind = :kind', { lo: ids[0], hi: ids[ids.length - 1], period: ctx.period, kind: 'INVOICE' })
    .getRawMany<{ contractId: string }>()).map((r) => r.contractId));
  const fresh = taken.size > 0 ? items.filter((i) => !taken.has(i.contractId)) : items;
  if (fresh.length === 0) return { count: 0, totalCents: 0, first: null, last: null };
  const { invoices, lines } = buildRows(fresh, 'F', ctx.year, next, ctx.runId, ctx.createdAt);
  await insertInvoices(m, invoices);
  if (ctx.fail !== null) throw new InjectedFailure(ctx.fail);
  await insertLines(m, lines);
  await advanceCounter(m, 'F', ctx.year, next + fresh.length);
  await appendAltas(m, invoices);
  return { count: fresh.length, totalCents: invoices.reduce((s, i) => s + i.totalCents, 0), first: next, last: next + fresh.length - 1 };
}

export async function runBilling(ds: DataSource, input: { period: Period; actor: Actor | null; now: () => Date; options?: BillingRunOptions }): Promise<BillingRunEntity> {
  const { period, options = {} } = input;
  const chunkSize = options.chunkSize ?? defaultChunkSize(ds);
  const postgres = ds.options.type === 'postgres';
  const settings = await loadBillingSettings(ds.manager);
  const issueDate = billingIssueDate(settings.mode, period);
  const year = Number(issueDate.slice(0, 4));
  const tariffs = await loadTariffs(ds.manager);
  const run = await openRun(ds, 'BILLING', period, input.actor, input.now());

  let contracts = 0;
  let invoices = 0;
  let totalCents = 0;
  let alreadyInvoiced = 0;
  let first: number | null = null;
  let last: number | null = null;
  const skipped: Record<string, number> = {};
  const details = () => ({
    mode: settings.mode, issueDate, contracts, alreadyInvoiced, skipped,
    firstNumber: first === null ? null : formatInvoiceNumber('F', year, first), lastNumber: last === null ? null : formatInvoiceNumber('F', year, last),
  });
  // Load and calculate a chunk. On PostgreSQL the next chunk is prepared while the current one is written
  // (the database works while Node computes); SQLite runs in-process, so there is nothing to overlap.
  const prepare = async (after: string | null) => {
    const chunk = await loadContractChunk(ds.manager, { after, limit: chunkSize, period, tariffs });
    const items: InvoiceToWrite[] = [];
    const skips: string[] = [];
    let existing = 0;
    for (const c of chunk) {
      if (c.existing) { existing++; continue; }
      const calc = calculateInvoice({ mode: settings.mode, period, contractId: c.contractId, subscriptions: c.subscriptions });
      if (calc.invoice) items.push({ kind: 'INVOICE', contractId: c.contractId, clientId: c.clientId, period, draft: calc.invoice, account: c.account, rectifiesId: null });
      else skips.push(calc.skipped.code);
    }
    return { size: chunk.length, last: chunk[chunk.length - 1]?.contractId ?? null, items, skips, existing };
  };
  try {
    // A prefetched chunk may fail while the current one is written: its error surfaces when awaited.
    const start = (after: string | null) => { const p = prepare(after); p.catch(() => undefined); return p; };
    let pending = start(null);
    for (;;) {
      const ready = await pending;
      if (ready.size === 0) break;
      if (postgres) pending = start(ready.last);
      alreadyInvoiced += ready.existing;
      for (const code of ready.skips) skipped[code] = (skipped[code] ?? 0) + 1;
      const fail = options.failAfterContracts !== undefined && contracts < options.failAfterContracts && contracts + ready.size >= options.failAfterContracts
        ? options.failAfterContracts : null;
      if (ready.items.length > 0) {
        const items = ready.items;
        const w = await inTransaction(ds, (m) => writeChunk(m, items, { period, year, runId: run.id, createdAt: input.now().toISOString(), fail }));
        invoices += w.count;
        totalCents += w.totalCents;
        // Invoices another run made between our read and our write count as already invoiced.
        alreadyInvoiced += items.length - w.count;
        if (w.first !== null) { first ??= w.first; last = w.last; }
      } else if (fail !== null) throw new InjectedFailure(fail);
      contracts += ready.size;
      options.onChunk?.({ contracts, invoices });
      if (!postgres) pending = start(ready.last);
    }
  } catch (err) {
    await closeRun(ds, run, { status: 'FAILED', invoiceCount: invoices, skippedCount: sum(skipped), totalCents, details: { ...details(), error: 'BILLING_RUN_INTERRUPTED' } }, input.now());
    throw err;
  }
  return closeRun(ds, run, { status: 'COMPLETED', invoiceCount: invoices, skippedCount: sum(skipped) + alreadyInvoiced, totalCents, details: details() }, input.now());
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
