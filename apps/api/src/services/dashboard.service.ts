// The admin dashboard's figures over all the data: monthly invoiced totals and
// subscriptions by state are SQL aggregates; undeletable clients are in undeletable-clients.ts.
import { billableStatus, isPaymentPending, periodOf, previousPeriod, SUBSCRIPTION_STATES, type PaymentStatus, type Period, type SubscriptionState } from '@antena/domain';
import { InvoiceEntity, SubscriptionEntity, TariffEntity, type ClientEntity, type InvoiceKind } from '../entities/index.js';
import { badInput } from '../errors/errors.js';
import type { Page, PageArgs } from './pagination.js';
import type { Scope } from './scope.js';
import { undeletableClients } from './undeletable-clients.js';

/** Five years is more than any chart needs; the bound keeps the zero-filled series small. */
export const MAX_MONTHS = 60;

export interface KindTotals { count: number; baseCents: number; taxCents: number; totalCents: number }
export interface MonthlyTotals { period: Period; invoices: KindTotals; creditNotes: KindTotals; net: KindTotals }

const zero = (): KindTotals => ({ count: 0, baseCents: 0, taxCents: 0, totalCents: 0 });
// Credit notes are stored with negative amounts, so the net is a plain sum of both kinds.
const plus = (a: KindTotals, b: KindTotals): KindTotals => ({
  count: a.count + b.count, baseCents: a.baseCents + b.baseCents, taxCents: a.taxCents + b.taxCents, totalCents: a.totalCents + b.totalCents,
});

export class DashboardService {
  constructor(private readonly scope: Scope) {}

  /** The period the monthly series ends with: the current month. */
  currentPeriod(): Period {
    return periodOf(this.scope.today);
  }

  /**
   * `months` periods, oldest first, months without invoices as zeros. The series ends with the later
   * of the current month and the latest invoiced period: in advance mode next month may be billed already.
   */
  async monthlyTotals(months: number): Promise<MonthlyTotals[]> {
    if (!Number.isInteger(months) || months < 0 || months > MAX_MONTHS) {
      throw badInput(this.scope.locale, 'months', 'PAGE_SIZE_INVALID', { max: MAX_MONTHS, value: String(months) });
    }
    if (months === 0) return [];
    const latest = await this.scope.ds.getRepository(InvoiceEntity).createQueryBuilder('i')
      .select('MAX(i.period)', 'period').getRawOne<{ period: string | null }>();
    const current = this.currentPeriod();
    const last = latest?.period && latest.period > current ? latest.period : current;
    const periods: Period[] = [];
    for (let p = last; periods.length < months; p = previousPeriod(p)) periods.unshift(p);
    // Postgres returns SUM/COUNT as strings (bigint); Number() reads both databases alike.
    const rows: { period: string; kind: InvoiceKind; n: string | number; base: string | number; tax: string | number; total: string | number }[] =
      await this.scope.ds.getRepository(InvoiceEntity).createQueryBuilder('i')
        .select('i.period', 'period').addSelect('i.kind', 'kind').addSelect('COUNT(*)', 'n')
        .addSelect('SUM(i.baseCents)', 'base').addSelect('SUM(i.taxCents)', 'tax').addSelect('SUM(i.totalCents)', 'total')
        .where('i.period >= :from AND i.period <= :to', { from: periods[0], to: periods.at(-1) })
        .groupBy('i.period').addGroupBy('i.kind')
        .getRawMany();
    const byKey = new Map(rows.map((r) => [`${r.period}|${r.kind}`, {
      count: Number(r.n), baseCents: Number(r.base), taxCents: Number(r.tax), totalCents: Number(r.total),
    }]));
    return periods.map((period) => {
      const invoices = byKey.get(`${period}|INVOICE`) ?? zero();
      const creditNotes = byKey.get(`${period}|CREDIT_NOTE`) ?? zero();
      return { period, invoices, creditNotes, net: plus(invoices, creditNotes) };
    });
  }

  /** Every state, in the domain's order, with zeros; `state` on the row is the latest on its timeline. */
  async subscriptionsByState(): Promise<{ state: SubscriptionState; count: number }[]> {
    const rows: { state: string; n: string | number }[] = await this.scope.ds.getRepository(SubscriptionEntity).createQueryBuilder('s')
      .select('s.state', 'state').addSelect('COUNT(*)', 'n').groupBy('s.state').getRawMany();
    const counts = new Map(rows.map((r) => [r.state, Number(r.n)]));
    return SUBSCRIPTION_STATES.map((state) => ({ state, count: counts.get(state) ?? 0 }));
  }

  /**
   * What clients owe: invoices (kind INVOICE) whose payment status is pending (the domain's
   * isPaymentPending: issued or returned), and of them the returned ones (SEPA returns, docs/sepa.md).
   * Sums are 64-bit (BigCents).
   */
  async receivables(): Promise<{ outstanding: { count: number; totalCents: number }; returned: { count: number; totalCents: number } }> {
    const statuses: PaymentStatus[] = (['ISSUED', 'PAID', 'RETURNED'] as const).filter(isPaymentPending);
    const rows: { status: string; n: string | number; total: string | number | null }[] = await this.scope.ds.getRepository(InvoiceEntity).createQueryBuilder('i')
      .select('i.status', 'status').addSelect('COUNT(*)', 'n').addSelect('SUM(i.totalCents)', 'total')
      .where('i.kind = :kind AND i.status IN (:...statuses)', { kind: 'INVOICE', statuses }).groupBy('i.status').getRawMany();
    const outstanding = { count: 0, totalCents: 0 };
    const returned = { count: 0, totalCents: 0 };
    for (const r of rows) {
      outstanding.count += Number(r.n);
      outstanding.totalCents += Number(r.total ?? 0);
      if (r.status === 'RETURNED') { returned.count = Number(r.n); returned.totalCents = Number(r.total ?? 0); }
    }
    return { outstanding, returned };
  }

  /**
   * Monthly recurring revenue: the monthly price (without VAT) of the tariff of every subscription
   * whose latest state (the one subscriptionsByState counts) is one the domain's billableStatus bills (ACTIVE; rule 3 keeps
   * ACTIVE_NON_BILLABLE out). Bonuses and one-off amounts are not recurring and are left out.
   */
  async monthlyRecurring(): Promise<{ count: number; totalCents: number }> {
    const today = this.scope.today;
    const billed = SUBSCRIPTION_STATES.filter((state) => billableStatus([{ state, effectiveDate: today }], today).billable);
    const row = await this.scope.ds.getRepository(SubscriptionEntity).createQueryBuilder('s')
      .innerJoin(TariffEntity, 't', 't.id = s.tariffId')
      .select('COUNT(*)', 'n').addSelect('SUM(t.priceCents)', 'total')
      .where('s.state IN (:...billed)', { billed })
      .getRawOne<{ n: string | number; total: string | number | null }>();
    return { count: Number(row?.n ?? 0), totalCents: Number(row?.total ?? 0) };
  }

  undeletableClients(args: PageArgs): Promise<Page<ClientEntity>> {
    return undeletableClients(this.scope, args);
  }
}
