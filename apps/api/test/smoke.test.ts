import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type TestServer } from './harness.js';

let t: TestServer;
beforeAll(async () => { t = await startServer(); });
afterAll(async () => { await t.close(); });

test('smoke', async () => {
  const r = await t.gql('mutation { createClient(input: { kind: PERSON, name: "Ana", taxId: "12345678Z", email: "ana@example.com", iban: "ES9121000418450200051332" }) { id code version deletion { allowed } } }');
  console.log(JSON.stringify(r));
  expect(r.errors).toBeUndefined();
});
