// Benchmark of calculateInvoice: 100 000 generated contracts, contracts/s and peak memory.
// Run: pnpm --filter @antena/domain build && pnpm --filter @antena/domain bench  [-- --contracts=N --seed=S]
import { addDays, nextPeriod, periodStart, previousPeriod } from '../dates/index.js';
import { calculateInvoice, type BillingMode, type SubscriptionBillingInput } from '../billing/index.js';
import type { StateChange, TariffChange } from '../subscription/index.js';

function arg(name: string, fallback: number): number {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : fallback;
}

/** mulberry32: a tiny seeded PRNG, so every run bills the same contracts. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TARIFFS = [
  { tariffId: 't-30', tariffCode: 'FIBRA-300', priceCents: 3000, vatRate: 0.21 },
  { tariffId: 't-45', tariffCode: 'FIBRA-600', priceCents: 4500, vatRate: 0.21 },
  { tariffId: 't-60', tariffCode: 'FIBRA-1G', priceCents: 6000, vatRate: 0.21 },
  { tariffId: 't-25', tariffCode: 'WISP-50', priceCents: 2499, vatRate: 0.21 },
  { tariffId: 't-10', tariffCode: 'VOIP', priceCents: 995, vatRate: 0.21 },
];

interface Contract { id: string; mode: BillingMode; subscriptions: SubscriptionBillingInput[] }

function generate(n: number, seed: number, period: string): Contract[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const p0 = periodStart(period);
  const prevStart = periodStart(previousPeriod(period));
  const out: Contract[] = [];
  for (let c = 0; c < n; c++) {
    const mode: BillingMode = rnd() < 0.5 ? 'ADVANCE' : 'ARREARS';
    const subs: SubscriptionBillingInput[] = [];
    const count = int(1, 3);
    for (let k = 0; k < count; k++) {
      // Mostly long-standing lines, some activated last month or this month.
      const r = rnd();
      const activation = r < 0.7 ? addDays(p0, -int(60, 900)) : r < 0.85 ? addDays(prevStart, int(0, 27)) : addDays(p0, int(0, 27));
      const states: StateChange[] = [{ state: 'PENDING_ACTIVATION', effectiveDate: addDays(activation, -int(1, 20)) }, { state: 'ACTIVE', effectiveDate: activation }];
      const roll = rnd();
      if (roll < 0.05) states.push({ state: 'ACTIVE_NON_BILLABLE', effectiveDate: activation });
      else if (roll < 0.12) states.push({ state: 'SUSPENDED', effectiveDate: addDays(p0, int(0, 20) - 10) }, { state: 'ACTIVE', effectiveDate: addDays(p0, int(11, 26)) });
      else if (roll < 0.18) states.push({ state: 'CANCELLED', effectiveDate: addDays(p0, int(-5, 25)) });
      const first = pick(TARIFFS);
      const tariffs: TariffChange[] = [{ ...first, effectiveDate: activation }];
      const migrations = rnd() < 0.15 ? int(1, 2) : 0;
      for (let m = 0; m < migrations; m++) {
        const next = TARIFFS[(TARIFFS.indexOf(tariffs[tariffs.length - 1]! as never) + 1 + m) % TARIFFS.length] ?? pick(TARIFFS);
        const when = addDays(p0, int(1, 27) - (m === 0 ? 30 : 0));
        if (when > tariffs[tariffs.length - 1]!.effectiveDate) tariffs.push({ ...next, effectiveDate: when });
      }
      const bonuses: SubscriptionBillingInput['bonuses'] = [];
      if (rnd() < 0.25) bonuses.push({ id: `b${c}-${k}`, kind: 'PERCENT', value: pick([10, 12.5, 25, 50, 100]), validFrom: addDays(p0, int(-60, 15)), validTo: rnd() < 0.5 ? null : addDays(p0, int(5, 60)) });
      if (rnd() < 0.1) bonuses.push({ id: `f${c}-${k}`, kind: 'FIXED', value: pick([500, 1000, 9000]), validFrom: addDays(p0, int(-30, 10)), validTo: null });
      const additionalAmounts: SubscriptionBillingInput['additionalAmounts'] = [];
      if (rnd() < 0.2) additionalAmounts.push({ id: `o${c}-${k}`, description: 'Instalación', amountCents: 4900, vatRate: 0.21, kind: 'ONE_OFF', date: addDays(p0, int(-15, 35)), validFrom: null, validTo: null, alreadyBilled: rnd() < 0.3 });
      if (rnd() < 0.2) additionalAmounts.push({ id: `m${c}-${k}`, description: 'Alquiler router', amountCents: 300, vatRate: 0.21, kind: 'MONTHLY', date: null, validFrom: activation, validTo: rnd() < 0.8 ? null : addDays(p0, int(-40, 40)), alreadyBilled: false });
      // Earlier runs charged everything up to the previous period; ADVANCE also charged the previous period in advance.
      const chargedTo = mode === 'ADVANCE' ? addDays(p0, -1 - (rnd() < 0.2 ? int(1, 15) : 0)) : addDays(p0, -1);
      const charged = activation <= chargedTo ? [{ from: activation, to: chargedTo }] : [];
      subs.push({ id: `s${c}-${k}`, billingStartDate: rnd() < 0.05 ? addDays(p0, -int(0, 40)) : null, states, tariffs, bonuses, additionalAmounts, charged });
    }
    out.push({ id: `k${c}`, mode, subscriptions: subs });
  }
  return out;
}

function main(): void {
  const n = arg('contracts', 100_000);
  const seed = arg('seed', 20261101);
  const period = '2026-11';
  const t0 = process.hrtime.bigint();
  const contracts = generate(n, seed, period);
  const genMs = Number(process.hrtime.bigint() - t0) / 1e6;

  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };

  // Warm-up so the JIT has compiled the hot path before timing (the timed pass recomputes everything).
  for (let i = 0; i < Math.min(5_000, n); i++) calculateInvoice({ mode: contracts[i]!.mode, period, contractId: contracts[i]!.id, subscriptions: contracts[i]!.subscriptions });

  // Several timed passes over the same contracts; the median is reported, the best and worst shown.
  const passes = arg('passes', 3);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let invoices = 0;
  let skipped = 0;
  let lines = 0;
  let totalCents = 0;
  for (let pass = 0; pass < passes; pass++) {
    (globalThis as { gc?: () => void }).gc?.();
    invoices = skipped = lines = totalCents = 0;
    const start = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < n; i++) {
      const c = contracts[i]!;
      // The contract's id is built with the contract, so the timed loop measures calculateInvoice only.
      const r = calculateInvoice({ mode: c.mode, period, contractId: c.id, subscriptions: c.subscriptions });
      if (r.invoice) {
        invoices++;
        lines += r.invoice.lines.length;
        totalCents += r.invoice.totals.totalCents;
      } else skipped++;
      if ((i & 8191) === 0) sample();
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    sample();
  }
  const sorted = times.slice().sort((a, b) => a - b);
  const ms = sorted[Math.floor(sorted.length / 2)]!;
  // CPU time (this process, GC threads included) is what one core spends; wall time also counts waiting for a busy CPU.
  const cpuMs = cpuTimes.slice().sort((a, b) => a - b)[Math.floor(cpuTimes.length / 2)]!;

  const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const perSecond = Math.round(n / (ms / 1000));
  console.log(`calculateInvoice over ${n.toLocaleString('en')} contracts (period ${period}, next ${nextPeriod(period)}, seed ${seed}, generated in ${genMs.toFixed(0)} ms)`);
  console.log(`  ${invoices} invoices, ${skipped} skipped, ${lines} lines, total ${(totalCents / 100).toFixed(2)} EUR`);
  console.log(`  median of ${passes} passes ${ms.toFixed(0)} ms → ${perSecond.toLocaleString('en')} contracts/s on one core`);
  console.log(`  median CPU time per pass ${cpuMs.toFixed(0)} ms → ${Math.round(n / (cpuMs / 1000)).toLocaleString('en')} contracts per CPU-second (target ≥ 200,000)`);
  console.log(`  passes (wall): ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; node ${process.version}`);
  console.log(`  peak memory: rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);
}

main();
