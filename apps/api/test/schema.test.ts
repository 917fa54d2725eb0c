// The committed apps/api/schema.graphql is the code's schema: drift fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { schemaSdl } from '../src/graphql/sdl.js';

test('schema.graphql matches the code; run `pnpm --filter @antena/api schema` after changing the API', async () => {
  const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
  expect(committed).toBe(await schemaSdl());
});

test('the public contract of docs/product.md §4 is in the schema with its names', async () => {
  const sdl = await schemaSdl();
  for (const name of [
    'type Client {', 'type Contract {', 'type ServiceSubscription {', 'type BillableStatus {', 'type BillingAccount {', 'enum BillingAccountSource {',
    'type DeletionCheck {', 'type DeletionBlocker {', 'enum DeletionBlockerCode {', 'type Invoice {',
    'client(id: ID!)', 'clients(', 'contract(id: ID!)', 'serviceSubscription(id: ID!)', 'invoice(id: ID!)', 'invoices(', 'tariffs:', 'billingSettings:',
    'login(', 'createClient(', 'updateClient(', 'deleteClient(', 'createContract(', 'signContract(', 'updateContractSignature(', 'deleteContract(',
    'createServiceSubscription(', 'changeSubscriptionState(', 'migrateSubscriptionTariff(', 'deleteServiceSubscription(', 'addBonus(',
    'addAdditionalAmount(', 'createTariff(', 'updateBillingSettings(', 'correctVerifactuRecord(id: ID!): CorrectVerifactuRecordResult!',
    'billingPreview(', 'queueBillingPreview(', 'remittancePreview(', 'queueRemittancePreview(', 'queueInvoicePdfBatch(filter: InvoiceFilter): BackgroundJob!', 'backgroundJob(id: ID!): BackgroundJob',
  ]) expect(sdl, name).toContain(name);
});
