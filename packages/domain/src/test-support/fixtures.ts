// Builders for billing tests: docs/rules.md §3's tariffs A and B and terse subscription timelines.
import type { SubscriptionState } from '../subscription/states.js';
import type { StateChange, TariffChange } from '../subscription/timeline.js';
import type { CreditNoteDraft, SubscriptionBillingInput } from '../billing/types.js';
import { calculateMassCredit, type MassCreditInput } from '../billing/mass-credit.js';

export const A = { tariffId: 'A', tariffCode: 'A', priceCents: 3000, vatRate: 0.21 } as const;
export const B = { tariffId: 'B', tariffCode: 'B', priceCents: 4500, vatRate: 0.21 } as const;

export const on = (tariff: { tariffId: string; tariffCode: string; priceCents: number; vatRate: number }, effectiveDate: string): TariffChange =>
  ({ ...tariff, effectiveDate });

export const st = (state: SubscriptionState, effectiveDate: string): StateChange => ({ state, effectiveDate });

export function sub(p: Partial<SubscriptionBillingInput> & Pick<SubscriptionBillingInput, 'states' | 'tariffs'>): SubscriptionBillingInput {
  return { id: 's1', billingStartDate: null, bonuses: [], additionalAmounts: [], charged: [], ...p };
}

/** The lines' amounts in order, for exact-cents assertions. */
export const amounts = (lines: ReadonlyArray<{ amountCents: number }>): number[] => lines.map((l) => l.amountCents);

/** The credit notes of a well-formed mass-credit input (fails the test when the input is refused). */
export function massCreditNotes(input: MassCreditInput): CreditNoteDraft[] {
  const r = calculateMassCredit(input);
  if (r.refusal) throw new Error(`mass credit refused: ${r.refusal.code} ${r.refusal.field ?? ''}`);
  return r.notes;
}
