// type-graphql's @Authorized() gate: no actor → UNAUTHENTICATED; wrong role → FORBIDDEN.
import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../errors/errors.js';
import type { Role } from './actor.js';

export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw unauthenticated(context.locale, context.authFailure ?? 'UNAUTHENTICATED');
  if (roles.length > 0 && !roles.includes(context.actor.kind)) throw forbidden(context.locale);
  return true;
};
