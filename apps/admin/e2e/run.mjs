// Browser tests against a real API on a fresh database. Builds nothing: run `pnpm build` first
// (the API serves apps/admin/dist at `/`). Starts `node apps/api/dist/main.js` on a free port with
// ANTENA_DATA_DIR pointing at a temporary directory (so every run starts from an empty SQLite file
// and gets the demo seed) and ANTENA_VERIFACTU_ENDPOINT at a stand-in of the tax agency (support/agency.mjs, so
// records are sent and answered, and records of a client named with its REJECT_MARK rejected), waits for /health, runs `node --test` on e2e/tests (all of them, or only
// the files whose names contain one of the arguments, e.g. `node e2e/run.mjs admin`), then stops the server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAgency } from './support/agency.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const apiMain = join(repo, 'apps/api/dist/main.js');
const adminDist = join(repo, 'apps/admin/dist/index.html');

for (const [file, hint] of [[apiMain, 'the API'], [adminDist, 'the admin SPA']]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`pnpm build\` at the repository root first (it builds ${hint}).`);
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url, server, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode} before becoming healthy`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${url}/health within ${timeoutMs} ms`);
}

const port = await freePort();
const workDir = mkdtempSync(join(tmpdir(), 'antena-e2e-'));
const baseUrl = `http://127.0.0.1:${port}`;
const credentials = { email: 'admin@antena.test', password: 'e2e-admin-password-1' };

const agency = await startAgency();
const env = {
  ...process.env, PORT: String(port), ANTENA_DATA_DIR: join(workDir, 'data'), ANTENA_ADMIN_EMAIL: credentials.email, ANTENA_ADMIN_PASSWORD: credentials.password,
  ANTENA_VERIFACTU_ENDPOINT: agency.url,
};
delete env.DATABASE_URL;

const server = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog = [];
server.stdout.on('data', (chunk) => serverLog.push(chunk.toString()));
server.stderr.on('data', (chunk) => serverLog.push(chunk.toString()));

let exitCode = 1;
try {
  await waitForHealth(baseUrl, server);
  // `node e2e/run.mjs backoffice sepa` (or tests/credit-note.test.mjs) runs only the test files whose names contain
  // one of the words; no argument runs them all.
  const only = process.argv.slice(2).map((a) => a.replace(/^.*\//, ''));
  const tests = readdirSync(join(here, 'tests')).filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((w) => f.includes(w))))
    .sort().map((f) => join(here, 'tests', f));
  const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
    stdio: 'inherit',
    env: { ...process.env, ANTENA_E2E_URL: baseUrl, ANTENA_E2E_EMAIL: credentials.email, ANTENA_E2E_PASSWORD: credentials.password },
  });
  exitCode = await new Promise((r) => runner.on('exit', (code) => r(code ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (exitCode !== 0) console.error(`--- API log ---\n${serverLog.join('')}`);
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
  await agency.close();
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
