// The admin SPA's session: the token travels in an httpOnly, SameSite=Strict cookie that page
// scripts cannot read. Requests authenticated by the cookie must also carry the header
// `x-antena-csrf: 1`: another site can neither send the cookie (SameSite) nor set a custom header
// without a CORS preflight the API never grants (docs/security.md).
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'antena_session';
export const CSRF_HEADER = 'x-antena-csrf';

export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value ? decodeURIComponent(value) : null;
    }
  }
  return null;
}

export function hasCsrfHeader(req: Request): boolean {
  return req.headers[CSRF_HEADER] === '1';
}

/** What resolvers may do with the HTTP exchange: set or clear the session cookie. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function cookieJar(req: Request, res: Response | undefined): SessionCookieJar {
  const base = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
  return {
    set: (token, expiresAt) => res?.cookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }),
    clear: () => res?.clearCookie(SESSION_COOKIE, base),
  };
}
