// Deletion preconditions entity by entity (docs/rules.md §1 rule 2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBSCRIPTION_STATES } from '../subscription/states.js';
import { checkClientDeletion, checkContractDeletion, checkSubscriptionDeletion } from './checks.js';
import type { ClientDeletionFacts, SubscriptionDeletionFacts } from './types.js';

const clean = (id: string, state: SubscriptionDeletionFacts['state'] = 'PENDING_ACTIVATION'): SubscriptionDeletionFacts =>
  ({ id, state, bonusCount: 0, additionalAmountCount: 0, invoiceLineCount: 0 });

describe('subscription deletion', () => {
  it.each(['REJECTED', 'PENDING_ACTIVATION'] as const)('a clean %s subscription can be deleted', (s) => {
    expect(checkSubscriptionDeletion(clean('s1', s))).toEqual({ allowed: true, blockers: [] });
  });
  it.each(['ACTIVE', 'ACTIVE_NON_BILLABLE', 'SUSPENDED', 'CANCELLED'] as const)('%s blocks on its state', (s) => {
    expect(checkSubscriptionDeletion(clean('s1', s))).toEqual({
      allowed: false,
      blockers: [{ code: 'SUBSCRIPTION_STATE', entityType: 'ServiceSubscription', entityId: 's1', field: 'state', params: { state: s }, permanent: true }],
    });
  });
  it('names every reason at once', () => {
    const r = checkSubscriptionDeletion({ id: 's1', state: 'ACTIVE', bonusCount: 2, additionalAmountCount: 1, invoiceLineCount: 5 });
    expect(r.blockers.map((b) => [b.code, b.field, b.params['count'] ?? null])).toEqual([
      ['SUBSCRIPTION_STATE', 'state', null], ['SUBSCRIPTION_HAS_BONUSES', 'bonuses', 2],
      ['SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS', 'additionalAmounts', 1], ['SUBSCRIPTION_INVOICED', 'invoices', 5],
    ]);
  });
});

describe('contract deletion', () => {
  it('an unsigned contract with pending and rejected subscriptions can be deleted', () => {
    expect(checkContractDeletion({ id: 'k1', number: 'C-1', signed: false, subscriptions: [clean('s1'), clean('s2', 'REJECTED')] }).allowed).toBe(true);
  });
  it('a signed contract is blocked, and so are its subscriptions, entity by entity', () => {
    const r = checkContractDeletion({ id: 'k1', number: 'C-1', signed: true, subscriptions: [clean('s1'), { ...clean('s2'), bonusCount: 1 }] });
    expect(r.allowed).toBe(false);
    expect(r.blockers).toEqual([
      { code: 'CONTRACT_SIGNED', entityType: 'Contract', entityId: 'k1', field: 'signature', params: { contract: 'C-1' }, permanent: true },
      { code: 'SUBSCRIPTION_HAS_BONUSES', entityType: 'ServiceSubscription', entityId: 's2', field: 'bonuses', params: { contract: 'C-1', count: 1 } },
    ]);
  });
});

describe('client deletion', () => {
  it('gathers its own, its contracts\' and their subscriptions\' blockers', () => {
    const r = checkClientDeletion({
      id: 'c1', code: 'CLI-1', pendingInvoiceCount: 1, settledInvoiceCount: 3,
      contracts: [
        { id: 'k1', number: 'C-1', signed: true, subscriptions: [clean('s1', 'ACTIVE')] },
        { id: 'k2', number: 'C-2', signed: false, subscriptions: [{ ...clean('s2'), additionalAmountCount: 2 }] },
      ],
    });
    expect(r.blockers.map((b) => [b.entityType, b.entityId, b.code])).toEqual([
      ['Client', 'c1', 'HAS_PENDING_INVOICES'], ['Client', 'c1', 'HAS_INVOICE_HISTORY'], ['Contract', 'k1', 'CONTRACT_SIGNED'],
      ['ServiceSubscription', 's1', 'SUBSCRIPTION_STATE'], ['ServiceSubscription', 's2', 'SUBSCRIPTION_HAS_ADDITIONAL_AMOUNTS'],
    ]);
    // What no action can clear is marked permanent: its remedy archives the client instead.
    expect(r.blockers.map((b) => b.permanent === true)).toEqual([true, true, true, true, false]);
  });
  it('a client with nothing can be deleted', () => {
    expect(checkClientDeletion({ id: 'c1', code: 'CLI-1', pendingInvoiceCount: 0, settledInvoiceCount: 0, contracts: [] })).toEqual({ allowed: true, blockers: [] });
  });

  const subFacts = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }), state: fc.constantFrom(...SUBSCRIPTION_STATES),
    bonusCount: fc.nat(2), additionalAmountCount: fc.nat(2), invoiceLineCount: fc.nat(2),
  });
  const clientFacts: fc.Arbitrary<ClientDeletionFacts> = fc.record({
    id: fc.constant('c1'), code: fc.constant('CLI-1'), pendingInvoiceCount: fc.nat(2), settledInvoiceCount: fc.nat(2),
    contracts: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), number: fc.constant('C-1'), signed: fc.boolean(), subscriptions: fc.array(subFacts, { maxLength: 3 }) }), { maxLength: 3 }),
  });

  it('allowed ⇔ no blockers, and a client is deletable only when each of its parts is', () => {
    fc.assert(fc.property(clientFacts, (c) => {
      const r = checkClientDeletion(c);
      expect(r.allowed).toBe(r.blockers.length === 0);
      const partsOk = c.pendingInvoiceCount === 0 && c.settledInvoiceCount === 0 && c.contracts.every((k) => checkContractDeletion(k).allowed);
      expect(r.allowed).toBe(partsOk);
      for (const k of c.contracts) {
        const kc = checkContractDeletion(k);
        expect(kc.allowed).toBe(kc.blockers.length === 0);
        expect(kc.allowed).toBe(!k.signed && k.subscriptions.every((s) => checkSubscriptionDeletion(s).allowed));
        for (const s of k.subscriptions) {
          const sc = checkSubscriptionDeletion(s);
          expect(sc.allowed).toBe(sc.blockers.length === 0);
          expect(sc.allowed).toBe((s.state === 'REJECTED' || s.state === 'PENDING_ACTIVATION') && s.bonusCount === 0 && s.additionalAmountCount === 0 && s.invoiceLineCount === 0);
        }
      }
    }), { numRuns: 300 });
  });
});
