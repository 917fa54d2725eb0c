// Who is calling: an admin (a session, by bearer token or cookie), a partner (API key), or nobody.
export type Actor =
  | { kind: 'ADMIN'; userId: string; email: string; sessionId: string }
  | { kind: 'PARTNER'; partnerId: string; apiKeyId: string; name: string };

export type Role = Actor['kind'];

/** How the actor is written in the audit trail. */
export function auditActor(actor: Actor | null): { actorType: 'USER' | 'PARTNER' | 'SYSTEM'; actorId: string | null; actorName: string } {
  if (!actor) return { actorType: 'SYSTEM', actorId: null, actorName: 'system' };
  if (actor.kind === 'ADMIN') return { actorType: 'USER', actorId: actor.userId, actorName: actor.email };
  return { actorType: 'PARTNER', actorId: actor.partnerId, actorName: actor.name };
}
