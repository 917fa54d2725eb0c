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

export async function verifyToken(secret: Uint8Array, token: string, now = new Date()): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'], currentDate: now });
    if (typeof payload.sub !== 'string' || payload['role'] !== 'ADMIN' || typeof payload['sid'] !== 'string') return null;
    return { userId: payload.sub, sessionId: payload['sid'], role: 'ADMIN' };
  } catch {
    return null;
  }
}
