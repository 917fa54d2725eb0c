// The one reader of subscription timelines (docs/billing.md "How billing reads its facts"): state changes, tariff
// changes, bonuses and additional amounts, read in bulk, one statement per table, for the contracts of a billing
// chunk or for a list of subscriptions (a mass-credit batch, a DataLoader batch). It hands back the domain's own
// structures: `StateChange` and `TariffChange` lists in timeline order ((effectiveDate, seq), docs/billing.md
// "Timelines"), the extras as their rows (what GraphQL shows and `extraFacts` reads) with `bonusInput` /
// `additionalAmountInput` for the invoice calculation. The two things that differ by where the rows come from live
// here and nowhere else: the SQL dialect (placeholders; PostgreSQL's index probe) and the rate scale (rates and
// percents are stored as integers scaled by the domain's RATE_SCALE, db/columns.ts).
import {
  unscaleRate, type AdditionalAmountInput, type BonusInput, type DateOnly, type DateRange, type StateChange, type SubscriptionBillingInput, type TariffChange,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { TariffEntity, type AdditionalAmountEntity, type BonusEntity } from '../entities/index.js';

/** A bonus as stored, its percent a fraction of 100 again (12.5), not the scaled integer. */
export type BonusRow = BonusEntity;
/** An additional amount as stored, its VAT rate a fraction again (0.21). */
export type AdditionalAmountRow = AdditionalAmountEntity;

export type TariffFacts = { code: string; priceCents: number; vatRate: number };
export type TariffMap = Map<string, TariffFacts>;
/** Where a tariff change finds its tariff: a run's map read once, or (DataLoaders) a lookup of the ids it needs. */
export type TariffSource = TariffMap | ((ids: string[]) => Promise<TariffMap>);

/** Every tariff, read once per run: the prices a run or a preview bills at. */
export async function loadTariffs(m: EntityManager): Promise<TariffMap> {
  const rows = await m.getRepository(TariffEntity).find();
  return new Map(rows.map((t) => [t.id, { code: t.code, priceCents: t.priceCents, vatRate: t.vatRate }]));
}

/** Whose timelines: the subscriptions of the contracts with ids in [first, last], or the subscriptions listed. */
export type TimelineScope = { contracts: readonly [string, string] } | { subscriptions: readonly string[] };
export type TimelinePart = 'states' | 'tariffs' | 'bonuses' | 'additionalAmounts';
/** What a statement selects by: a range of contracts, subscription ids, or the rows' own ids (extras only). */
export type StatementScope = 'contracts' | 'subscriptions' | 'ids';

/** What was read, by subscription id; a subscription without rows has no entry. */
export interface TimelineFacts {
  states: Map<string, StateChange[]>;
  tariffs: Map<string, TariffChange[]>;
  bonuses: Map<string, BonusRow[]>;
  additionalAmounts: Map<string, AdditionalAmountRow[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// The statements. `?` placeholders (rewritten for PostgreSQL by `dialect`); one text per (part, scope, database),
// built once, so SQLite serves it from the driver's statement cache and PostgreSQL plans a known text.

const TABLE: Record<TimelinePart, string> = {
  states: 'subscription_state_changes', tariffs: 'subscription_tariff_changes', bonuses: 'bonuses', additionalAmounts: 'additional_amounts',
};
const COLUMNS: Record<TimelinePart, string> = {
  states: 'x."subscriptionId", x.state, x."effectiveDate"',
  tariffs: 'x."subscriptionId", x."tariffId", x."effectiveDate"',
  bonuses: 'x.id, x."subscriptionId", x.kind, x.percent, x."amountCents", x.description, x."validFrom", x."validTo", x.version, x."createdAt"',
  additionalAmounts: 'x.id, x."subscriptionId", x.description, x."amountCents", x."vatRate", x.kind, x.date, x."validFrom", x."validTo", x.version, x."createdAt"',
};
/** Timelines in the order they apply (same-day entries in the order they were made); extras by id, as invoices list them. */
const ORDER: Record<TimelinePart, string> = {
  states: 'x."effectiveDate", x.seq', tariffs: 'x."effectiveDate", x.seq', bonuses: 'x.id', additionalAmounts: 'x.id',
};

/**
 * The rows of `part` for a scope. SQLite: a join on the contracts' range (one indexed range scan), or the listed
 * ids as one JSON parameter (one statement text whatever their number). PostgreSQL's planner, for a join on a
 * range of contracts — or even for an explicit list of 3 000 subscription ids — hash-joins the whole timeline
 * table (a parallel seq scan per chunk: 24 s for 100 000 contracts); an ARRAY(subquery) it cannot size up front
 * makes it probe the (subscriptionId) indexes: ~6× faster per chunk; a list of ids is handed to it the same way.
 */
export function timelineSql(part: TimelinePart, by: StatementScope, postgres: boolean): string {
  const select = `SELECT ${COLUMNS[part]} FROM`;
  const order = `ORDER BY ${ORDER[part]}`;
  const key = by === 'ids' ? 'x.id' : 'x."subscriptionId"';
  if (postgres) {
    const ids = by === 'contracts' ? 'SELECT s.id FROM subscriptions s WHERE s."contractId" BETWEEN ? AND ?' : 'SELECT unnest(CAST(? AS varchar[]))';
    return `${select} ${TABLE[part]} x WHERE ${key} = ANY(ARRAY(${ids})) ${order}`;
  }
  return by === 'contracts'
    ? `${select} subscriptions s JOIN ${TABLE[part]} x ON x."subscriptionId" = s.id WHERE s."contractId" BETWEEN ? AND ? ${order}`
    : `${select} ${TABLE[part]} x WHERE ${key} IN (SELECT value FROM json_each(?)) ${order}`;
}

/** The parameters `timelineSql` takes: [first, last] for a range of contracts, one list parameter for ids. */
export function scopeParams(scope: TimelineScope | { ids: readonly string[] }, postgres: boolean): unknown[] {
  if ('contracts' in scope) return [scope.contracts[0], scope.contracts[1]];
  const ids = 'ids' in scope ? scope.ids : scope.subscriptions;
  return [postgres ? [...ids] : JSON.stringify(ids)];
}

const isPostgres = (m: EntityManager) => m.connection.options.type === 'postgres';
const dialects = new Map<string, string>();
/** `?` placeholders → `$1, $2…` on PostgreSQL. */
function dialect(m: EntityManager, sql: string): string {
  if (!isPostgres(m)) return sql;
  let out = dialects.get(sql);
  if (!out) {
    let n = 0;
    dialects.set(sql, (out = sql.replace(/\?/g, () => `$${++n}`)));
  }
  return out;
}

/** Hand-written SQL with `?` placeholders on either database, raw rows back (no entity hydration): the billing room's reads. */
export const rawQuery = <T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> => m.query(dialect(m, sql), params);

// ---------------------------------------------------------------------------------------------------------------
// Rows → the domain's structures. The rate scale is undone here, once.

const unscaled = (v: number | string | null): number | null => (v == null ? null : unscaleRate(v));
const cents = (v: number | string | null): number | null => (v == null ? null : Number(v));

/** The raw rows of each part, as `timelineSql` returns them. */
export type TimelineRows = Partial<Record<TimelinePart, Record<string, any>[]>>;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups raw rows by subscription as the domain takes them; a tariff change whose tariff is unknown is left out. */
export function timelineFacts(rows: TimelineRows, tariffs: TariffMap = new Map()): TimelineFacts {
  const out: TimelineFacts = { states: new Map(), tariffs: new Map(), bonuses: new Map(), additionalAmounts: new Map() };
  for (const r of rows.states ?? []) push(out.states, r['subscriptionId'], { state: r['state'], effectiveDate: r['effectiveDate'] });
  for (const r of rows.tariffs ?? []) {
    const t = tariffs.get(r['tariffId']);
    if (t) push(out.tariffs, r['subscriptionId'], { tariffId: r['tariffId'], tariffCode: t.code, priceCents: t.priceCents, vatRate: t.vatRate, effectiveDate: r['effectiveDate'] });
  }
  for (const r of rows.bonuses ?? []) push(out.bonuses, r['subscriptionId'], bonusRow(r));
  for (const r of rows.additionalAmounts ?? []) push(out.additionalAmounts, r['subscriptionId'], additionalAmountRow(r));
  return out;
}

function bonusRow(r: Record<string, any>): BonusRow {
  return {
    id: r['id'], subscriptionId: r['subscriptionId'], kind: r['kind'], percent: unscaled(r['percent']), amountCents: cents(r['amountCents']), description: r['description'],
    validFrom: r['validFrom'], validTo: r['validTo'], version: Number(r['version']), createdAt: r['createdAt'],
  };
}

function additionalAmountRow(r: Record<string, any>): AdditionalAmountRow {
  return {
    id: r['id'], subscriptionId: r['subscriptionId'], description: r['description'], amountCents: Number(r['amountCents']), vatRate: unscaled(r['vatRate'])!,
    kind: r['kind'], date: r['date'], validFrom: r['validFrom'], validTo: r['validTo'], version: Number(r['version']), createdAt: r['createdAt'],
  };
}

/** A bonus as the invoice calculation takes it: PERCENT's value the percent, FIXED's the cents per month. */
export function bonusInput(b: BonusRow): BonusInput {
  return { id: b.id, kind: b.kind, value: b.kind === 'PERCENT' ? b.percent! : b.amountCents!, validFrom: b.validFrom, validTo: b.validTo };
}

/** An additional amount as the invoice calculation takes it; `alreadyBilled`: an earlier invoice (or zero total) billed it. */
export function additionalAmountInput(a: AdditionalAmountRow, alreadyBilled: boolean): AdditionalAmountInput {
  return {
    id: a.id, description: a.description, amountCents: a.amountCents, vatRate: a.vatRate, kind: a.kind, date: a.date, validFrom: a.validFrom, validTo: a.validTo, alreadyBilled,
  };
}

/** One subscription as `calculateInvoice` takes it: its timelines and extras from `facts`, the days charged and the extras billed from its history. */
export function subscriptionBillingInput(
  s: { id: string; billingStartDate: DateOnly | null }, facts: TimelineFacts, charged: DateRange[], billedExtras: ReadonlySet<string>,
): SubscriptionBillingInput {
  return {
    id: s.id,
    billingStartDate: s.billingStartDate,
    states: facts.states.get(s.id) ?? [],
    tariffs: facts.tariffs.get(s.id) ?? [],
    bonuses: (facts.bonuses.get(s.id) ?? []).map(bonusInput),
    additionalAmounts: (facts.additionalAmounts.get(s.id) ?? []).map((a) => additionalAmountInput(a, billedExtras.has(a.id))),
    charged,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The reads.

const PARTS: TimelinePart[] = ['states', 'tariffs', 'bonuses', 'additionalAmounts'];
const statements = new Map<string, string>();
function statement(part: TimelinePart, by: StatementScope, postgres: boolean): string {
  const key = `${part}/${by}/${postgres}`;
  let sql = statements.get(key);
  if (!sql) statements.set(key, (sql = timelineSql(part, by, postgres)));
  return sql;
}

/**
 * Reads the parts asked for (a tariff source asks for the tariff timeline), one statement each.
 * An empty list of subscriptions reads nothing.
 */
export async function readTimelines(
  m: EntityManager, scope: TimelineScope, want: { states?: boolean; tariffs?: TariffSource; bonuses?: boolean; additionalAmounts?: boolean },
): Promise<TimelineFacts> {
  const parts = PARTS.filter((p) => (p === 'tariffs' ? want.tariffs !== undefined : want[p]));
  if ('subscriptions' in scope && scope.subscriptions.length === 0) return timelineFacts({});
  const postgres = isPostgres(m);
  const kind = 'contracts' in scope ? 'contracts' : 'subscriptions';
  const params = scopeParams(scope, postgres);
  // One after the other: the caller's connection runs one statement at a time (pg's queue for a second one is deprecated).
  const rows: TimelineRows = {};
  for (const p of parts) rows[p] = await rawQuery<Record<string, any>>(m, statement(p, kind, postgres), params);
  let tariffs: TariffMap | undefined;
  if (typeof want.tariffs === 'function') tariffs = await want.tariffs([...new Set((rows.tariffs ?? []).map((r) => r['tariffId'] as string))]);
  else tariffs = want.tariffs;
  return timelineFacts(rows, tariffs);
}

/** Bonuses or additional amounts by their own ids (an extra being ended or deleted, and its DataLoader). */
export async function readExtras(m: EntityManager, type: 'Bonus', ids: readonly string[]): Promise<BonusRow[]>;
export async function readExtras(m: EntityManager, type: 'AdditionalAmount', ids: readonly string[]): Promise<AdditionalAmountRow[]>;
export async function readExtras(m: EntityManager, type: 'Bonus' | 'AdditionalAmount', ids: readonly string[]): Promise<(BonusRow | AdditionalAmountRow)[]> {
  if (ids.length === 0) return [];
  const part = type === 'Bonus' ? 'bonuses' : 'additionalAmounts';
  const postgres = isPostgres(m);
  const rows = await rawQuery<Record<string, any>>(m, statement(part, 'ids', postgres), scopeParams({ ids }, postgres));
  return type === 'Bonus' ? rows.map(bonusRow) : rows.map(additionalAmountRow);
}

/** Subscriptions with a tariff change effective in (after, through], in id order. */
export async function subscriptionsWithTariffChange(m: EntityManager, after: DateOnly, through: DateOnly): Promise<string[]> {
  const rows = await rawQuery<{ id: string }>(m,
    'SELECT x."subscriptionId" AS id FROM subscription_tariff_changes x WHERE x."effectiveDate" > ? AND x."effectiveDate" <= ? GROUP BY x."subscriptionId" ORDER BY x."subscriptionId"',
    [after, through]);
  return rows.map((r) => r.id);
}
