// The GraphQL errors the API raises on purpose (docs/product.md §4 codes). Anything else thrown is a bug
// and gets masked by errors/mask.ts.
import { GraphQLError } from 'graphql';
import { explain, message, remedy, type Locale, type MessageCode, type Refusal } from '@antena/domain';
import { apiMessage, isApiMessageCode } from '../i18n/api-messages.js';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';
export const EXPECTED_CODES: ReadonlySet<string> = new Set<ErrorCode>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS']);

/** Marks errors built here, so the masking step lets them through untouched. */
export class AppError extends GraphQLError {
  readonly expected = true;
}

function appError(code: ErrorCode, text: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(text, { extensions: { code, ...extensions } });
}

export type UnauthenticatedReason = 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'API_KEY_REVOKED' | 'SESSION_ENDED' | 'CSRF_HEADER_MISSING';

export const unauthenticated = (locale: Locale, reason: UnauthenticatedReason = 'UNAUTHENTICATED') =>
  appError('UNAUTHENTICATED', apiMessage(reason, locale), { reason });

/** A sign-in refused while its account or address is locked: says when to try again (HTTP 429). */
export const loginThrottled = (locale: Locale, retryAfterSeconds: number, now: Date) =>
  appError('TOO_MANY_REQUESTS', apiMessage('LOGIN_THROTTLED', locale, { retryAfterSeconds }), {
    reason: 'LOGIN_THROTTLED', retryAfterSeconds, retryAt: new Date(now.getTime() + retryAfterSeconds * 1000).toISOString(),
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

export const forbidden = (locale: Locale) => appError('FORBIDDEN', apiMessage('FORBIDDEN', locale));

export const notFound = (locale: Locale, entityType: string, id: string) =>
  appError('NOT_FOUND', apiMessage('NOT_FOUND', locale, { entityType, id }), { entityType, entityId: id });

export const conflict = (locale: Locale, entityType: string, id: string, version?: number) =>
  appError('CONFLICT', apiMessage('CONFLICT', locale, version === undefined ? { entityType } : { entityType, version }), { entityType, entityId: id, version });

/** A refused input: names the input field and the domain's reason code; the message is the domain's. */
export function badInput(locale: Locale, field: string, code: string, params: Record<string, string | number> = {}, extra: Record<string, unknown> = {}): AppError {
  if (isApiMessageCode(code)) return appError('BAD_USER_INPUT', apiMessage(code, locale, params), { field, reason: code, params, ...extra });
  const domainCode = code as MessageCode;
  return appError('BAD_USER_INPUT', message(domainCode, locale, params), { field, reason: code, remedy: remedy(domainCode, locale, params), params, ...extra });
}

/** A rule refusal from the domain (e.g. INVALID_TRANSITION), with its remedy and the allowed states. */
export function refused(locale: Locale, field: string, refusal: Refusal, allowed?: readonly string[]): AppError {
  const explained = explain(refusal, locale);
  return appError('BAD_USER_INPUT', explained.message, {
    field: refusal.field ?? field,
    reason: refusal.code,
    remedy: explained.remedy,
    params: refusal.params,
    ...(allowed ? { allowed } : {}),
  });
}

export const duplicate = (locale: Locale, field: string) =>
  appError('BAD_USER_INPUT', apiMessage('DUPLICATE_VALUE', locale, { field }), { field, reason: 'DUPLICATE_VALUE' });
