// Admin tokens: HS256 JWTs (jose) naming the user and the session they belong to. A valid
// signature is not enough: authenticate.ts also checks that the session is still open.
import { SignJWT, jwtVerify } from 'jose';

export const TOKEN_TTL_SECONDS = 8 * 3600;
const ISSUER = 'antena';

export interface TokenClaims { userId: string; sessionId: string; role: 'ADMIN' }

export async function signToken(secret: Uint8Array, claims: TokenClaims, expiresAt: Date, now: Date): Promise<string> {
  return new SignJWT({ sid: claims.sessionId, role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
}

// A browser sends the same token with every request: its verified claims are kept (per secret, until the
// token's own expiry) so the signature is checked once, not per request. Revocation does not depend on
// this: authenticate.ts checks the session row every time.
const MAX_VERIFIED = 1000;
const verified = new WeakMap<Uint8Array, Map<string, { claims: TokenClaims; expiresAtMs: number }>>();

export async function verifyToken(secret: Uint8Array, token: string, now = new Date()): Promise<TokenClaims | null> {
  let known = verified.get(secret);
  const hit = known?.get(token);
  if (hit && now.getTime() < hit.expiresAtMs) return hit.claims;
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
    if (typeof payload.sub !== 'string' || payload['role'] !== 'ADMIN' || typeof payload['sid'] !== 'string' || typeof payload.exp !== 'number') return null;
    const claims: TokenClaims = { userId: payload.sub, sessionId: payload['sid'], role: 'ADMIN' };
    if (!known) verified.set(secret, (known = new Map()));
    if (known.size >= MAX_VERIFIED) known.clear();
    known.set(token, { claims, expiresAtMs: payload.exp * 1000 });
    return claims;
  } catch {
    return null;
  }
}
