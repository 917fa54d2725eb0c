// Turns the Authorization header into an Actor: "Bearer ak_…" is a partner API key (looked up by
// hash, must not be revoked), any other bearer is an admin JWT.
import type { DataSource } from 'typeorm';
import { ApiKeyEntity, PartnerEntity } from '../entities/index.js';
import type { Actor } from './actor.js';
import { hashApiKey, looksLikeApiKey } from './api-keys.js';
import { verifyToken } from './tokens.js';

export type AuthResult = { actor: Actor | null; failure: 'INVALID_CREDENTIALS' | 'API_KEY_REVOKED' | null };

export async function authenticate(ds: DataSource, jwtSecret: Uint8Array, header: string | undefined, now: Date): Promise<AuthResult> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return { actor: null, failure: header ? 'INVALID_CREDENTIALS' : null };
  const token = match[1]!;
  if (looksLikeApiKey(token)) {
    const row: (ApiKeyEntity & { partnerName: string }) | undefined = await ds
      .createQueryBuilder(ApiKeyEntity, 'k')
      .innerJoin(PartnerEntity, 'p', 'p.id = k.partnerId')
      .select(['k.id AS "id"', 'k.partnerId AS "partnerId"', 'k.revokedAt AS "revokedAt"', 'p.name AS "partnerName"'])
      .where('k.keyHash = :hash', { hash: hashApiKey(token) })
      .getRawOne();
    if (!row || row.revokedAt) return { actor: null, failure: 'API_KEY_REVOKED' };
    return { actor: { kind: 'PARTNER', partnerId: row.partnerId, apiKeyId: row.id, name: row.partnerName }, failure: null };
  }
  const claims = await verifyToken(jwtSecret, token, now);
  if (!claims) return { actor: null, failure: 'INVALID_CREDENTIALS' };
  return { actor: { kind: 'ADMIN', userId: claims.userId, email: claims.email }, failure: null };
}
