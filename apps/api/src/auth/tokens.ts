// Admin bearer tokens: HS256 JWTs (jose) with an expiry. The secret comes from ANTENA_JWT_SECRET,
// or is generated once and kept in app_settings so tokens survive restarts.
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { DataSource } from 'typeorm';
import { AppSettingEntity } from '../entities/index.js';

export const TOKEN_TTL_SECONDS = 8 * 3600;
const ISSUER = 'antena';

export async function loadJwtSecret(dataSource: DataSource, fromEnv = process.env['ANTENA_JWT_SECRET']): Promise<Uint8Array> {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const repo = dataSource.getRepository(AppSettingEntity);
  const existing = await repo.findOneBy({ key: 'jwtSecret' });
  if (existing) return new TextEncoder().encode(existing.value);
  const value = randomBytes(48).toString('base64url');
  // Two servers starting at once on one database: the insert that loses reads the winner's secret.
  await repo.createQueryBuilder().insert().values({ key: 'jwtSecret', value }).orIgnore().execute();
  const stored = await repo.findOneByOrFail({ key: 'jwtSecret' });
  return new TextEncoder().encode(stored.value);
}

export interface TokenClaims { userId: string; email: string; role: 'ADMIN' }

export async function signToken(secret: Uint8Array, claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ email: claims.email, role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(secret);
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

export async function verifyToken(secret: Uint8Array, token: string, now = new Date()): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
    if (typeof payload.sub !== 'string' || payload['role'] !== 'ADMIN' || typeof payload['email'] !== 'string') return null;
    return { userId: payload.sub, email: payload['email'], role: 'ADMIN' };
  } catch {
    return null;
  }
}
