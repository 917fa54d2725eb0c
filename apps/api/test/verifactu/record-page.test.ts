// verifactuRecordPage (docs/verifactu.md, "API"): the records of one status a page at a time in chain order, with
// the total, every one reachable however many there are; page size and cursor checked like every connection.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BILLING_NOW, startServer, type TestServer } from '../harness.js';
import { billing } from '../billing/support.js';

let t: TestServer;

const PAGE = `query($first: Int, $after: String, $includeCorrected: Boolean! = false) {
  verifactuRecordPage(status: REJECTED, first: $first, after: $after, includeCorrected: $includeCorrected) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id position status } } nodes { position errorCode remedy }
  }
}`;

beforeAll(async () => {
  t = await startServer({ now: BILLING_NOW });
  const b = billing(t);
  await b.settings('ADVANCE');
  const { A } = await b.tariffsAB();
  for (let i = 0; i < 7; i++) await b.contractWith(A.id);
  await b.runOk('2026-11');
  // The agency's answers as the submission worker stores them: five of seven rejected.
  await t.ds.query(`UPDATE verifactu_record_states SET status = 'REJECTED', "errorCode" = '4102', "errorMessage" = 'NIF no identificado' WHERE position IN (1, 2, 4, 6, 7)`);
}, 60_000);
afterAll(async () => { await t.close(); });

test('pages of two walk every rejected record once, in chain order, with the total and the reason', async () => {
  const seen: number[] = [];
  let after: string | null = null;
  const pages: any[] = [];
  do {
    const page: any = (await t.ok(PAGE, { first: 2, after })).verifactuRecordPage;
    pages.push(page);
    seen.push(...page.nodes.map((n: any) => n.position));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  expect(seen).toEqual([1, 2, 4, 6, 7]);
  expect(pages.map((p) => [p.totalCount, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage, p.nodes.length])).toEqual([[5, false, true, 2], [5, true, true, 2], [5, true, false, 1]]);
  expect(pages[0].edges.map((e: any) => e.node)).toEqual([{ id: '1', position: 1, status: 'REJECTED' }, { id: '2', position: 2, status: 'REJECTED' }]);
  expect(pages[0].pageInfo.endCursor).toBe(pages[0].edges[1].cursor);
  expect(pages[0].nodes[0]).toMatchObject({ errorCode: '4102', remedy: expect.stringContaining('4102') });
  // The page the list query gives (its first 100) is the same records.
  expect((await t.ok('query { verifactuRecords(status: REJECTED) { position } }')).verifactuRecords.map((r: any) => r.position)).toEqual(seen);
});

test('a corrected record leaves the pages unless asked for', async () => {
  await t.ok('mutation { correctVerifactuRecord(id: "2") { corrected } }');
  const page = async (includeCorrected: boolean) => (await t.ok(PAGE, { first: 10, includeCorrected })).verifactuRecordPage;
  expect((await page(false)).nodes.map((n: any) => n.position)).toEqual([1, 4, 6, 7]);
  expect((await page(false)).totalCount).toBe(4);
  expect((await page(true)).nodes.map((n: any) => n.position)).toEqual([1, 2, 4, 6, 7]);
});

test('page size 0–100 and a cursor that names no record are refused, naming the argument', async () => {
  const big = await t.gql(PAGE, { first: 101 });
  expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  for (const after of ['%%%', Buffer.from('abc').toString('base64url'), Buffer.from('0').toString('base64url'), Buffer.from('-3').toString('base64url')]) {
    const r = await t.gql(PAGE, { first: 2, after });
    expect(r.errors?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  }
  const empty = (await t.ok(PAGE, { first: 0 })).verifactuRecordPage;
  expect(empty).toMatchObject({ totalCount: 4, nodes: [], pageInfo: { hasNextPage: true } });
});

test('admin only', async () => {
  const anonymous = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PAGE, variables: { first: 1 } }) });
  const body = await anonymous.json() as { data: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
