// The job engine's own codes (docs/jobs.md): why a background job stopped without finishing its work.
export type { JobCode } from './codes.js';
export { jobsEs } from './catalog.es.js';
export { jobsEn } from './catalog.en.js';
