// A real server on port 0 over a fresh database, and a small GraphQL-over-HTTP client.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/data-source.js';
import { memoryLogger } from '../src/logging/logger.js';
import { createApp, type AppOptions } from '../src/server.js';
import { ensureFirstAdmin } from '../src/services/user.service.js';
import { fileURLToPath } from 'node:url';
import type { JobEngineOptions } from '../src/jobs/engine.js';
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

export interface GqlOptions { token?: string | null; locale?: string; headers?: Record<string, string> }

export interface TestServer {
  url: string;
  /** The server's clock: TEST_NOW unless the test chose another day. */
  now: Date;
  /** Moves the server's clock (a run is refused before its issue date) and signs the admin in again. */
  setNow(date: Date): Promise<void>;
  base: string;
  ds: DataSource;
  db: TestDatabase;
  counter: QueryCounter;
  loggedErrors: { requestId: string; error: unknown }[];
  /** Every structured log line the server wrote, parsed. */
  logs: Record<string, any>[];
  adminToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<T>>;
  /** As admin; fails the test on any error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * The job engine of the tests (docs/jobs.md): the API's worker thread loads the TypeScript sources through
 * the same SWC loader as the child processes, and polls often so runs start at once.
 */
export const TEST_JOBS: JobEngineOptions = {
  threadExecArgv: ['--import', fileURLToPath(new URL('./billing/child/register.mjs', import.meta.url))], pollMs: 100,
  // The worker on the test's own thread; test/jobs/responsive.test.ts runs it in a thread, as the product does.
  thread: false,
};

const RUN_DONE = ['COMPLETED', 'FAILED'];

/**
 * Runs are jobs: the mutation answers QUEUED at once. This follows `billingRun(id)` until the run ends and
 * answers like the mutation did when runs were done on the request path: `{ data: { [field]: finalRun } }`.
 */
export async function untilRunEnds(t: Pick<TestServer, 'gql'>, started: GqlResult, field: string, fields: string, options: GqlOptions = {}, timeoutMs = 120_000): Promise<GqlResult> {
  const run = started.data?.[field];
  if (started.errors?.length || !run?.id) return started;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await t.gql(`query($id: ID!) { billingRun(id: $id) { ${fields} } }`, { id: run.id }, options);
    if (r.errors?.length) return r;
    if (RUN_DONE.includes(r.data.billingRun.status)) return { status: started.status, data: { [field]: r.data.billingRun } };
    if (Date.now() > deadline) throw new Error(`run ${run.id} still ${r.data.billingRun.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every field of a BackgroundJob the engine itself defines (docs/jobs.md "Background jobs"). */
export const JOB_FIELDS = 'id kind status itemsDone itemsTotal createdAt startedAt finishedAt failure { code message remedy field entityType entityId }';

/**
 * Background jobs answer QUEUED at once (`createRemittance`…): this follows `backgroundJob(id)` until the job is
 * COMPLETED or FAILED and returns it with `fields` (e.g. JOB_FIELDS plus a kind's result fields).
 */
export async function untilJobEnds(t: Pick<TestServer, 'gql'>, jobId: string, fields = JOB_FIELDS, options: GqlOptions = {}, timeoutMs = 120_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await t.gql(`query($id: ID!) { backgroundJob(id: $id) { ${fields} } }`, { id: jobId }, options);
    if (r.errors?.length) throw new Error(`backgroundJob(${jobId}): ${JSON.stringify(r.errors)}`);
    const job = r.data.backgroundJob;
    if (!job) throw new Error(`backgroundJob(${jobId}) is null`);
    if (RUN_DONE.includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Billing tests that run December and later periods need a "today" after those issue dates. */
export const BILLING_NOW = new Date('2027-06-15T10:00:00Z');

/** `now`: a fixed instant (moved later with `setNow`) or a clock function the test drives itself. */
export async function startServer(options: { adminDist?: string; now?: Date | (() => Date); app?: Partial<AppOptions> } = {}): Promise<TestServer> {
  const clockFn = typeof options.now === 'function' ? options.now : null;
  let clock = options.now instanceof Date ? options.now : TEST_NOW;
  const db = await createTestDatabase();
  const counter = new QueryCounter();
  const ds = await openDatabase({ url: db.url, logger: counter });
  await ensureFirstAdmin(ds, ADMIN);
  const loggedErrors: TestServer['loggedErrors'] = [];
  const { logger, lines: logs } = memoryLogger();
  const { app, stop } = await createApp({
    dataSource: ds, now: () => (clockFn ? clockFn() : clock), jwtSecret: randomBytes(32), logError: (e) => loggedErrors.push(e), adminDist: options.adminDist ?? '/nonexistent', logger,
    jobs: TEST_JOBS,
    ...options.app,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    // Idle keep-alive connections stay open a minute (Node's 5 s otherwise): on a loaded machine a request sent on
    // one just as the server's timer closed it failed with ECONNRESET (fetch keeps them for the hint minus 1 s).
    s.keepAliveTimeout = 60_000;
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/graphql`;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = options.token === undefined ? self.adminToken : options.token;
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (options.locale) headers['accept-language'] = options.locale;
    Object.assign(headers, options.headers);
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  }

  const self: TestServer = {
    url, now: clock, setNow: async (d) => { clock = d; self.now = d; await signIn(); }, base, ds, db, counter, loggedErrors, logs, adminToken: '',
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
  async function signIn() {
    const login = await gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password }, { token: null },
    );
    if (!login.data) throw new Error(`admin login failed: ${JSON.stringify(login.errors)}`);
    self.adminToken = login.data.login.token;
  }
  await signIn();
  return self;
}
