// Loads one chunk of contracts (keyset on contract id) with everything the domain's invoice
// calculation needs: subscription timelines, bonuses, additional amounts, the days already charged
// (netChargedRanges over the contract's earlier lines) and the period's invoice if one exists.
// A fixed handful of range queries per chunk, raw rows (no entity hydration): runs stream 100k
// contracts this way without holding more than one chunk in memory.
import {
  billingAccountOf, clientBillingSkip, netChargedRanges, unscaleRate, type AdditionalAmountInput, type BillingAccount, type BonusInput, type InvoiceLineKind,
  type Period, type StateChange, type SubscriptionBillingInput, type SubscriptionState, type TariffChange,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { TariffEntity } from '../entities/index.js';

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

/** Rates and percents are stored scaled (db/columns.ts ScaledColumn); raw rows need the same conversion. */
const unscale = (v: number | string | null): number | null => (v == null ? null : unscaleRate(v));

export type TariffMap = Map<string, { code: string; priceCents: number; vatRate: number }>;

export async function loadTariffs(m: EntityManager): Promise<TariffMap> {
  const rows = await m.getRepository(TariffEntity).find();
  return new Map(rows.map((t) => [t.id, { code: t.code, priceCents: t.priceCents, vatRate: t.vatRate }]));
}

/** Rows by key, in their order (the facts readers' grouping; the benchmark's floor uses it too). */
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

// Hand-written SQL, identical on both databases but for placeholders: built once, and on SQLite served
// from the driver's statement cache. (The query builder cost more to compile than some queries to run.)
const SQL = {
  contracts: (only: boolean, after: boolean, upTo = false) => `SELECT c.id, c.number, c."clientId", c."signedAt", c.iban, cl.iban AS "clientIban", cl.code AS "clientCode", cl."archivedAt",
    cl.name AS "clientName", cl."taxId" AS "clientTaxId" FROM contracts c JOIN clients cl ON cl.id = c."clientId" WHERE ${after ? 'c.id > ?' : '1 = 1'}${upTo ? ' AND c.id <= ?' : ''}${only ? ' AND c.id = ?' : ''} ORDER BY c.id LIMIT ?`,
  subscriptions: `SELECT s.id, s."contractId", s."billingStartDate" FROM subscriptions s WHERE s."contractId" BETWEEN ? AND ? ORDER BY s.id`,
  states: `SELECT x."subscriptionId", x.state, x."effectiveDate" FROM subscriptions s JOIN subscription_state_changes x ON x."subscriptionId" = s.id
    WHERE s."contractId" BETWEEN ? AND ? ORDER BY x."effectiveDate", x.seq`,
  tariffs: `SELECT x."subscriptionId", x."tariffId", x."effectiveDate" FROM subscriptions s JOIN subscription_tariff_changes x ON x."subscriptionId" = s.id
    WHERE s."contractId" BETWEEN ? AND ? ORDER BY x."effectiveDate", x.seq`,
  bonuses: `SELECT b.id, b."subscriptionId", b.kind, b.percent, b."amountCents", b."validFrom", b."validTo" FROM subscriptions s JOIN bonuses b ON b."subscriptionId" = s.id
    WHERE s."contractId" BETWEEN ? AND ? ORDER BY b.id`,
  extras: `SELECT a.id, a."subscriptionId", a.description, a."amountCents", a."vatRate", a.kind, a.date, a."validFrom", a."validTo"
    FROM subscriptions s JOIN additional_amounts a ON a."subscriptionId" = s.id WHERE s."contractId" BETWEEN ? AND ? ORDER BY a.id`,
  // Zero-total invoices are not issued, but their days are charged (docs/billing.md "Zero totals").
  history: `SELECT l.kind, l."subscriptionId", l."fromDate", l."toDate", l."additionalAmountId" FROM invoices i JOIN invoice_lines l ON l."invoiceId" = i.id
    WHERE i."contractId" BETWEEN ? AND ?
    UNION ALL SELECT z.kind, z."subscriptionId", z."fromDate", z."toDate", z."additionalAmountId" FROM zero_total_charges z WHERE z."contractId" BETWEEN ? AND ?`,
  existing: `SELECT i.id, i."contractId", i.number FROM invoices i WHERE i."contractId" BETWEEN ? AND ? AND i.period = ? AND i.kind = 'INVOICE'`,
};

/**
 * PostgreSQL's planner, for a join on a range of contracts — or even for an explicit list of 3 000
 * subscription ids — hash-joins the whole timeline table (a parallel seq scan per chunk: 24 s for 100 000
 * contracts). An ARRAY(subquery) it cannot size up front makes it probe the (subscriptionId) indexes: ~6×
 * faster per chunk.
 */
const SUBS_OF_RANGE = 'ANY(ARRAY(SELECT s.id FROM subscriptions s WHERE s."contractId" BETWEEN ? AND ?))';
const PG_BY_SUBSCRIPTION = {
  states: `SELECT x."subscriptionId", x.state, x."effectiveDate" FROM subscription_state_changes x WHERE x."subscriptionId" = ${SUBS_OF_RANGE} ORDER BY x."effectiveDate", x.seq`,
  tariffs: `SELECT x."subscriptionId", x."tariffId", x."effectiveDate" FROM subscription_tariff_changes x WHERE x."subscriptionId" = ${SUBS_OF_RANGE} ORDER BY x."effectiveDate", x.seq`,
  bonuses: `SELECT b.id, b."subscriptionId", b.kind, b.percent, b."amountCents", b."validFrom", b."validTo" FROM bonuses b WHERE b."subscriptionId" = ${SUBS_OF_RANGE} ORDER BY b.id`,
  extras: `SELECT a.id, a."subscriptionId", a.description, a."amountCents", a."vatRate", a.kind, a.date, a."validFrom", a."validTo"
    FROM additional_amounts a WHERE a."subscriptionId" = ${SUBS_OF_RANGE} ORDER BY a.id`,
};

const dialects = new Map<string, string>();
/** `?` placeholders → `$1, $2…` on PostgreSQL. */
function dialect(m: EntityManager, sql: string): string {
  if (m.connection.options.type !== 'postgres') return sql;
  let out = dialects.get(sql);
  if (!out) {
    let n = 0;
    dialects.set(sql, (out = sql.replace(/\?/g, () => `$${++n}`)));
  }
  return out;
}
const run = <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> => m.query(dialect(m, sql), params);

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
  type State = { subscriptionId: string; state: SubscriptionState; effectiveDate: string };
  type Tariff = { subscriptionId: string; tariffId: string; effectiveDate: string };
  type Line = { kind: InvoiceLineKind; subscriptionId: string | null; fromDate: string | null; toDate: string | null; additionalAmountId: string | null };
  const byContracts = Promise.all([
    run<Line>(m, SQL.history, [...range, ...range]),
    run<{ id: string; contractId: string; number: string }>(m, SQL.existing, [...range, opts.period]),
  ]);
  const timelines = m.connection.options.type === 'postgres' ? PG_BY_SUBSCRIPTION : SQL;
  const [subs, states, tariffChanges, bonuses, extras] = await Promise.all([
    run<Sub>(m, SQL.subscriptions, range), run<State>(m, timelines.states, range), run<Tariff>(m, timelines.tariffs, range),
    run<{ subscriptionId: string }>(m, timelines.bonuses, range), run<{ subscriptionId: string }>(m, timelines.extras, range),
  ]);
  const [history, existing] = await byContracts;

  const subsByContract = group(subs, (s) => s.contractId);
  const statesBySub = group(states, (s) => s.subscriptionId);
  const tariffsBySub = group(tariffChanges, (s) => s.subscriptionId);
  const bonusesBySub = group(bonuses, (b: { subscriptionId: string }) => b.subscriptionId);
  const extrasBySub = group(extras, (a: { subscriptionId: string }) => a.subscriptionId);
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
    subscriptions: (subsByContract.get(c.id) ?? []).map((s): SubscriptionBillingInput => ({
      id: s.id,
      billingStartDate: s.billingStartDate,
      states: (statesBySub.get(s.id) ?? []).map((x): StateChange => ({ state: x.state, effectiveDate: x.effectiveDate })),
      tariffs: (tariffsBySub.get(s.id) ?? []).flatMap((x): TariffChange[] => {
        const t = opts.tariffs.get(x.tariffId);
        return t ? [{ tariffId: x.tariffId, tariffCode: t.code, priceCents: t.priceCents, vatRate: t.vatRate, effectiveDate: x.effectiveDate }] : [];
      }),
      bonuses: (bonusesBySub.get(s.id) ?? []).map((b: any): BonusInput => ({
        id: b.id, kind: b.kind, value: b.kind === 'PERCENT' ? unscale(b.percent)! : Number(b.amountCents), validFrom: b.validFrom, validTo: b.validTo,
      })),
      additionalAmounts: (extrasBySub.get(s.id) ?? []).map((a: any): AdditionalAmountInput => ({
        id: a.id, description: a.description, amountCents: Number(a.amountCents), vatRate: unscale(a.vatRate)!, kind: a.kind,
        date: a.date, validFrom: a.validFrom, validTo: a.validTo, alreadyBilled: billedExtras.has(a.id),
      })),
      charged: charged.get(s.id) ?? [],
    })),
  }));
}
