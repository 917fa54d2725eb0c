// The submission worker over HTTPS with the client certificate the environment configures (docs/verifactu.md,
// "Sending"): the stand-in agency serves TLS and requires a client certificate issued by a CA made here with
// openssl; without the certificate the handshake fails (a transient failure, retried), with it the records go.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { agencyConfigFromEnv } from '../../src/verifactu/submission/config.js';
import { soapTransport } from '../../src/verifactu/submission/transport.js';
import { SubmissionWorker, type WorkerClock } from '../../src/verifactu/submission/worker.js';
import { BILLING_NOW, startServer, TEST_NOW, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';
import { startStandInAgency, type StandIn } from './stand-in-agency.js';

let t: TestServer;
let agency: StandIn;
let dir: string;
let now = TEST_NOW.getTime();
const clock: WorkerClock = { now: () => now, sleep: async (ms) => { now += ms; } };
const PASSWORD = 'secreto-de-prueba';

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A test CA, a server certificate for 127.0.0.1 and a client certificate (PEM and a password-protected PKCS#12). */
function makeCertificates(): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Antena test CA');
  openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext');
  openssl('req', ...ec, '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=B12345674 Redes del Sur');
  openssl('x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.pem', '-days', '2');
  openssl('pkcs12', '-export', '-inkey', 'client.key', '-in', 'client.pem', '-out', 'client.p12', '-passout', `pass:${PASSWORD}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'antena-vf-tls-'));
  makeCertificates();
  const file = (name: string) => readFileSync(join(dir, name));
  agency = await startStandInAgency([{ answer: () => ({ state: 'Correcto' }), wait: 60 }], {
    key: file('server.key'), cert: file('server.pem'), ca: file('ca.pem'), requestCert: true, rejectUnauthorized: true,
  });
  t = await startServer({ now: BILLING_NOW });
  const b = billing(t);
  await b.settings('ADVANCE', true);
  const AB = await b.tariffsAB();
  for (let i = 0; i < 3; i++) await b.contractWith(AB.A.id);
  await b.runOk('2026-11');
}, 60_000);
afterAll(async () => {
  await agency.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string>) => ({ ANTENA_VERIFACTU_ENDPOINT: agency.url, ANTENA_VERIFACTU_CA: join(dir, 'ca.pem'), ANTENA_VERIFACTU_TIMEOUT_MS: '5000', ...extra });
const workerWith = (vars: Record<string, string>) => new SubmissionWorker(t.ds, soapTransport(agencyConfigFromEnv(env(vars))!), clock);
const states = async () => (await t.ds.query('SELECT status FROM verifactu_record_states ORDER BY position') as Array<{ status: string }>).map((s) => s.status);

test('without a client certificate the agency refuses the handshake: a network failure, retried later, nothing answered', async () => {
  const outcome = await workerWith({}).tick();
  expect(outcome).toMatchObject({ outcome: 'FAILED', reason: 'NETWORK', sent: 3 });
  expect(agency.received).toHaveLength(0);
  expect(await states()).toEqual(['PENDING', 'PENDING', 'PENDING']);
});

test('with the certificate and password of ANTENA_VERIFACTU_PFX the records are sent and accepted', async () => {
  now += 3_600_000; // past the backoff of the failed attempt
  const outcome = await workerWith({ ANTENA_VERIFACTU_PFX: join(dir, 'client.p12'), ANTENA_VERIFACTU_CERT_PASSPHRASE: PASSWORD }).tick();
  expect(outcome).toMatchObject({ outcome: 'SENT', sent: 3, accepted: 3 });
  expect(agency.received.map((r) => r.clientCertificate)).toEqual(['B12345674 Redes del Sur']);
  expect(await states()).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
});

