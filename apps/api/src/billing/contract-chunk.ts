// Loads one chunk of contracts (keyset on contract id) with everything the domain's invoice
// calculation needs: subscription timelines, bonuses, additional amounts, the days already charged
// (netChargedRanges over the contract's earlier lines) and the period's invoice if one exists.
// A fixed handful of range queries per chunk, raw rows (no entity hydration): runs stream 100k
// contracts this way without holding more than one chunk in memory.
import {
  billingAccountOf, netChargedRanges, type AdditionalAmountInput, type BillingAccount, type BonusInput, type InvoiceLineKind,
  type Period, type StateChange, type SubscriptionBillingInput, type SubscriptionState, type TariffChange,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import {
  AdditionalAmountEntity, BonusEntity, ContractEntity, InvoiceEntity, InvoiceLineEntity, SubscriptionEntity,
  SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity, TariffEntity,
} from '../entities/index.js';

export interface ContractToBill {
  contractId: string;
  contractNumber: string;
  clientId: string;
  account: BillingAccount;
  subscriptions: SubscriptionBillingInput[];
  /** The period's regular invoice, when a run already made it. */
  existing: { id: string; number: string } | null;
}

/** Rates and percents are stored scaled (db/columns.ts ScaledColumn); raw rows need the same conversion. */
const unscale = (v: number | string | null): number | null => (v == null ? null : Number(v) / 1_000_000);

export type TariffMap = Map<string, { code: string; priceCents: number; vatRate: number }>;

export async function loadTariffs(m: EntityManager): Promise<TariffMap> {
  const rows = await m.getRepository(TariffEntity).find();
  return new Map(rows.map((t) => [t.id, { code: t.code, priceCents: t.priceCents, vatRate: t.vatRate }]));
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Contracts with id > `after`, in id order, at most `limit`; optionally only `onlyContractId`. */
export async function loadContractChunk(
  m: EntityManager, opts: { after: string | null; limit: number; period: Period; tariffs: TariffMap; onlyContractId?: string | null },
): Promise<ContractToBill[]> {
  const qb = m.createQueryBuilder(ContractEntity, 'c')
    .innerJoin('clients', 'cl', 'cl.id = c.clientId')
    .select(['c.id AS "id"', 'c.number AS "number"', 'c.clientId AS "clientId"', 'c.signedAt AS "signedAt"', 'c.iban AS "iban"', 'cl.iban AS "clientIban"'])
    .orderBy('c.id', 'ASC')
    .limit(opts.limit);
  if (opts.after) qb.andWhere('c.id > :after', { after: opts.after });
  if (opts.onlyContractId) qb.andWhere('c.id = :only', { only: opts.onlyContractId });
  const contracts: { id: string; number: string; clientId: string; signedAt: string | null; iban: string | null; clientIban: string | null }[] = await qb.getRawMany();
  if (contracts.length === 0) return [];
  const lo = contracts[0]!.id;
  const hi = contracts[contracts.length - 1]!.id;
  const range = { lo, hi };

  // Everything below hangs from the contracts in [lo, hi]: one indexed range scan per table.
  const subsOf = (alias: string) => `${alias}.subscriptionId IN (SELECT s.id FROM subscriptions s WHERE s."contractId" BETWEEN :lo AND :hi)`;
  const [subs, states, tariffChanges, bonuses, extras, history, existing] = await Promise.all([
    m.createQueryBuilder(SubscriptionEntity, 's').select(['s.id AS "id"', 's.contractId AS "contractId"', 's.billingStartDate AS "billingStartDate"'])
      .where('s.contractId BETWEEN :lo AND :hi', range).orderBy('s.id', 'ASC').getRawMany<{ id: string; contractId: string; billingStartDate: string | null }>(),
    m.createQueryBuilder(SubscriptionStateChangeEntity, 'x').select(['x.subscriptionId AS "subscriptionId"', 'x.state AS "state"', 'x.effectiveDate AS "effectiveDate"'])
      .where(subsOf('x'), range).orderBy('x.effectiveDate', 'ASC').addOrderBy('x.createdAt', 'ASC')
      .getRawMany<{ subscriptionId: string; state: SubscriptionState; effectiveDate: string }>(),
    m.createQueryBuilder(SubscriptionTariffChangeEntity, 'x').select(['x.subscriptionId AS "subscriptionId"', 'x.tariffId AS "tariffId"', 'x.effectiveDate AS "effectiveDate"'])
      .where(subsOf('x'), range).orderBy('x.effectiveDate', 'ASC').addOrderBy('x.createdAt', 'ASC')
      .getRawMany<{ subscriptionId: string; tariffId: string; effectiveDate: string }>(),
    m.createQueryBuilder(BonusEntity, 'b').select(['b.id AS "id"', 'b.subscriptionId AS "subscriptionId"', 'b.kind AS "kind"', 'b.percent AS "percent"',
      'b.amountCents AS "amountCents"', 'b.validFrom AS "validFrom"', 'b.validTo AS "validTo"'])
      .where(subsOf('b'), range).orderBy('b.id', 'ASC').getRawMany(),
    m.createQueryBuilder(AdditionalAmountEntity, 'a').select(['a.id AS "id"', 'a.subscriptionId AS "subscriptionId"', 'a.description AS "description"',
      'a.amountCents AS "amountCents"', 'a.vatRate AS "vatRate"', 'a.kind AS "kind"', 'a.date AS "date"', 'a.validFrom AS "validFrom"', 'a.validTo AS "validTo"'])
      .where(subsOf('a'), range).orderBy('a.id', 'ASC').getRawMany(),
    m.createQueryBuilder(InvoiceLineEntity, 'l').innerJoin(InvoiceEntity, 'i', 'i.id = l.invoiceId')
      .select(['l.kind AS "kind"', 'l.subscriptionId AS "subscriptionId"', 'l.fromDate AS "fromDate"', 'l.toDate AS "toDate"', 'l.additionalAmountId AS "additionalAmountId"'])
      .where('i.contractId BETWEEN :lo AND :hi', range)
      .getRawMany<{ kind: InvoiceLineKind; subscriptionId: string | null; fromDate: string | null; toDate: string | null; additionalAmountId: string | null }>(),
    m.createQueryBuilder(InvoiceEntity, 'i').select(['i.id AS "id"', 'i.contractId AS "contractId"', 'i.number AS "number"'])
      .where('i.contractId BETWEEN :lo AND :hi AND i.period = :period AND i.kind = :kind', { ...range, period: opts.period, kind: 'INVOICE' })
      .getRawMany<{ id: string; contractId: string; number: string }>(),
  ]);

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
