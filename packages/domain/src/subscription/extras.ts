// Removing a bonus or an additional amount (docs/rules.md §2 "Removing bonuses and additional amounts"):
// deleted while no invoice ever applied it; once applied, only ended, never before the last day invoiced.
import { isDateOnly, type DateOnly } from '../dates/day-number.js';
import type { DeletionCheck } from '../deletion/types.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';

/** Which kind of extra a subscription carries: a bonus or an additional amount. */
export type ExtraType = 'Bonus' | 'AdditionalAmount';

/** Codes of the refusals to end a bonus or an additional amount. */
export type ExtraRefusalCode = 'EXTRA_ONE_OFF_NOT_ENDABLE' | 'EXTRA_END_BEFORE_INVOICED';

/** What the removal checks need to know about one bonus or additional amount. */
export interface ExtraFacts {
  type: ExtraType;
  id: string;
  /** A one-off additional amount: charged once on its date, it has no validity to end. */
  oneOff: boolean;
  /** Start of validity (null for a one-off amount). */
  validFrom: DateOnly | null;
  /** End of validity (null: open-ended). */
  validTo: DateOnly | null;
  /** Invoice lines (and zero-total charges) that applied it. */
  appliedCount: number;
  /** The last day it was applied on (null when never). */
  invoicedThrough: DateOnly | null;
}

/** Whether a bonus or additional amount may be deleted: only while nothing ever applied it. */
export function checkExtraDeletion(f: ExtraFacts): DeletionCheck {
  if (f.appliedCount === 0) return { allowed: true, blockers: [] };
  const params: Record<string, string | number> = { count: f.appliedCount, oneOff: f.oneOff ? 'yes' : 'no' };
  if (f.invoicedThrough !== null) params.invoicedThrough = f.invoicedThrough;
  return {
    allowed: false,
    blockers: [{
      code: f.type === 'Bonus' ? 'BONUS_INVOICED' : 'ADDITIONAL_AMOUNT_INVOICED',
      entityType: f.type, entityId: f.id, field: 'invoices', params, permanent: true,
    }],
  };
}

/**
 * Whether its validity may end on `endDate` (the last day it applies): not a one-off amount, not before it starts,
 * and not before the last day already invoiced — issued invoices are never rewritten.
 */
export function checkExtraEnd(f: ExtraFacts, endDate: DateOnly): RefusalOf<ExtraRefusalCode | ValidationCode> | null {
  const base = { entityType: f.type, entityId: f.id, field: 'validTo' } as const;
  if (!isDateOnly(endDate)) return { ...base, code: 'DATE_INVALID', params: { field: 'validTo', value: String(endDate) } };
  if (f.oneOff) return { ...base, field: 'kind', code: 'EXTRA_ONE_OFF_NOT_ENDABLE', params: { invoiced: f.appliedCount > 0 ? 'yes' : 'no' } };
  if (f.validFrom !== null && endDate < f.validFrom) return { ...base, code: 'DATE_RANGE_INVALID', params: { from: f.validFrom, to: endDate } };
  if (f.invoicedThrough !== null && endDate < f.invoicedThrough) {
    return { ...base, code: 'EXTRA_END_BEFORE_INVOICED', params: { type: f.type, end: endDate, invoicedThrough: f.invoicedThrough } };
  }
  return null;
}
