// Archiving instead of deleting (docs/rules.md §1 rule 2, "Archive"): a client whose invoices or signed contracts
// must be kept is archived — hidden from lists, read-only but for unarchiving, and never billed again.
import type { RefusalOf } from '../explain/refusal.js';
import { isFinalState, type SubscriptionState } from '../subscription/states.js';

/** Codes of the archive refusals and of the billing skip for an archived client. */
export type ArchiveCode = 'CLIENT_ARCHIVED' | 'CLIENT_NOT_ARCHIVED' | 'CLIENT_HAS_LIVE_SUBSCRIPTIONS';

/** What the archive checks need to know about a client. */
export interface ClientArchiveFacts {
  id: string;
  code: string;
  /** When it was archived (an instant), or null. */
  archivedAt: string | null;
  /** The current state of each of its subscriptions. */
  subscriptionStates: readonly SubscriptionState[];
}

const refusal = (c: { id: string; code: string }, code: ArchiveCode, params: Record<string, string | number> = {}): RefusalOf<ArchiveCode> => ({
  code, entityType: 'Client', entityId: c.id, field: 'archivedAt', params: { client: c.code, ...params },
});

/** An archived client is read-only: any change but unarchiving is refused with this reason. */
export function checkClientWritable(c: { id: string; code: string; archivedAt: string | null }): RefusalOf<ArchiveCode> | null {
  return c.archivedAt === null ? null : refusal(c, 'CLIENT_ARCHIVED');
}

/**
 * A client is archived only when nothing of it is live: archiving stops its billing, so a subscription still
 * giving service (or about to) must be cancelled or rejected first.
 */
export function checkArchive(c: ClientArchiveFacts): RefusalOf<ArchiveCode> | null {
  if (c.archivedAt !== null) return refusal(c, 'CLIENT_ARCHIVED');
  const live = c.subscriptionStates.filter((s) => !isFinalState(s)).length;
  return live > 0 ? { ...refusal(c, 'CLIENT_HAS_LIVE_SUBSCRIPTIONS', { count: live }), field: 'subscriptions' } : null;
}

/** Only an archived client is unarchived. */
export function checkUnarchive(c: { id: string; code: string; archivedAt: string | null }): RefusalOf<ArchiveCode> | null {
  return c.archivedAt === null ? refusal(c, 'CLIENT_NOT_ARCHIVED') : null;
}

/** Why a billing run leaves a contract out because of its client (null: the client is billed). */
export function clientBillingSkip(c: { code: string; archivedAt: string | null }): { code: 'CLIENT_ARCHIVED'; params: Record<string, string> } | null {
  return c.archivedAt === null ? null : { code: 'CLIENT_ARCHIVED', params: { client: c.code } };
}
