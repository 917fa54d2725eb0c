// Rule 3: an ACTIVE_NON_BILLABLE subscription keeps its service and never generates invoice lines.
import { billableStatus, calculateInvoice, message } from '@antena/domain';

const internalLine = {
  id: 's1', billingStartDate: null, bonuses: [], charged: [],
  states: [{ state: 'ACTIVE', effectiveDate: '2026-09-01' }, { state: 'ACTIVE_NON_BILLABLE', effectiveDate: '2026-10-01' }],
  tariffs: [{ tariffId: 't1', tariffCode: 'FIBRA-600', priceCents: 4500, vatRate: 0.21, effectiveDate: '2026-09-01' }],
  additionalAmounts: [{
    id: 'a1', description: 'Router rental', amountCents: 300, vatRate: 0.21, kind: 'MONTHLY',
    date: null, validFrom: '2026-09-01', validTo: null, alreadyBilled: false,
  }],
};

const status = billableStatus(internalLine.states, '2026-11-15');
console.log(status.billable, message(status.code, 'en', status.params));

const result = calculateInvoice({ mode: 'ARREARS', period: '2026-11', contractId: 'k1', subscriptions: [internalLine] });
console.log(result.invoice, result.skipped.code);
console.log(message(result.skipped.code, 'es', result.skipped.params));
