// docs/product.md §3 proven at the API level (docs/billing.md): random subscription timelines built through GraphQL
// (states in allowed order, up to three migrations in a month, migrations back, suspensions across month
// ends, 28–31-day months, activation on the last day), billed month by month through runBilling and
// runMassCredit, compared document by document with a small day-by-day model written here, not the domain's.
// Each case puts SUBS subscriptions (one contract each) in a five-month window of its own, so cases never
// meet: every subscription ends CANCELLED or REJECTED on the window's last month.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { usePostgres } from '../databases.js';
import { nif } from '../factories.js';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from './support.js';

// 15 subscriptions per case (the server's alias cap per request); 20 cases = 300 timelines per mode on SQLite,
// 12 cases = 180 on PostgreSQL, where each run costs more round trips (ANTENA_PROPERTY_CASES overrides both).
const CASES = Number(process.env['ANTENA_PROPERTY_CASES'] ?? (usePostgres ? 12 : 20));
const SUBS = 15;
const PRICES = [2999, 4550, 1999];

// ---- dates, independently of the domain: UTC day numbers ----
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const ymOf = (n: number) => { const d = new Date(n * 86_400_000); return [d.getUTCFullYear(), d.getUTCMonth() + 1] as const; };
const monthStart = (y: number, m: number) => dayOf(y, m, 1);
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addMonths = (y: number, m: number, k: number) => { const t = (y * 12 + m - 1) + k; return [Math.floor(t / 12), (t % 12) + 1] as const; };
const periodOf = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
/** Half away from zero, integers only. */
const divRound = (n: number, d: number) => (n < 0 ? -Math.floor((-2 * n + d) / (2 * d)) : Math.floor((2 * n + d) / (2 * d)));

type State = 'PENDING_ACTIVATION' | 'ACTIVE' | 'ACTIVE_NON_BILLABLE' | 'SUSPENDED' | 'CANCELLED' | 'REJECTED';
const NEXT: Record<State, State[]> = {
  PENDING_ACTIVATION: ['ACTIVE', 'ACTIVE_NON_BILLABLE'], ACTIVE: ['SUSPENDED', 'ACTIVE_NON_BILLABLE'],
  ACTIVE_NON_BILLABLE: ['ACTIVE'], SUSPENDED: ['ACTIVE'], CANCELLED: [], REJECTED: [],
};

const step = fc.record({
  gap: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30 })),
  kind: fc.constantFrom('state', 'state', 'migrate'),
  pick: fc.nat(5),
});
const subscription = fc.record({
  startMonth: fc.integer({ min: 0, max: 1 }),
  startDay: fc.oneof(fc.constant(31), fc.integer({ min: 1, max: 31 })), // 31: the month's last day, whatever its length
  initial: fc.constantFrom<State>('ACTIVE', 'ACTIVE', 'PENDING_ACTIVATION', 'ACTIVE_NON_BILLABLE'),
  tariff: fc.nat(2),
  steps: fc.array(step, { maxLength: 8 }),
});

interface Event { day: number; state?: State; tariff?: number }
interface Timeline { start: number; initial: State; tariff: number; events: Event[] }

/** A generated shape → a valid timeline inside months 0–3 of the window, closed on the first day of month 4. */
type Shape = typeof subscription extends fc.Arbitrary<infer T> ? T : never;

function timelineOf(g: Shape, y0: number, m0: number): Timeline {
  const [sy, sm] = addMonths(y0, m0, g.startMonth);
  const start = dayOf(sy, sm, Math.min(g.startDay, dim(sy, sm)));
  const [ey, em] = addMonths(y0, m0, 4);
  const end = monthStart(ey, em);
  let state: State = g.initial;
  let tariff: number = g.tariff;
  let cur = start;
  let lastTariffDay = start;
  const events: Event[] = [];
  for (const s of g.steps) {
    let day = cur + s.gap;
    if (s.kind === 'migrate') {
      if (day <= lastTariffDay) day = lastTariffDay + 1;
      if (day >= end) break;
      tariff = (tariff + 1 + (s.pick % 2)) % 3;
      events.push({ day, tariff });
      lastTariffDay = day;
    } else {
      if (day >= end) break;
      const options = NEXT[state];
      if (options.length === 0) continue;
      state = options[s.pick % options.length]!;
      events.push({ day, state });
    }
    cur = day;
  }
  events.push({ day: end, state: state === 'PENDING_ACTIVATION' ? 'REJECTED' : 'CANCELLED' });
  return { start, initial: g.initial, tariff: g.tariff, events };
}

// ---- the model: what docs/product.md §3 says each run issues, day by day ----
interface Line { kind: string; from: string; to: string; tariff: number; amountCents: number }
interface Doc { kind: 'INVOICE' | 'CREDIT_NOTE'; period: string; issueDate: string | null; lines: Line[] }

class Model {
  readonly charged = new Map<number, number>(); // day → tariff charged (net of credits)
  readonly credited = new Set<number>();
  readonly firstActive: number | null;
  constructor(private readonly tl: Timeline) {
    let first: number | null = null;
    for (let d = tl.start; first === null && d < tl.events.at(-1)!.day; d++) if (this.state(d) === 'ACTIVE') first = d;
    this.firstActive = first;
  }
  state(day: number): State | null {
    if (day < this.tl.start) return null;
    let s: State = this.tl.initial;
    for (const e of this.tl.events) if (e.state && e.day <= day) s = e.state; // same day: the later one wins
    return s;
  }
  tariff(day: number): number | null {
    if (day < this.tl.start) return null;
    let t = this.tl.tariff;
    for (const e of this.tl.events) if (e.tariff !== undefined && e.day <= day) t = e.tariff;
    return t;
  }
  /** Days → lines, one per (month, tariff, run of consecutive days). */
  private lines(kind: string, days: number[], tariffOf: (d: number) => number): Line[] {
    const out: Line[] = [];
    let run: number[] = [];
    const flush = () => {
      if (!run.length) return;
      const [y, m] = ymOf(run[0]!);
      const t = tariffOf(run[0]!);
      out.push({ kind, from: iso(run[0]!), to: iso(run.at(-1)!), tariff: t, amountCents: divRound(PRICES[t]! * run.length, dim(y, m)) });
      run = [];
    };
    for (const d of days) {
      const prev = run.at(-1);
      if (prev !== undefined && (d !== prev + 1 || ymOf(d)[1] !== ymOf(prev)[1] || tariffOf(d) !== tariffOf(prev))) flush();
      run.push(d);
    }
    flush();
    return out;
  }
  invoice(mode: 'ADVANCE' | 'ARREARS', y: number, m: number): Line[] {
    const p0 = monthStart(y, m);
    const p1 = p0 + dim(y, m) - 1;
    const start = this.firstActive;
    if (start === null) return [];
    const out: Line[] = [];
    const open = (d: number) => !this.charged.has(d);
    if (mode === 'ARREARS') {
      const days: number[] = [];
      for (let d = Math.max(start, p0); d <= p1; d++) if (this.state(d) === 'ACTIVE' && open(d)) days.push(d);
      out.push(...this.lines('CHARGE', days, (d) => this.tariff(d)!));
    } else {
      const back: number[] = [];
      for (let d = start; d < p0; d++) if (this.state(d) === 'ACTIVE' && open(d)) back.push(d);
      out.push(...this.lines('CATCH_UP', back, (d) => this.tariff(d)!));
      if (this.state(p0) === 'ACTIVE') {
        const t = this.tariff(p0)!;
        const days: number[] = [];
        for (let d = Math.max(start, p0); d <= p1; d++) if (open(d)) days.push(d);
        out.push(...this.lines('CHARGE', days, () => t));
      }
    }
    return out;
  }
  charge(lines: Line[]): void {
    for (const l of lines) for (let d = dayOf(...ymd(l.from)); d <= dayOf(...ymd(l.to)); d++) this.charged.set(d, l.tariff);
  }
  /** A mass credit: the days of the period's CHARGE lines ACTIVE at another tariff, never credited before. */
  massCredit(chargeLines: Line[]): Line[] {
    const out: Line[] = [];
    for (const l of chargeLines) {
      const days: number[] = [];
      for (let d = dayOf(...ymd(l.from)); d <= dayOf(...ymd(l.to)); d++) {
        if (this.state(d) === 'ACTIVE' && this.tariff(d) !== l.tariff && !this.credited.has(d)) days.push(d);
      }
      for (const c of this.lines('CREDIT', days, () => l.tariff)) out.push({ ...c, amountCents: -c.amountCents });
    }
    for (const c of out) for (let d = dayOf(...ymd(c.from)); d <= dayOf(...ymd(c.to)); d++) { this.credited.add(d); this.charged.delete(d); }
    return out;
  }
}
const ymd = (s: string) => s.split('-').map(Number) as [number, number, number];
const totals = (lines: Line[]) => {
  const base = lines.reduce((a, l) => a + l.amountCents, 0);
  const tax = divRound(base * 21, 100);
  return { baseCents: base, taxCents: tax, totalCents: base + tax };
};

type Mode = 'ARREARS' | 'ADVANCE' | 'ADVANCE_MASS_CREDIT';

async function checkMode(mode: Mode): Promise<number> {
  const t: TestServer = await startServer({ now: BILLING_NOW });
  try {
    return await billAndCompare(t, mode);
  } finally {
    await t.close();
  }
}

/** The server's guard against too many aliases per request (15): mutations go in slices, in order. */
async function inSlices(t: TestServer, fields: string[]): Promise<void> {
  for (let i = 0; i < fields.length; i += 15) await t.ok(`mutation { ${fields.slice(i, i + 15).join('\n')} }`);
}

async function billAndCompare(t: TestServer, mode: Mode): Promise<number> {
  const b = billing(t);
  const billingMode = mode === 'ARREARS' ? 'ARREARS' : 'ADVANCE';
  await b.settings(billingMode, mode === 'ADVANCE_MASS_CREDIT');
  const tag = Math.random().toString(36).slice(2, 6).toUpperCase();
  const tariffs: { id: string; code: string }[] = [];
  for (const [i, priceCents] of PRICES.entries()) tariffs.push(await b.f.tariff({ code: `P${i}-${tag}`, priceCents, vatRate: 0.21 }));
  let window = 0;
  let timelines = 0;

  await fc.assert(fc.asyncProperty(fc.array(subscription, { minLength: SUBS, maxLength: SUBS }), async (shapes) => {
    const [y0, m0] = addMonths(2001, 1, 5 * window++);
    const tls = shapes.map((g) => timelineOf(g, y0, m0));
    // Built through GraphQL: clients, contracts, subscriptions, then every change in date order.
    const vars = (xs: unknown[], type: string) => ({
      decl: xs.map((_, i) => `$i${i}: ${type}!`).join(', '), values: Object.fromEntries(xs.map((x, i) => [`i${i}`, x])),
    });
    const cl = vars(tls.map(() => ({ kind: 'PERSON', name: `Cliente ${tag}`, taxId: nif(), email: `p${tag}@example.com` })), 'CreateClientInput');
    const clients = await t.ok(`mutation(${cl.decl}) { ${tls.map((_, i) => `c${i}: createClient(input: $i${i}) { id }`).join(' ')} }`, cl.values);
    const ct = vars(tls.map((_, i) => ({ clientId: clients[`c${i}`].id })), 'CreateContractInput');
    const contracts = await t.ok(`mutation(${ct.decl}) { ${tls.map((_, i) => `c${i}: createContract(input: $i${i}) { id }`).join(' ')} }`, ct.values);
    const sb = vars(tls.map((tl, i) => ({ contractId: contracts[`c${i}`].id, tariffId: tariffs[tl.tariff]!.id, startDate: iso(tl.start), state: tl.initial })), 'CreateServiceSubscriptionInput');
    const subs = await t.ok(`mutation(${sb.decl}) { ${tls.map((_, i) => `s${i}: createServiceSubscription(input: $i${i}) { id }`).join(' ')} }`, sb.values);
    const changes = tls.flatMap((tl, i) => tl.events.map((e, k) => e.state
      ? `e${i}_${k}: changeSubscriptionState(id: "${subs[`s${i}`].id}", state: ${e.state}, effectiveDate: "${iso(e.day)}") { id }`
      : `e${i}_${k}: migrateSubscriptionTariff(id: "${subs[`s${i}`].id}", tariffId: "${tariffs[e.tariff!]!.id}", effectiveDate: "${iso(e.day)}") { id }`));
    await inSlices(t, changes);

    // Billed month by month; the model follows.
    const models = tls.map((tl) => new Model(tl));
    const expected: Doc[][] = tls.map(() => []);
    for (let k = 0; k <= 4; k++) {
      const [y, m] = addMonths(y0, m0, k);
      const period = periodOf(y, m);
      const run = await b.run(period);
      expect(run.errors, period).toBeUndefined();
      const [ny, nm] = addMonths(y, m, 1);
      models.forEach((model, i) => {
        const lines = model.invoice(billingMode, y, m);
        model.charge(lines);
        if (lines.length) expected[i]!.push({ kind: 'INVOICE', period, issueDate: iso(billingMode === 'ADVANCE' ? monthStart(y, m) : monthStart(ny, nm)), lines });
      });
      if (mode === 'ADVANCE_MASS_CREDIT') {
        expect((await b.massCredit(period)).errors, period).toBeUndefined();
        models.forEach((model, i) => {
          const invoice = expected[i]!.find((d) => d.kind === 'INVOICE' && d.period === period);
          const credit = invoice ? model.massCredit(invoice.lines.filter((l) => l.kind === 'CHARGE')) : [];
          if (credit.length) expected[i]!.push({ kind: 'CREDIT_NOTE', period, issueDate: null, lines: credit });
        });
      }
    }

    // Read back in slices of three contracts (the server caps a query's cost).
    const read: Record<string, { nodes: any[] }> = {};
    for (let j = 0; j < tls.length; j += 3) {
      Object.assign(read, await t.ok(`{ ${tls.slice(j, j + 3).map((_, k) => `c${j + k}: invoices(contractId: "${contracts[`c${j + k}`].id}", first: 20) { nodes {
        kind period issueDate baseCents taxCents totalCents lines { kind tariffCode from to amountCents } } }`).join('\n')} }`));
    }
    const byLine = (a: { from: string; kind: string }, z: { from: string; kind: string }) => `${a.from}${a.kind}`.localeCompare(`${z.from}${z.kind}`);
    const byDoc = (a: { period: string; kind: string }, z: { period: string; kind: string }) => `${a.period}${a.kind}`.localeCompare(`${z.period}${z.kind}`);
    tls.forEach((tl, i) => {
      const actual = [...read[`c${i}`]!.nodes].map((d: any) => ({
        kind: d.kind, period: d.period, issueDate: d.kind === 'INVOICE' ? d.issueDate : null,
        lines: [...d.lines].map((l: any) => ({ kind: l.kind, from: l.from, to: l.to, tariff: l.tariffCode, amountCents: l.amountCents })).sort(byLine),
        totals: { baseCents: d.baseCents, taxCents: d.taxCents, totalCents: d.totalCents },
      })).sort(byDoc);
      const model = expected[i]!.map((d) => ({
        ...d, lines: d.lines.map((l) => ({ ...l, tariff: tariffs[l.tariff]!.code })).sort(byLine), totals: totals(d.lines),
      })).sort(byDoc);
      expect(actual, JSON.stringify({ timeline: { start: iso(tl.start), initial: tl.initial, tariff: tl.tariff, events: tl.events.map((e) => ({ ...e, day: iso(e.day) })) } })).toEqual(model);
    });
    timelines += tls.length;
  }), { numRuns: CASES, endOnFailure: true });
  return timelines;
}

describe('billing every month of random timelines equals the day-by-day model, document by document', () => {
  for (const mode of ['ARREARS', 'ADVANCE', 'ADVANCE_MASS_CREDIT'] as const) {
    test(mode, async () => {
      expect(await checkMode(mode)).toBe(CASES * SUBS);
    }, 300_000);
  }
});
