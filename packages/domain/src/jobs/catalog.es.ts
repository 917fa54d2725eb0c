// Spanish messages and remedies of the job engine's codes (docs/jobs.md); merged into the domain's catalog.
import type { CatalogEntry } from '../i18n/entry.js';
import type { JobCode } from './codes.js';

export const jobsEs = {
  JOB_INTERRUPTED: {
    message: 'La tarea se interrumpió por un error {attempts, plural, one {en su único intento} other {en cada uno de sus # intentos}}.',
    remedy: 'Vuelve a lanzarla. Si se repite, revisa el registro del proceso de trabajo (pnpm worker o la API) con el identificador de la tarea.',
  },
  JOB_WORKER_LOST: {
    message: 'El proceso que hacía la tarea dejó de dar señales de vida durante {seconds, plural, one {# segundo} other {# segundos}}.',
    remedy: 'Vuelve a lanzarla. Si se repite, comprueba que los procesos de trabajo (pnpm worker o la API) están en marcha y tienen memoria suficiente.',
  },
} satisfies Record<JobCode, CatalogEntry>;
