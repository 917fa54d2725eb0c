// Client e-mail addresses (docs/rules.md §2 Client.email): pragmatic syntax check, domain lower-cased.
import { invalid, valid, type Validation } from './result.js';

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** An e-mail address, with the domain lower-cased: `REQUIRED` or `EMAIL_INVALID` otherwise. */
export function validateEmail(s: string): Validation<string> {
  if (typeof s !== 'string' || s.trim() === '') return invalid('REQUIRED', { field: 'email' });
  const e = s.trim();
  if (e.length > 254) return invalid('TOO_LONG', { field: 'email', max: 254 });
  const at = e.lastIndexOf('@');
  const local = e.slice(0, at);
  if (!EMAIL.test(e) || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return invalid('EMAIL_INVALID', { value: e });
  }
  return valid(`${local}@${e.slice(at + 1).toLowerCase()}`);
}
