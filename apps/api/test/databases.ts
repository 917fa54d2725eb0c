// One fresh database per test file: an SQLite temp file, or — with ANTENA_TEST_DB=postgres — a
// database antena_test_<random> created through TEST_DATABASE_URL and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase { url: string; kind: 'sqlite' | 'postgres'; drop(): Promise<void> }

export const usePostgres = process.env['ANTENA_TEST_DB'] === 'postgres';

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!usePostgres) {
    const dir = mkdtempSync(join(tmpdir(), 'antena-test-'));
    return { url: join(dir, 'test.sqlite'), kind: 'sqlite', drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) throw new Error('ANTENA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `antena_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres',
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
