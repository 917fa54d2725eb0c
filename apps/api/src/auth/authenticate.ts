// Turns a request into an Actor: "Authorization: Bearer ak_…" is a partner API key (looked up by
// hash, must not be revoked); any other bearer, or the SPA's session cookie (with its CSRF header),
// is an admin token whose session must still be open and whose user must still exist.
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { ApiKeyEntity, PartnerEntity, SessionEntity, UserEntity } from '../entities/index.js';
import type { Actor } from './actor.js';
import { hashApiKey, looksLikeApiKey } from './api-keys.js';
import { hasCsrfHeader, readSessionCookie } from './session-cookie.js';
import { verifyToken } from './tokens.js';

export type AuthFailure = 'INVALID_CREDENTIALS' | 'API_KEY_REVOKED' | 'SESSION_ENDED' | 'CSRF_HEADER_MISSING';
export type AuthResult = { actor: Actor | null; failure: AuthFailure | null };

export async function authenticate(ds: DataSource, jwtSecret: Uint8Array, req: Pick<Request, 'headers'>, now: Date): Promise<AuthResult> {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { actor: null, failure: 'INVALID_CREDENTIALS' };
    const token = match[1]!;
    return looksLikeApiKey(token) ? partner(ds, token) : admin(ds, jwtSecret, token, now);
  }
  const cookie = readSessionCookie(req as Request);
  if (!cookie) return { actor: null, failure: null };
  if (!hasCsrfHeader(req as Request)) return { actor: null, failure: 'CSRF_HEADER_MISSING' };
  return admin(ds, jwtSecret, cookie, now);
}

async function partner(ds: DataSource, key: string): Promise<AuthResult> {
  const row: { id: string; partnerId: string; revokedAt: string | null; partnerName: string } | undefined = await ds
    .createQueryBuilder(ApiKeyEntity, 'k')
    .innerJoin(PartnerEntity, 'p', 'p.id = k.partnerId')
    .select(['k.id AS "id"', 'k.partnerId AS "partnerId"', 'k.revokedAt AS "revokedAt"', 'p.name AS "partnerName"'])
    .where('k.keyHash = :hash', { hash: hashApiKey(key) })
    .getRawOne();
  if (!row || row.revokedAt) return { actor: null, failure: 'API_KEY_REVOKED' };
  return { actor: { kind: 'PARTNER', partnerId: row.partnerId, apiKeyId: row.id, name: row.partnerName }, failure: null };
}

async function admin(ds: DataSource, jwtSecret: Uint8Array, token: string, now: Date): Promise<AuthResult> {
  const claims = await verifyToken(jwtSecret, token, now);
  if (!claims) return { actor: null, failure: 'INVALID_CREDENTIALS' };
  // One statement per request: the session is open, not expired, and its user still exists.
  const row: { email: string } | undefined = await ds
    .createQueryBuilder(SessionEntity, 's')
    .innerJoin(UserEntity, 'u', 'u.id = s.userId')
    .select('u.email AS "email"')
    .where('s.id = :sid AND s.userId = :uid AND s.revokedAt IS NULL AND s.expiresAt > :now', { sid: claims.sessionId, uid: claims.userId, now: now.toISOString() })
    .getRawOne();
  if (!row) return { actor: null, failure: 'SESSION_ENDED' };
  return { actor: { kind: 'ADMIN', userId: claims.userId, email: row.email, sessionId: claims.sessionId }, failure: null };
}
