// Rule 1: a signed contract's invoices go to the signature's IBAN, whatever the client profile says.
import { billingAccountOf, explain, message, signatureIbanWarnings } from '@antena/domain';

const account = billingAccountOf({
  contractNumber: 'CT000001',
  signature: { iban: 'ES9121000418450200051332' },
  clientIban: 'ES7921000813610123456789',
});
console.log(account.source, account.iban);
console.log(message(account.code, 'en', account.params));

// The clerk changes the profile IBAN: billing does not move, and the screen should say so.
const [warning] = signatureIbanWarnings({
  newClientIban: 'ES6000491500051234567892',
  contracts: [{ id: 'k1', number: 'CT000001', signatureIban: 'ES9121000418450200051332' }],
});
const { message: text, remedy } = explain(warning, 'es');
console.log(text);
console.log(remedy);
