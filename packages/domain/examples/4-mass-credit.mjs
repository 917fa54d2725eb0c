// Rule 4: billed in advance, migrated mid-month: a credit note for the old tariff's unused days,
// and the new tariff charged for them on the next invoice.
import { calculateInvoice, calculateMassCredit, formatCents, message, netChargedRanges } from '@antena/domain';

const A = { tariffId: 'A', tariffCode: 'FIBRA-300', priceCents: 3000, vatRate: 0.21 };
const B = { tariffId: 'B', tariffCode: 'FIBRA-600', priceCents: 4500, vatRate: 0.21 };
const sub = (tariffs, charged) => ({
  id: 's1', billingStartDate: null, bonuses: [], additionalAmounts: [], charged,
  states: [{ state: 'ACTIVE', effectiveDate: '2026-10-01' }], tariffs,
});
const show = (lines) => lines.forEach((l) => console.log(`  ${formatCents(l.amountCents, 'en').padStart(8)}  ${message(l.code, 'en', l.params)}`));

// 1 November, ADVANCE: the whole month at tariff A (October was charged by an earlier run).
const november = calculateInvoice({
  mode: 'ADVANCE', period: '2026-11', contractId: 'k1',
  subscriptions: [sub([{ ...A, effectiveDate: '2026-10-01' }], [{ from: '2026-10-01', to: '2026-10-31' }])],
}).invoice;
console.log('November invoice:');
show(november.lines);

// On 16 November the subscription moves to B. The mass credit gives back A's unused days.
const tariffs = [{ ...A, effectiveDate: '2026-10-01' }, { ...B, effectiveDate: '2026-11-16' }];
const { notes: [note] } = calculateMassCredit({
  period: '2026-11',
  subscriptions: [{ id: 's1', states: [{ state: 'ACTIVE', effectiveDate: '2026-10-01' }], tariffs }],
  advanceCharges: november.lines.map((l) => ({ ...l, invoiceId: 'F2026-000001' })),
  alreadyCredited: [],
});
console.log(`Credit note rectifying ${note.rectifiesInvoiceId}:`);
show(note.lines);

// 1 December: the days left charged are October and 1–15 November, so B is caught up for 16–30 November.
const charged = netChargedRanges([...november.lines, ...note.lines, { kind: 'CHARGE', subscriptionId: 's1', from: '2026-10-01', to: '2026-10-31' }]);
const december = calculateInvoice({ mode: 'ADVANCE', period: '2026-12', contractId: 'k1', subscriptions: [sub(tariffs, charged.get('s1'))] }).invoice;
console.log('December invoice:');
show(december.lines);
console.log('  total', formatCents(december.totals.totalCents, 'en'), 'VAT included');
