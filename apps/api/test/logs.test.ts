// Structured logs (docs/security.md): one JSON line per event with a request id; an internal
// error's log line carries the id the client got, and never the SQL parameters (IBANs, tax ids,
// emails) nor the driver's detail.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDataSource } from '../src/db/data-source.js';
import { memoryLogger, scrub, serializeError } from '../src/logging/logger.js';
import { createTestDatabase } from './databases.js';
import { IBAN_SIGNATURE, nif } from './factories.js';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
// No logError hook: unexpected errors go to the structured log, as in production.
beforeAll(async () => { t = await startServer({ app: { logError: undefined } }); });
afterAll(async () => { await t.close(); });

const personal = { taxId: nif(), email: 'maria.private@example.com', iban: IBAN_SIGNATURE };

describe('structured logs', () => {
  test('every request is logged with its id, method, path and status, without the query string', async () => {
    const res = await fetch(`${t.base}/health?email=${encodeURIComponent(personal.email)}`);
    const id = res.headers.get('x-request-id');
    const line = t.logs.find((l) => l.requestId === id && l.msg === 'request');
    expect(line).toMatchObject({ method: 'GET', path: '/health', status: 200, level: 30, service: 'antena-api' });
    expect(JSON.stringify(line)).not.toContain('example.com');
  });

  test('an internal error is logged under the id the client got, without SQL parameters or personal data', async () => {
    await t.ds.query('ALTER TABLE clients RENAME TO clients_gone');
    let requestId: string;
    try {
      const r = await t.gql('mutation($i: CreateClientInput!) { createClient(input: $i) { id } }', { i: { kind: 'PERSON', name: 'María Privada', ...personal } });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      requestId = r.errors![0]!.extensions!['requestId'];
    } finally {
      await t.ds.query('ALTER TABLE clients_gone RENAME TO clients');
    }
    const line = t.logs.find((l) => l.requestId === requestId && l.msg === 'request failed');
    expect(line?.err).toMatchObject({ type: expect.any(String), message: expect.stringMatching(/clients/), stack: expect.any(String) });
    const text = JSON.stringify(t.logs);
    for (const value of Object.values(personal)) expect(text).not.toContain(value);
    expect(text).not.toContain('María Privada');
  });

  test('a failed statement reaches the SQL log with its text and a count of parameters only', async () => {
    const db = await createTestDatabase();
    const { logger, lines } = memoryLogger();
    const ds = createDataSource({ url: db.url, log: logger });
    await ds.initialize();
    try {
      await expect(ds.query('INSERT INTO no_such_table (a, b, c) VALUES ($1, $2, $3)'.replace(/\$\d/g, ds.options.type === 'postgres' ? (m) => m : () => '?'),
        [personal.iban, personal.taxId, personal.email])).rejects.toThrow();
    } finally {
      await ds.destroy();
      await db.drop();
    }
    const line = lines.find((l) => l.event === 'sql-error');
    expect(line).toMatchObject({ query: expect.stringContaining('no_such_table'), parameterCount: 3 });
    const text = JSON.stringify(lines);
    for (const value of Object.values(personal)) expect(text).not.toContain(value);
  });

  test('error serialisation keeps what helps and drops the rest; messages are scrubbed', () => {
    const error = Object.assign(new Error(`duplicate for ${personal.email} with ${personal.iban}`), {
      code: '23505', query: 'INSERT INTO clients VALUES ($1)', parameters: [personal.taxId], driverError: { detail: `Key (email)=(${personal.email})` },
    });
    const out = JSON.stringify(serializeError(error));
    expect(out).toContain('23505');
    expect(out).toContain('INSERT INTO clients');
    expect(out).toContain('[1 redacted]');
    for (const value of Object.values(personal)) expect(out).not.toContain(value);
    expect(scrub('IBAN ES91 2100 0418 4502 0005 1332, NIE X1234567L, CIF B12345674')).toBe('IBAN [redacted], NIE [redacted], CIF [redacted]');
  });

  test('credentials never reach a log line, even when passed by mistake', () => {
    const { logger, lines } = memoryLogger();
    logger.info({ password: 'hunter2-secret', headers: { authorization: 'Bearer abc.def', cookie: 'antena_session=xyz' }, token: 'tok-123' }, 'oops');
    const text = JSON.stringify(lines);
    for (const secret of ['hunter2-secret', 'abc.def', 'antena_session=xyz', 'tok-123']) expect(text).not.toContain(secret);
  });
});
