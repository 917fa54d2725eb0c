import { describe, expect, it } from 'vitest';
import { contractActions, invoiceActions } from './actions.js';

const allowed = { allowed: true, blockers: [] };
const availability = (xs: { action: string; available: boolean; refusal: { code: string } | null }[]) =>
  Object.fromEntries(xs.map((x) => [x.action, x.available ? 'yes' : x.refusal!.code]));

describe('contractActions', () => {
  it('a draft is signed, deleted and takes subscriptions; it is neither terminated nor its signature edited', () => {
    expect(availability(contractActions({ id: 'k1', number: 'CT1', status: 'DRAFT' }, [], allowed, '2026-11-20'))).toEqual({
      SIGN: 'yes', UPDATE_SIGNATURE: 'CONTRACT_NOT_SIGNED', TERMINATE: 'CONTRACT_NOT_TERMINABLE', ADD_SUBSCRIPTION: 'yes', DELETE: 'yes',
    });
  });

  it('a signed contract with a live subscription: signature edited, not terminated until it is cancelled, never deleted', () => {
    const blocked = { allowed: false, blockers: [{ code: 'CONTRACT_SIGNED' as const, entityType: 'Contract' as const, entityId: 'k1', field: 'signature', params: { contract: 'CT1' }, permanent: true }] };
    const signed = { id: 'k1', number: 'CT1', status: 'SIGNED' as const, signedAt: '2026-10-01' };
    expect(availability(contractActions(signed, [{ id: 's1', state: 'ACTIVE' }], blocked, '2026-11-20'))).toEqual({
      SIGN: 'CONTRACT_NOT_DRAFT', UPDATE_SIGNATURE: 'yes', TERMINATE: 'CONTRACT_HAS_LIVE_SUBSCRIPTIONS', ADD_SUBSCRIPTION: 'yes', DELETE: 'CONTRACT_SIGNED',
    });
    expect(availability(contractActions(signed, [{ id: 's1', state: 'CANCELLED' }], blocked, '2026-11-20')).TERMINATE).toBe('yes');
  });

  it('an archived client locks every action with its own reason', () => {
    const locked = { code: 'CLIENT_ARCHIVED' as const, entityType: 'Client' as const, entityId: 'c1', field: 'archivedAt', params: { client: 'C1' } };
    const actions = contractActions({ id: 'k1', number: 'CT1', status: 'DRAFT' }, [], allowed, '2026-11-20', locked);
    expect(actions.every((a) => !a.available && a.refusal?.code === 'CLIENT_ARCHIVED')).toBe(true);
  });
});

describe('invoiceActions', () => {
  it.each([
    ['INVOICE', 'ISSUED', null, { MARK_PAID: 'yes', MARK_RETURNED: 'yes', CREATE_CREDIT_NOTE: 'yes' }],
    ['INVOICE', 'PAID', null, { MARK_PAID: 'PAYMENT_STATUS_UNCHANGED', MARK_RETURNED: 'yes', CREATE_CREDIT_NOTE: 'yes' }],
    ['INVOICE', 'PAID', 'CREDIT_NOTE_NOTHING_LEFT', { MARK_PAID: 'PAYMENT_STATUS_UNCHANGED', MARK_RETURNED: 'yes', CREATE_CREDIT_NOTE: 'CREDIT_NOTE_NOTHING_LEFT' }],
    // A credit note is refunded: marking it paid is available (its pending blocker can be cleared).
    ['CREDIT_NOTE', 'ISSUED', 'CREDIT_NOTE_NOT_AN_INVOICE', { MARK_PAID: 'yes', MARK_RETURNED: 'PAYMENT_TRANSITION_INVALID', CREATE_CREDIT_NOTE: 'CREDIT_NOTE_NOT_AN_INVOICE' }],
  ] as const)('%s %s (credit: %s)', (kind, status, credit, expected) => {
    const refusal = credit === null ? null : { code: credit, params: { number: 'F1' } };
    expect(availability(invoiceActions({ kind, number: 'F1', status }, refusal))).toEqual(expected);
  });
});
