// English messages and remedies of the job engine's codes (docs/jobs.md); merged into the domain's catalog.
import type { CatalogEntry } from '../i18n/entry.js';
import type { JobCode } from './codes.js';

export const jobsEn = {
  JOB_INTERRUPTED: {
    message: 'The job stopped with an error {attempts, plural, one {on its only try} other {on each of its # tries}}.',
    remedy: 'Start it again. If it happens again, check the worker’s log (pnpm worker or the API) for the job’s id.',
  },
  JOB_WORKER_LOST: {
    message: 'The process doing the job stopped reporting for {seconds, plural, one {# second} other {# seconds}}.',
    remedy: 'Start it again. If it happens again, check that the workers (pnpm worker or the API) are running and have enough memory.',
  },
} satisfies Record<JobCode, CatalogEntry>;
