// Runs the whole suite again on PostgreSQL when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';

if (!process.env.TEST_DATABASE_URL) {
  console.log('TEST_DATABASE_URL not set: PostgreSQL run skipped (SQLite run above).');
  process.exit(0);
}
const run = spawnSync('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ANTENA_TEST_DB: 'postgres' }, shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
