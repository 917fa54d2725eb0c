// Loads one chunk of contracts (keyset on contract id) with everything the domain's invoice
// calculation needs: the contracts and their clients, the subscriptions, their timelines, bonuses and additional
// amounts (timeline-facts.ts, the one reader of those), the days already charged (netChargedRanges over the
// contract's earlier lines) and the period's invoice if one exists. A fixed handful of range queries per chunk,
// raw rows (no entity hydration): runs stream 100k contracts this way without holding more than one chunk in memory.
import {
  billingAccountOf, clientBillingSkip, netChargedRanges, type BillingAccount, type InvoiceLineKind, type Period, type SubscriptionBillingInput,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { rawQuery as run, readTimelines, subscriptionBillingInput, type TariffMap } from './timeline-facts.js';

export interface ContractToBill {
  contractId: string;
  contractNumber: string;
  clientId: string;
  account: BillingAccount;
  subscriptions: SubscriptionBillingInput[];
  /** The period's regular invoice, when a run already made it. */
  existing: { id: string; number: string } | null;
  /** The client as the invoice's VeriFactu record names it (read with the contract, not again when the alta is written). */
  recipient: { name: string; taxId: string };
  /** Why the contract is left out because of its client (archived), or null. */
  clientSkip: { code: string; params: Record<string, string | number> } | null;
}

/** Rows by key, in their order (a chunk's subscriptions by contract; the benchmark's floor groups them the same way). */
export function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

// Hand-written SQL, identical on both databases but for placeholders (timeline-facts.ts rawQuery): built once, and
// on SQLite served from the driver's statement cache. (The query builder cost more to compile than some queries to run.)
const SQL = {
  contracts: (only: boolean, after: boolean, upTo = false) => `SELECT c.id, c.number, c."clientId", c."signedAt", c.iban, cl.iban AS "clientIban", cl.code AS "clientCode", cl."archivedAt",
    cl.name AS "clientName", cl."taxId" AS "clientTaxId" FROM contracts c JOIN clients cl ON cl.id = c."clientId" WHERE ${after ? 'c.id > ?' : '1 = 1'}${upTo ? ' AND c.id <= ?' : ''}${only ? ' AND c.id = ?' : ''} ORDER BY c.id LIMIT ?`,
  subscriptions: `SELECT s.id, s."contractId", s."billingStartDate" FROM subscriptions s WHERE s."contractId" BETWEEN ? AND ? ORDER BY s.id`,
  // Zero-total invoices are not issued, but their days are charged (docs/billing.md "Zero totals").
  history: `SELECT l.kind, l."subscriptionId", l."fromDate", l."toDate", l."additionalAmountId" FROM invoices i JOIN invoice_lines l ON l."invoiceId" = i.id
    WHERE i."contractId" BETWEEN ? AND ?
    UNION ALL SELECT z.kind, z."subscriptionId", z."fromDate", z."toDate", z."additionalAmountId" FROM zero_total_charges z WHERE z."contractId" BETWEEN ? AND ?`,
  existing: `SELECT i.id, i."contractId", i.number FROM invoices i WHERE i."contractId" BETWEEN ? AND ? AND i.period = ? AND i.kind = 'INVOICE'`,
};

/** Contracts with id > `after` (and <= `upTo`, a shard's end), in id order, at most `limit`; optionally only `onlyContractId`. */
export async function loadContractChunk(
  m: EntityManager, opts: { after: string | null; upTo?: string | null; limit: number; period: Period; tariffs: TariffMap; onlyContractId?: string | null },
): Promise<ContractToBill[]> {
  const params: unknown[] = [];
  if (opts.after) params.push(opts.after);
  if (opts.upTo) params.push(opts.upTo);
  if (opts.onlyContractId) params.push(opts.onlyContractId);
  params.push(opts.limit);
  const contracts = await run<{
    id: string; number: string; clientId: string; signedAt: string | null; iban: string | null; clientIban: string | null; clientCode: string; archivedAt: string | null; clientName: string; clientTaxId: string;
  }>(
    m, SQL.contracts(!!opts.onlyContractId, !!opts.after, !!opts.upTo), params);
  if (contracts.length === 0) return [];
  const range = [contracts[0]!.id, contracts[contracts.length - 1]!.id];

  // Everything below hangs from the contracts in [lo, hi]: one indexed range scan per table.
  type Sub = { id: string; contractId: string; billingStartDate: string | null };
  type Line = { kind: InvoiceLineKind; subscriptionId: string | null; fromDate: string | null; toDate: string | null; additionalAmountId: string | null };
  // One statement at a time: a connection runs one anyway (pg queues a second and is to refuse it in its next major).
  const history = await run<Line>(m, SQL.history, [...range, ...range]);
  const existing = await run<{ id: string; contractId: string; number: string }>(m, SQL.existing, [...range, opts.period]);
  const subs = await run<Sub>(m, SQL.subscriptions, range);
  const timelines = await readTimelines(m, { contracts: [range[0]!, range[1]!] }, { states: true, tariffs: opts.tariffs, bonuses: true, additionalAmounts: true });

  const subsByContract = group(subs, (s) => s.contractId);
  const charged = netChargedRanges(history.map((l) => ({ kind: l.kind, subscriptionId: l.subscriptionId, from: l.fromDate, to: l.toDate })));
  const billedExtras = new Set(history.filter((l) => l.additionalAmountId).map((l) => l.additionalAmountId!));
  const existingByContract = new Map(existing.map((i) => [i.contractId, i]));

  return contracts.map((c) => ({
    contractId: c.id,
    contractNumber: c.number,
    clientId: c.clientId,
    account: billingAccountOf({ contractNumber: c.number, signature: c.signedAt && c.iban ? { iban: c.iban } : null, clientIban: c.clientIban }),
    existing: existingByContract.get(c.id) ?? null,
    recipient: { name: c.clientName, taxId: c.clientTaxId },
    clientSkip: clientBillingSkip({ code: c.clientCode, archivedAt: c.archivedAt }),
    subscriptions: (subsByContract.get(c.id) ?? []).map((s): SubscriptionBillingInput => subscriptionBillingInput(s, timelines, charged.get(s.id) ?? [], billedExtras)),
  }));
}
