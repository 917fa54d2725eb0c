// Untrusted input: validation and calculations answer with codes and the field at fault, never with an exception.
import { calculateInvoice, checkInvoiceInput, explain, message, parseEuros, validateIban, validateSpanishTaxId } from '@antena/domain';

console.log(validateIban('es91 2100 0418 4502 0005 1332'));
console.log(validateIban('ES91 2100 0418 4502 0005 1333'));
console.log(validateSpanishTaxId('12345678z'));
console.log(parseEuros('45,38'));

const input = {
  mode: 'ARREARS', period: '2026-11', contractId: 'k1',
  subscriptions: [{
    id: 's1', billingStartDate: null, bonuses: [], additionalAmounts: [], charged: [],
    states: [{ state: 'ACTIVE', effectiveDate: '2026-02-30' }],
    tariffs: [{ tariffId: 't1', tariffCode: 'FIBRA-300', priceCents: 3000, vatRate: 0.21, effectiveDate: '2026-10-01' }],
  }],
};
const result = calculateInvoice(input);
console.log(result.skipped.code, '—', message(result.skipped.code, 'en', result.skipped.params));
const refusal = checkInvoiceInput(input);
console.log(explain(refusal, 'es'));
