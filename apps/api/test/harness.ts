// A real server on port 0 over a fresh database, and a small GraphQL-over-HTTP client.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/data-source.js';
import { createApp } from '../src/server.js';
import { ensureFirstAdmin } from '../src/services/user.service.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { QueryCounter } from './query-counter.js';

/** Tests run on a pinned day so "today" (billable status, defaults) is reproducible. */
export const TEST_NOW = new Date('2026-11-20T10:00:00Z');
export const ADMIN = { email: 'admin@test.local', password: 'correct horse battery' };

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface GqlOptions { token?: string | null; locale?: string }

export interface TestServer {
  url: string;
  base: string;
  ds: DataSource;
  db: TestDatabase;
  counter: QueryCounter;
  loggedErrors: { requestId: string; error: unknown }[];
  adminToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
  /** As admin; fails the test on any error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<T>;
  close(): Promise<void>;
}

export async function startServer(options: { adminDist?: string; now?: () => Date } = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const counter = new QueryCounter();
  const ds = await openDatabase({ url: db.url, logger: counter });
  await ensureFirstAdmin(ds, ADMIN);
  const loggedErrors: TestServer['loggedErrors'] = [];
  const { app, stop } = await createApp({
    dataSource: ds, now: options.now ?? (() => TEST_NOW), jwtSecret: randomBytes(32), logError: (e) => loggedErrors.push(e), adminDist: options.adminDist ?? '/nonexistent',
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/graphql`;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = options.token === undefined ? self.adminToken : options.token;
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  }

  const self: TestServer = {
    url, base, ds, db, counter, loggedErrors, adminToken: '',
    gql,
    async ok(query, variables, options) {
      const r = await gql(query, variables, options);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as any;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await ds.destroy();
      await db.drop();
    },
  };
  const login = await gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password }, { token: null },
  );
  if (!login.data) throw new Error(`admin login failed: ${JSON.stringify(login.errors)}`);
  self.adminToken = login.data.login.token;
  return self;
}
