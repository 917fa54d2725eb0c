// Text arguments may not carry control characters (NUL breaks PostgreSQL's text type, and none
// belongs in a name, code or id): refused as BAD_USER_INPUT on the argument's path.
import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../errors/errors.js';
import type { Context } from './context.js';

// Tab, LF and CR are fine in an address or description; the rest of C0 and DEL are not.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function findControl(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControl(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findControl(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

export const rejectControlChars: MiddlewareFn<Context> = ({ args, context }, next) => {
  const field = findControl(args, '');
  if (field) throw badInput(context.locale, field, 'TEXT_INVALID', { field });
  return next();
};
