// Rule 2: deletion has preconditions; the check lists every blocker, the entity it concerns and what to do.
import { checkClientDeletion, checkSubscriptionDeletion, explain } from '@antena/domain';

const check = checkClientDeletion({
  id: 'c1', code: 'C000006', pendingInvoiceCount: 1, settledInvoiceCount: 0,
  contracts: [{
    id: 'k1', number: 'CT000006', signed: true,
    subscriptions: [{ id: 's1', state: 'ACTIVE', bonusCount: 1, additionalAmountCount: 0, invoiceLineCount: 0 }],
  }],
});
console.log('allowed:', check.allowed);
for (const blocker of check.blockers) {
  const e = explain(blocker, 'en');
  console.log(`- ${e.entityType} ${e.entityId} (${e.field}): ${e.message}`);
  console.log(`  ${e.remedy}`);
}

// A subscription that never provided service and has nothing attached can go.
console.log(checkSubscriptionDeletion({ id: 's2', state: 'REJECTED', bonusCount: 0, additionalAmountCount: 0, invoiceLineCount: 0 }));
