// Domain results → the explained GraphQL shapes, translated for the caller's locale.
import {
  explain, message, type BillableStatus as DomainBillable, type BillingAccount as DomainAccount,
  type AvailableAction as DomainAvailableAction, type DeletionCheck as DomainCheck, type Locale, type Warning,
} from '@antena/domain';
import type { AvailableAction, BillableStatus, BillingAccount, DeletionCheck, Explanation } from './types/explanation.types.js';

export function toDeletionCheck(check: DomainCheck, locale: Locale): DeletionCheck {
  return {
    allowed: check.allowed,
    blockers: check.blockers.map((b) => {
      const e = explain(b, locale);
      return { code: b.code, message: e.message, remedy: e.remedy, field: b.field, entityType: b.entityType, entityId: b.entityId, permanent: b.permanent === true };
    }),
  };
}

export function toBillableStatus(status: DomainBillable, locale: Locale): BillableStatus {
  return { billable: status.billable, code: status.code, reason: message(status.code, locale, status.params) };
}

export function toBillingAccount(account: DomainAccount, locale: Locale): BillingAccount {
  return { iban: account.iban, source: account.source, explanation: message(account.code, locale, account.params) };
}

export function toExplanation(w: Warning, locale: Locale): Explanation {
  return explain(w, locale);
}

/** An action and its availability, with the refusal put into words. */
export function toAvailableAction(a: DomainAvailableAction<string>, locale: Locale): AvailableAction {
  if (!a.refusal) return { action: a.action, available: true, reason: null };
  const e = explain(a.refusal, locale);
  return {
    action: a.action, available: false,
    reason: { code: a.refusal.code, message: e.message, remedy: e.remedy, field: a.refusal.field ?? null, entityType: a.refusal.entityType ?? null, entityId: a.refusal.entityId ?? null },
  };
}
