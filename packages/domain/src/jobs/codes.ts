// The codes of the job engine itself (docs/jobs.md): why a background job stopped without finishing. Each has an
// es/en message and remedy in jobs/catalog.*.ts. What a job refuses for its own reasons carries that kind's codes.

/**
 * Why a background job ended FAILED by the engine rather than by its own refusal: `JOB_INTERRUPTED`, its work
 * stopped with an error on its last try (params: `attempts`); `JOB_WORKER_LOST`, the process doing it stopped
 * reporting (params: `seconds`, the silence that made it lost).
 */
export type JobCode = 'JOB_INTERRUPTED' | 'JOB_WORKER_LOST';
