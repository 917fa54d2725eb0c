// Archiving instead of deleting (docs/rules.md §1 rule 2, "Archive").
import { describe, expect, it } from 'vitest';
import { explain } from '../explain/explain.js';
import { checkArchive, checkClientWritable, checkUnarchive, clientBillingSkip } from './archive.js';

const client = { id: 'c1', code: 'C000001', archivedAt: null as string | null, subscriptionStates: [] as const };

describe('archive', () => {
  it('archives a client whose subscriptions are all cancelled or rejected', () => {
    expect(checkArchive({ ...client, subscriptionStates: ['CANCELLED', 'REJECTED'] })).toBeNull();
    expect(checkArchive(client)).toBeNull();
  });

  it('refuses while a subscription is live, counting them', () => {
    const r = checkArchive({ ...client, subscriptionStates: ['ACTIVE', 'PENDING_ACTIVATION', 'CANCELLED', 'SUSPENDED'] })!;
    expect(r).toMatchObject({ code: 'CLIENT_HAS_LIVE_SUBSCRIPTIONS', entityType: 'Client', entityId: 'c1', field: 'subscriptions', params: { count: 3 } });
    expect(explain(r, 'es').message).toBe('El cliente C000001 tiene 3 suscripciones que no están canceladas ni rechazadas.');
    expect(explain({ ...r, params: { ...r.params, count: 1 } }, 'en').message).toBe('Client C000001 has 1 subscription that is not cancelled or rejected.');
  });

  it('an archived client is read-only, not archived twice, unarchived, and never billed', () => {
    const archived = { ...client, archivedAt: '2026-11-20T10:00:00.000Z' };
    expect(checkClientWritable(client)).toBeNull();
    expect(checkClientWritable(archived)?.code).toBe('CLIENT_ARCHIVED');
    expect(explain(checkClientWritable(archived)!, 'en').remedy).toContain('unarchiveClient');
    expect(checkArchive(archived)?.code).toBe('CLIENT_ARCHIVED');
    expect(checkUnarchive(archived)).toBeNull();
    expect(checkUnarchive(client)?.code).toBe('CLIENT_NOT_ARCHIVED');
    expect(clientBillingSkip(client)).toBeNull();
    expect(clientBillingSkip(archived)).toEqual({ code: 'CLIENT_ARCHIVED', params: { client: 'C000001' } });
  });
});
