// Starting the server (docs/security.md): the signing secret from ANTENA_JWT_SECRET (required in
// production) or a 0600 file of the data directory, never the database; the password from
// ANTENA_ADMIN_PASSWORD never printed; a taken port ends the process with a non-zero code.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, chmodSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadJwtSecret, SECRET_FILE, StartupError } from '../src/auth/jwt-secret.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'antena-start-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('the token signing secret', () => {
  test('production without ANTENA_JWT_SECRET refuses to start, saying what to set', () => {
    expect(() => loadJwtSecret({ NODE_ENV: 'production' }, tempDir())).toThrow(StartupError);
    expect(() => loadJwtSecret({ NODE_ENV: 'production' }, tempDir())).toThrow(/ANTENA_JWT_SECRET is required when NODE_ENV=production/);
    expect(() => loadJwtSecret({ NODE_ENV: 'production', ANTENA_JWT_SECRET: 'short' }, tempDir())).toThrow(/too short/);
    const secret = 'x'.repeat(40);
    expect(new TextDecoder().decode(loadJwtSecret({ NODE_ENV: 'production', ANTENA_JWT_SECRET: secret }, tempDir()))).toBe(secret);
  });

  test('the embedded default is generated once into the data directory, readable by the owner only', () => {
    const dir = tempDir();
    const first = loadJwtSecret({}, dir);
    const file = join(dir, SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new TextDecoder().decode(first)).toBe(readFileSync(file, 'utf8'));
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(loadJwtSecret({}, dir)).toEqual(first);
    // A copy made with looser permissions is tightened on the next start.
    chmodSync(file, 0o644);
    loadJwtSecret({}, dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

// The real entry point (src/main.ts) in a child process, compiled on the fly like the billing process tests.
function runMain(env: Record<string, string>) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const proc = spawn(process.execPath, ['--import', join(here, 'billing/child/register.mjs'), join(here, '../src/main.ts')], {
    cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '', ANTENA_SEED: 'false', ANTENA_LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  proc.stdout.on('data', (d) => { out += String(d); });
  proc.stderr.on('data', (d) => { out += String(d); });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string) => {
    for (let i = 0; i < 600 && !out.includes(text) && proc.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
    return out;
  };
  return { proc, exited, waitFor, output: () => out };
}

describe('the process', () => {
  let db: TestDatabase | null = null;
  afterAll(async () => { await db?.drop(); });

  test('a port already taken ends the process with code 1 and says so', async () => {
    const blocker: Server = await new Promise((resolve) => { const s = createServer(); s.listen(0, () => resolve(s)); });
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = runMain({ PORT: String(port), ANTENA_DATA_DIR: tempDir() });
      expect(await child.exited).toBe(1);
      expect(child.output()).toContain(`Port ${port} is already in use`);
      expect(child.output()).not.toContain('Antena API on');
    } finally {
      blocker.close();
    }
  }, 90_000);

  test('NODE_ENV=production without ANTENA_JWT_SECRET: code 1 with the reason', async () => {
    const child = runMain({ PORT: '0', ANTENA_DATA_DIR: tempDir(), NODE_ENV: 'production' });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('Antena cannot start: ANTENA_JWT_SECRET is required when NODE_ENV=production');
  }, 90_000);

  test('the password from ANTENA_ADMIN_PASSWORD is never printed; the secret is not in the database', async () => {
    db = await createTestDatabase();
    const password = 'operator-chosen-password-42';
    const child = runMain({ PORT: '0', ANTENA_DATA_DIR: tempDir(), DATABASE_URL: db.url, ANTENA_ADMIN_EMAIL: 'ops@test.local', ANTENA_ADMIN_PASSWORD: password });
    const out = await child.waitFor('First admin:');
    try {
      expect(out).toContain('First admin: ops@test.local (password from ANTENA_ADMIN_PASSWORD)');
      expect(out).not.toContain(password);
    } finally {
      child.proc.kill('SIGTERM');
    }
    expect(await child.exited).toBe(0);
    const { openDatabase } = await import('../src/db/data-source.js');
    const ds = await openDatabase({ url: db.url });
    try {
      expect(await ds.query(`SELECT * FROM app_settings WHERE "key" = 'jwtSecret'`)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  }, 90_000);

  test('a generated password is printed once, on the first start only', async () => {
    const dataDir = tempDir();
    const first = runMain({ PORT: '0', ANTENA_DATA_DIR: dataDir });
    const out = await first.waitFor('First admin:');
    first.proc.kill('SIGTERM');
    await first.exited;
    expect(out).toMatch(/First admin: admin@antena\.local \/ \S{16} \(generated: note it now, it is not shown again\)/);
    const second = runMain({ PORT: '0', ANTENA_DATA_DIR: dataDir });
    const again = await second.waitFor('Admin:');
    second.proc.kill('SIGTERM');
    await second.exited;
    expect(again).toContain('Admin: admin@antena.local (password set on first start)');
    expect(again).not.toContain(out.match(/ \/ (\S{16}) /)![1]);
  }, 120_000);
});
