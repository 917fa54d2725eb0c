// No VERI*FACTU mode on a real database (docs/verifactu.md, "No VERI*FACTU: signed records"): records are kept,
// not sent, each signed when appended with the key ANTENA_VERIFACTU_SIGNING_KEY names, and GET /verifactu/export
// hands them over as JSON lines; here every signature is checked with the public key alone, and a record
// altered in the export or in the database fails its check.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';
import { verifyExportLine, type ExportLine } from '../../src/verifactu/signing.js';

let t: TestServer;
let dir: string;
let publicKey: KeyObject;

async function exported(query = '', token: string | null = t.adminToken): Promise<Response> {
  return fetch(`${t.base}/verifactu/export${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
const lines = async (query = '') => (await (await exported(query)).text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as ExportLine);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'antena-vf-sign-'));
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  publicKey = pair.publicKey;
  const keyPath = join(dir, 'signing.pem');
  writeFileSync(keyPath, pair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'vf-test' }));
  process.env['ANTENA_VERIFACTU_SIGNING_KEY'] = keyPath;
  process.env['ANTENA_VERIFACTU_SIGNING_KEY_PASSPHRASE'] = 'vf-test';
  t = await startServer({ now: BILLING_NOW });
  const b = billing(t);
  await b.settings('ADVANCE', true);
  const AB = await b.tariffsAB();
  const contracts = [];
  for (let i = 0; i < 3; i++) contracts.push(await b.contractWith(AB.A.id));
  await t.ok('mutation { updateVerifactuSettings(input: { mode: NO_VERIFACTU, legalName: "Redes del Sur S.L.", nif: "B12345674", address: "Calle Mayor 1, 28001 Madrid", registerLine: "RM Madrid, T 1, F 1, H M-1" }) { mode } }');
  await b.runOk('2026-11');
  await b.migrate(contracts[0]!.subscription.id, AB.B.id, '2026-11-16');
  expect((await b.massCredit('2026-11')).errors).toBeUndefined();
}, 60_000);
afterAll(async () => {
  delete process.env['ANTENA_VERIFACTU_SIGNING_KEY'];
  delete process.env['ANTENA_VERIFACTU_SIGNING_KEY_PASSPHRASE'];
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

test('records are kept, not sent, and each one is signed; the export verifies with the public key alone', async () => {
  const states = await t.ds.query('SELECT status FROM verifactu_record_states') as Array<{ status: string }>;
  expect(states.length).toBe(4);
  expect(new Set(states.map((s) => s.status))).toEqual(new Set(['NOT_SENT']));
  const res = await exported();
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/x-ndjson');
  const all = (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as ExportLine);
  expect(all.map((l) => l.position)).toEqual([1, 2, 3, 4]);
  expect(all.map((l) => l.record.invoiceType)).toEqual(['F1', 'F1', 'F1', 'R4']);
  expect(all.every((l) => l.signature?.algorithm === 'ECDSA-SHA256')).toBe(true);
  expect(all.map((l) => verifyExportLine(l, publicKey))).toEqual(['VALID', 'VALID', 'VALID', 'VALID']);
  // Each record still chains to the one before it.
  all.slice(1).forEach((l, i) => expect(l.record.previousHash).toBe(all[i]!.record.hash));
  expect((await lines('?from=3')).map((l) => l.position)).toEqual([3, 4]);
});

test('a record altered in the export, or signed by another key, fails its check', async () => {
  const [first, second] = await lines();
  expect(verifyExportLine({ ...first!, record: { ...first!.record, total: '0.01' } as ExportLine['record'] }, publicKey)).toBe('INVALID');
  expect(verifyExportLine({ ...second!, record: { ...second!.record, recipient: { name: 'Otro', nif: '00000000T' } } as ExportLine['record'] }, publicKey)).toBe('INVALID');
  expect(verifyExportLine({ ...first!, signature: { ...first!.signature!, value: second!.signature!.value } }, publicKey)).toBe('INVALID');
  expect(verifyExportLine(first!, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).toBe('OTHER_KEY');
});

test('only admins export; a bad position is BAD_USER_INPUT naming the field', async () => {
  expect((await exported('', null)).status).toBe(401);
  const bad = await exported('?from=abc');
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
});

test('signatures are immutable, and a record altered in the database behind its guard fails its signature', async () => {
  await expect(t.ds.query(`UPDATE verifactu_signatures SET signature = 'x'`)).rejects.toThrow(/immutable/);
  await expect(t.ds.query('DELETE FROM verifactu_signatures')).rejects.toThrow(/immutable/);
  const postgres = t.db.kind === 'postgres';
  await t.ds.query(`DROP TRIGGER verifactu_records_no_update${postgres ? ' ON verifactu_records' : ''}`);
  await t.ds.query(`UPDATE verifactu_records SET total = '1.00' WHERE position = 2`);
  expect((await lines()).map((l) => verifyExportLine(l, publicKey))).toEqual(['VALID', 'INVALID', 'VALID', 'VALID']);
});
