// Runnable tour of @antena/domain: pnpm --filter @antena/domain build && node packages/domain/examples/quickstart.mjs
import { calculateInvoice, message, explain, checkClientDeletion, billingAccountOf, validateIban } from '@antena/domain';

const A = { tariffId: 'A', tariffCode: 'FIBRA-300', priceCents: 3000, vatRate: 0.21 };
const B = { tariffId: 'B', tariffCode: 'FIBRA-600', priceCents: 4500, vatRate: 0.21 };

// SPEC §3 worked example 1: ARREARS, migration A→B effective 2026-11-16
const result = calculateInvoice({
  mode: 'ARREARS', period: '2026-11', contractId: 'k1',
  subscriptions: [{
    id: 's1', billingStartDate: null, bonuses: [], additionalAmounts: [], charged: [],
    states: [{ state: 'ACTIVE', effectiveDate: '2026-10-01' }],
    tariffs: [{ ...A, effectiveDate: '2026-10-01' }, { ...B, effectiveDate: '2026-11-16' }],
  }],
});
for (const line of result.invoice.lines) console.log(line.amountCents, message(line.code, 'es', line.params));
console.log(result.invoice.totals); // { baseCents: 3750, taxCents: 788, totalCents: 4538, vat: [...] }

// Rule 1: the signature prevails
const account = billingAccountOf({ contractNumber: 'C-2026-0001', signature: { iban: 'ES9121000418450200051332' }, clientIban: 'ES7921000813610123456789' });
console.log(account.source, '—', message(account.code, 'en', account.params));

// Rule 2: why a client cannot be deleted, and what to do
const check = checkClientDeletion({ id: 'c1', code: 'CLI-0001', pendingInvoiceCount: 0, settledInvoiceCount: 3, contracts: [] });
console.log(check.allowed, check.blockers.map((b) => explain(b, 'es')));

console.log(validateIban('es91 2100 0418 4502 0005 1333')); // { ok: false, code: 'IBAN_INVALID', params: {...} }
