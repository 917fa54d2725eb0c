// The handlers of the background jobs (docs/jobs.md "Background jobs"), one per kind, each living in its room.
// Every worker (the API's thread, `pnpm worker`) runs these.
import type { JobHandlers } from './background.js';

export const HANDLERS: JobHandlers = {};
