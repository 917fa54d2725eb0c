// What may be done next with a contract or an invoice, each action with the reason when it is not available
// (docs/rules.md §2): the API exposes it as `availableActions`, so no client re-derives a lifecycle rule.
import type { DateOnly } from '../dates/day-number.js';
import type { CreditNoteRefusalCode } from '../billing/credit-note.js';
import type { CorrectionRefusalCode, ResendRefusalCode } from '../verifactu/correction.js';
import type { ArchiveCode } from '../deletion/archive.js';
import type { DeletionBlockerCode, DeletionCheck } from '../deletion/types.js';
import type { RefusalOf } from '../explain/refusal.js';
import type { ValidationCode } from '../validation/result.js';
import { checkPaymentTransition, type InvoiceDocumentKind, type PaymentRefusalCode, type PaymentStatus } from '../billing/payment.js';
import type { SubscriptionState } from '../subscription/states.js';
import { checkAddSubscription, checkSignContract, checkSignatureUpdate, checkTerminateContract, type ContractFacts, type ContractRefusalCode } from './lifecycle.js';

/** One action and whether it is available now; `refusal` says why not (null when available). */
export interface AvailableAction<A extends string> { action: A; available: boolean; refusal: RefusalOf<ActionRefusalCode> | null }
/** Codes of the reasons an action is not available: the contract's lifecycle, its deletion, an invoice's payment status, an archived client, a VeriFactu record's state. */
export type ActionRefusalCode = ContractRefusalCode | ValidationCode | DeletionBlockerCode | PaymentRefusalCode | ArchiveCode | CreditNoteRefusalCode
  | CorrectionRefusalCode | ResendRefusalCode;
/** What can be done with a contract. */
export type ContractAction = 'SIGN' | 'UPDATE_SIGNATURE' | 'TERMINATE' | 'ADD_SUBSCRIPTION' | 'DELETE';
/** What can be done with an issued invoice or credit note: move its payment status, or rectify it with a credit note. */
export type InvoiceAction = 'MARK_PAID' | 'MARK_RETURNED' | 'CREATE_CREDIT_NOTE';

const entry = <A extends string>(action: A, refusal: RefusalOf<ActionRefusalCode> | null): AvailableAction<A> => ({ action, available: refusal === null, refusal });

/**
 * Every contract action with its availability. `today` stands for the termination date (a termination takes a date;
 * whether it is available is judged for today). `locked` is a refusal that blocks every action (an archived client).
 */
export function contractActions(
  c: ContractFacts & { signedAt?: DateOnly | null }, subscriptions: readonly { id: string; state: SubscriptionState }[], deletion: DeletionCheck,
  today: DateOnly, locked: RefusalOf<ActionRefusalCode> | null = null,
): AvailableAction<ContractAction>[] {
  // The first blocker stands for all of them; the deletion check itself lists every one.
  const b = deletion.blockers[0];
  const deleteRefusal: RefusalOf<ActionRefusalCode> | null = deletion.allowed || !b ? null
    : { code: b.code, entityType: b.entityType, entityId: b.entityId, ...(b.field === null ? {} : { field: b.field }), params: b.params };
  const all: [ContractAction, RefusalOf<ActionRefusalCode> | null][] = [
    ['SIGN', checkSignContract(c)],
    ['UPDATE_SIGNATURE', checkSignatureUpdate(c)],
    ['TERMINATE', checkTerminateContract(c, subscriptions, today)],
    ['ADD_SUBSCRIPTION', checkAddSubscription(c)],
    ['DELETE', deleteRefusal],
  ];
  return all.map(([action, refusal]) => entry(action, locked ?? refusal));
}

const TARGET: Record<'MARK_PAID' | 'MARK_RETURNED', PaymentStatus> = { MARK_PAID: 'PAID', MARK_RETURNED: 'RETURNED' };

/**
 * Every action on an invoice or credit note, with the reason when it is not available: the payment moves its status
 * allows, and CREATE_CREDIT_NOTE while something is still creditable (`credit`: the answer of `checkCreditNoteAvailable`).
 */
export function invoiceActions(invoice: { kind: InvoiceDocumentKind; number: string; status: PaymentStatus }, credit: RefusalOf<CreditNoteRefusalCode> | null): AvailableAction<InvoiceAction>[] {
  return [
    ...(Object.keys(TARGET) as (keyof typeof TARGET)[]).map((action) => entry<InvoiceAction>(action, checkPaymentTransition(invoice, TARGET[action]))),
    entry<InvoiceAction>('CREATE_CREDIT_NOTE', credit),
  ];
}
