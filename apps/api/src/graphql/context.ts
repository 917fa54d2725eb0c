// Everything a resolver may use for one request: who calls, in which language, today's date,
// and the per-request loaders and services.
import type { DateOnly, Locale } from '@antena/domain';
import type { Actor } from '../auth/actor.js';
import type { AuthResult } from '../auth/authenticate.js';
import type { Loaders } from '../loaders/loaders.js';
import type { Services } from '../services/index.js';

export interface Context {
  requestId: string;
  /** The caller's address (the forwarded one behind a trusted proxy). */
  address: string;
  locale: Locale;
  actor: Actor | null;
  authFailure: AuthResult['failure'];
  today: DateOnly;
  now: Date;
  loaders: Loaders;
  services: Services;
}
