// What a service needs to know about the request it serves.
import type { DateOnly, Locale } from '@antena/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { Loaders } from '../loaders/loaders.js';
import type { JobEngine } from '../jobs/engine.js';
import type { BatchLimits } from '../billing/batch-limits.js';

export interface Scope {
  ds: DataSource;
  actor: Actor | null;
  locale: Locale;
  today: DateOnly;
  now: Date;
  loaders: Loaders;
  /** Where long work goes (billing and mass-credit runs, background jobs; docs/jobs.md). */
  jobs: JobEngine;
  /** Bounds of work answered on the request path (billing/batch-limits.ts); the defaults when absent. */
  limits?: Partial<BatchLimits>;
}

/** A partner sees only its own clients; admins see all. */
export function partnerIdOf(scope: Scope): string | null {
  return scope.actor?.kind === 'PARTNER' ? scope.actor.partnerId : null;
}
