// applyPaymentStatuses (billing/payment-status.ts), the one path of every payment status change: allowed changes
// are applied and audited slice by slice, refused ones returned; an invoice someone changed meanwhile refuses the
// whole call (CONFLICT) and the caller's transaction writes nothing, neither statuses nor audit rows.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { applyPaymentStatuses } from '../../src/billing/payment-status.js';
import { inTransaction } from '../../src/db/transaction.js';
import { AuditEntryEntity, InvoiceEntity } from '../../src/entities/index.js';
import { createJobEngine } from '../../src/jobs/engine.js';
import { createLoaders } from '../../src/loaders/loaders.js';
import { factories } from '../factories.js';
import { startServer, TEST_NOW, type TestServer } from '../harness.js';

let t: TestServer;
let f: ReturnType<typeof factories>;
beforeAll(async () => { t = await startServer(); f = factories(t); });
afterAll(async () => { await t?.close(); });

const scope = () => ({ ds: t.ds, actor: null, locale: 'en' as const, today: '2026-11-20', now: TEST_NOW, loaders: createLoaders(t.ds.manager), jobs: createJobEngine(t.ds, { inProcessWorker: false }) });

async function issued(n: number): Promise<InvoiceEntity[]> {
  const { client, contract } = await f.activeClient();
  const out: InvoiceEntity[] = [];
  for (let i = 0; i < n; i++) {
    const x = await f.invoice(client.id, contract.id, { period: `2026-0${i + 1}` });
    out.push(await t.ds.getRepository(InvoiceEntity).findOneByOrFail({ id: x.id }));
  }
  return out;
}
const statusOf = async (ids: string[]) => (await t.ds.getRepository(InvoiceEntity).findBy(ids.map((id) => ({ id })))).map((i) => [i.id, i.status]).sort();
const auditsOf = (ids: string[]) => t.ds.getRepository(AuditEntryEntity).findBy(ids.map((entityId) => ({ entityId, action: 'PAYMENT_STATUS' })));

test('applies the allowed changes with their audit rows, returns the refused ones', async () => {
  const [a, b, c] = await issued(3);
  const { applied, refused } = await inTransaction(t.ds, (m) => applyPaymentStatuses(m, scope(), [
    { invoice: a!, to: 'PAID' },
    { invoice: b!, to: 'RETURNED', noted: [{ field: 'returnReasonCode', from: null, to: 'AM04' }] },
    { invoice: c!, to: 'ISSUED' },
  ]));
  expect(applied.map((x) => x.invoice.id).sort()).toEqual([a!.id, b!.id].sort());
  expect(refused.map((x) => [x.change.invoice.id, x.refusal.code])).toEqual([[c!.id, 'PAYMENT_STATUS_UNCHANGED']]);
  expect(await statusOf([a!.id, b!.id, c!.id])).toEqual([[a!.id, 'PAID'], [b!.id, 'RETURNED'], [c!.id, 'ISSUED']].sort());
  const audits = await auditsOf([a!.id, b!.id, c!.id]);
  expect(audits.map((x) => [x.entityId, x.changes]).sort()).toEqual([
    [a!.id, [{ field: 'status', from: 'ISSUED', to: 'PAID' }]],
    [b!.id, [{ field: 'status', from: 'ISSUED', to: 'RETURNED' }, { field: 'returnReasonCode', from: null, to: 'AM04' }]],
  ].sort());
});

test('an invoice changed meanwhile refuses the whole call: CONFLICT, no status moved, no audit row written', async () => {
  const [a, b] = await issued(2);
  // b is paid by someone else after the caller read it as ISSUED.
  await t.ds.getRepository(InvoiceEntity).update({ id: b!.id }, { status: 'PAID' });
  const call = inTransaction(t.ds, (m) => applyPaymentStatuses(m, scope(), [{ invoice: a!, to: 'RETURNED' }, { invoice: b!, to: 'RETURNED' }]));
  await expect(call).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(await statusOf([a!.id, b!.id])).toEqual([[a!.id, 'ISSUED'], [b!.id, 'PAID']].sort());
  expect(await auditsOf([a!.id, b!.id])).toEqual([]);
});
