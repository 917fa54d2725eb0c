// Domain results → the explained GraphQL shapes, translated for the caller's locale. Messages and remedies
// are getters, rendered when a query selects them: a page that asks only for codes renders no message.
import {
  explain, message, type BillableStatus as DomainBillable, type BillingAccount as DomainAccount,
  type AvailableAction as DomainAvailableAction, type DeletionCheck as DomainCheck, type Locale, type Warning,
} from '@antena/domain';
import type { AvailableAction, BillableStatus, BillingAccount, DeletionCheck, Explanation } from './types/explanation.types.js';

export function toDeletionCheck(check: DomainCheck, locale: Locale): DeletionCheck {
  return {
    allowed: check.allowed,
    blockers: check.blockers.map((b) => {
      const e = lazily(() => explain(b, locale));
      return {
        code: b.code, get message() { return e().message; }, get remedy() { return e().remedy; },
        field: b.field, entityType: b.entityType, entityId: b.entityId, permanent: b.permanent === true,
      };
    }),
  };
}

export function toBillableStatus(status: DomainBillable, locale: Locale): BillableStatus {
  const reason = lazily(() => message(status.code, locale, status.params));
  return { billable: status.billable, code: status.code, get reason() { return reason(); } };
}

export function toBillingAccount(account: DomainAccount, locale: Locale): BillingAccount {
  const explanation = lazily(() => message(account.code, locale, account.params));
  return { iban: account.iban, source: account.source, get explanation() { return explanation(); } };
}

export function toExplanation(w: Warning, locale: Locale): Explanation {
  return explain(w, locale);
}

/** An action and its availability, with the refusal put into words. */
export function toAvailableAction(a: DomainAvailableAction<string>, locale: Locale): AvailableAction {
  if (!a.refusal) return { action: a.action, available: true, reason: null };
  const refusal = a.refusal;
  const e = lazily(() => explain(refusal, locale));
  return {
    action: a.action, available: false,
    reason: {
      code: refusal.code, get message() { return e().message; }, get remedy() { return e().remedy; },
      field: refusal.field ?? null, entityType: refusal.entityType ?? null, entityId: refusal.entityId ?? null,
    },
  };
}

/** Computes once, on first use. */
function lazily<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) { value = compute(); done = true; }
    return value;
  };
}
