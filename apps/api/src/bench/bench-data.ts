// Synthetic bench data: N contracts, ~1.5 subscriptions each, with the mixed timelines of a real ISP in
// November 2026 (long-active lines, mid-month activations, suspensions, cancellations, tariff migrations,
// non-billable lines, bonuses, one-off amounts). Written with multi-row INSERTs, a slice at a time, so
// the generator never holds more than one slice in memory.
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '../billing/bulk-insert.js';
import { newId } from '../db/ids.js';
import { nextSequenceValues } from '../db/sequences.js';
import { inTransaction } from '../db/transaction.js';
import { clientSearchTerms, clientSearchText, type SearchableClient } from '../services/client-search.js';
import {
  AdditionalAmountEntity, BonusEntity, ClientEntity, ContractEntity, SubscriptionEntity, SubscriptionStateChangeEntity,
  SubscriptionTariffChangeEntity, TariffEntity,
} from '../entities/index.js';

const AT = '2026-10-01T00:00:00.000Z';
const SLICE = 5000;
const IBANS = ['ES9121000418450200051332', 'ES7921000813610123456789', 'ES6621000418401234567891', 'ES1000492352082414205416', 'ES7620770024003102575766'];
const nif = (n: number) => { const x = 10_000_000 + (n % 89_999_999); return `${x}${'TRWAGMYFPDXBNJZSQVHLCKE'[x % 23]}`; };
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

const insert = (m: EntityManager, entity: Function, rows: object[]) => bulkInsert(m, entity, rows);

export async function seedBenchData(ds: DataSource, contracts: number): Promise<{ subscriptions: number }> {
  const tariffs = Array.from({ length: 8 }, (_, i) => ({ id: newId(), code: `BENCH-${i}`, name: `Fibra ${i}`, priceCents: 1500 + i * 650, vatRate: 0.21, createdAt: AT }));
  await inTransaction(ds, (m) => insert(m, TariffEntity, tariffs));
  let subscriptions = 0;
  for (let base = 0; base < contracts; base += SLICE) {
    const n = Math.min(SLICE, contracts - base);
    const clients: object[] = []; const cts: object[] = []; const subs: object[] = []; const states: ({ seq: number } & Record<string, unknown>)[] = [];
    const tchanges: ({ seq: number } & Record<string, unknown>)[] = []; const bonuses: object[] = []; const extras: object[] = [];
    for (let k = 0; k < n; k++) {
      const i = base + k;
      const clientId = newId();
      const contractId = newId();
      const signed = i % 10 < 7;
      const client = { id: clientId, code: `B${String(i).padStart(7, '0')}`, kind: 'PERSON', name: `Cliente ${i}`, taxId: nif(i * 7919), email: `c${i}@bench.local`,
        phone: null, address: null, iban: i % 3 === 0 ? null : IBANS[i % IBANS.length]!, partnerId: null, version: 1, createdAt: AT, updatedAt: AT };
      clients.push({ ...client, searchText: clientSearchText(client) });
      cts.push({ id: contractId, number: `K${String(i).padStart(7, '0')}`, clientId, status: signed ? 'SIGNED' : 'DRAFT', signedAt: signed ? '2025-01-10' : null,
        signerName: signed ? `Firmante ${i}` : null, signerTaxId: signed ? nif(i * 104729) : null, iban: signed ? IBANS[(i + 1) % IBANS.length] : null,
        mandateReference: signed ? `BENCH-${i}` : null, version: 1, createdAt: AT, updatedAt: AT });
      for (let s = 0; s < (i % 2 === 0 ? 2 : 1); s++) {
        const subId = newId();
        const v = (i * 3 + s * 7) % 10;
        const tariff = tariffs[(i + s) % tariffs.length]!;
        const d = 2 + ((i + s) % 27);
        // State timeline by variant: mostly long-active; the rest change within the month.
        const timeline: [string, string][] =
          v <= 4 ? [['ACTIVE', '2025-03-01']]
          : v === 5 ? [['PENDING_ACTIVATION', '2026-10-20'], ['ACTIVE', day(d)]]
          : v === 6 ? [['ACTIVE', '2025-06-01'], ['SUSPENDED', day(d)]]
          : v === 7 ? [['ACTIVE_NON_BILLABLE', '2025-02-01']]
          : v === 8 ? [['ACTIVE', '2025-04-01'], ['CANCELLED', day(d)]]
          : [['ACTIVE', '2025-05-01'], ['ACTIVE_NON_BILLABLE', day(d)], ['ACTIVE', day(Math.min(d + 1, 30))]];
        const firstActive = timeline.find(([st]) => st === 'ACTIVE')?.[1] ?? null;
        subs.push({ id: subId, contractId, tariffId: tariff.id, state: timeline[timeline.length - 1]![0], billingStartDate: firstActive, createdAt: AT });
        timeline.forEach(([state, effectiveDate], j) => states.push({ id: newId(), subscriptionId: subId, state, effectiveDate, createdAt: `2026-10-01T00:00:0${j}.000Z`, seq: 0 }));
        tchanges.push({ id: newId(), subscriptionId: subId, tariffId: tariff.id, effectiveDate: '2025-01-01', createdAt: AT, seq: 0 });
        if ((i + s) % 5 === 0) tchanges.push({ id: newId(), subscriptionId: subId, tariffId: tariffs[(i + s + 3) % tariffs.length]!.id, effectiveDate: day(1 + ((i + s) % 29) + 1), createdAt: AT, seq: 0 });
        if (i % 10 === 3) bonuses.push({ id: newId(), subscriptionId: subId, kind: 'PERCENT', percent: 10, amountCents: null, description: 'Promo', validFrom: '2026-01-01', validTo: null, version: 1, createdAt: AT });
        if (i % 20 === 7) extras.push({ id: newId(), subscriptionId: subId, description: 'Router', amountCents: 4900, vatRate: 0.21, kind: 'ONE_OFF', date: day(d), validFrom: null, validTo: null, version: 1, createdAt: AT });
        subscriptions++;
      }
    }
    await inTransaction(ds, async (m) => {
      await insert(m, ClientEntity, clients);
      const terms = (clients as (SearchableClient & { id: string; partnerId: string | null })[])
        .flatMap((c) => clientSearchTerms(c).map((term) => ({ clientId: c.id, term, partnerId: c.partnerId })));
      for (let t = 0; t < terms.length; t += 1000) {
        await m.createQueryBuilder().insert().into('client_search_terms', ['clientId', 'term', 'partnerId']).values(terms.slice(t, t + 1000)).execute();
      }
      await insert(m, ContractEntity, cts);
      await insert(m, SubscriptionEntity, subs);
      const seqs = await nextSequenceValues(m, 'timeline', states.length + tchanges.length);
      [...states, ...tchanges].forEach((x, k) => { x.seq = seqs[k]!; });
      await insert(m, SubscriptionStateChangeEntity, states);
      await insert(m, SubscriptionTariffChangeEntity, tchanges);
      if (bonuses.length) await insert(m, BonusEntity, bonuses);
      if (extras.length) await insert(m, AdditionalAmountEntity, extras);
    });
  }
  return { subscriptions };
}
