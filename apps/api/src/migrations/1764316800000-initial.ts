// Initial schema: clients, contracts, subscriptions, tariffs, access, and the invoice tables billing fills.
// Portable (Table API only) so SQLite and PostgreSQL run the very same migration.
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bool, date, fk, id, instant, int, json, ref, text } from './columns.js';

const tables: Table[] = [
  new Table({ name: 'app_settings', columns: [{ name: 'key', type: 'varchar', length: '60', isPrimary: true }, { name: 'value', type: 'text' }] }),
  new Table({ name: 'sequences', columns: [{ name: 'name', type: 'varchar', length: '30', isPrimary: true }, int('nextValue')] }),
  new Table({
    name: 'billing_settings',
    columns: [{ name: 'id', type: 'integer', isPrimary: true }, text('mode', 10), bool('massCreditOnTariffMigration'), instant('updatedAt')],
  }),
  new Table({ name: 'partners', columns: [id(), text('name', 200), instant('createdAt')] }),
  new Table({
    name: 'api_keys',
    columns: [id(), ref('partnerId'), text('name', 200), text('prefix', 16), text('keyHash', 64), instant('createdAt'), instant('revokedAt', true)],
    foreignKeys: [fk('partnerId', 'partners')],
    indices: [{ columnNames: ['keyHash'], isUnique: true }, { columnNames: ['partnerId'] }],
  }),
  new Table({
    name: 'users',
    columns: [id(), text('email', 254), text('passwordHash', 300), text('role', 20), instant('createdAt')],
    indices: [{ columnNames: ['email'], isUnique: true }],
  }),
  new Table({
    name: 'clients',
    columns: [
      id(), text('code', 20), text('kind', 10), text('name', 200), text('taxId', 20), text('email', 254), text('phone', 30, true),
      text('address', 300, true), text('iban', 34, true), ref('partnerId', true), int('version'), instant('createdAt'), instant('updatedAt'),
    ],
    foreignKeys: [fk('partnerId', 'partners')],
    indices: [{ columnNames: ['code'], isUnique: true }, { columnNames: ['partnerId', 'code'] }],
  }),
  new Table({
    name: 'contracts',
    columns: [
      id(), text('number', 20), ref('clientId'), text('status', 12), date('signedAt', true), text('signerName', 200, true),
      text('signerTaxId', 20, true), text('iban', 34, true), text('mandateReference', 35, true), int('version'),
      instant('createdAt'), instant('updatedAt'),
    ],
    foreignKeys: [fk('clientId', 'clients')],
    indices: [{ columnNames: ['number'], isUnique: true }, { columnNames: ['mandateReference'], isUnique: true }, { columnNames: ['clientId'] }],
  }),
  new Table({
    name: 'tariffs',
    columns: [id(), text('code', 30), text('name', 200), int('priceCents'), int('vatRate'), instant('createdAt')],
    indices: [{ columnNames: ['code'], isUnique: true }],
  }),
  new Table({
    name: 'subscriptions',
    columns: [id(), ref('contractId'), ref('tariffId'), text('state', 24), date('billingStartDate', true), instant('createdAt')],
    foreignKeys: [fk('contractId', 'contracts'), fk('tariffId', 'tariffs')],
    indices: [{ columnNames: ['contractId'] }],
  }),
  new Table({
    name: 'subscription_state_changes',
    columns: [id(), ref('subscriptionId'), text('state', 24), date('effectiveDate'), instant('createdAt')],
    foreignKeys: [fk('subscriptionId', 'subscriptions')],
    indices: [{ columnNames: ['subscriptionId', 'effectiveDate'] }],
  }),
  new Table({
    name: 'subscription_tariff_changes',
    columns: [id(), ref('subscriptionId'), ref('tariffId'), date('effectiveDate'), instant('createdAt')],
    foreignKeys: [fk('subscriptionId', 'subscriptions'), fk('tariffId', 'tariffs')],
    indices: [{ columnNames: ['subscriptionId', 'effectiveDate'] }],
  }),
  new Table({
    name: 'bonuses',
    columns: [
      id(), ref('subscriptionId'), text('kind', 10), int('percent', true), int('amountCents', true), text('description', 200, true),
      date('validFrom'), date('validTo', true), instant('createdAt'),
    ],
    foreignKeys: [fk('subscriptionId', 'subscriptions')],
    indices: [{ columnNames: ['subscriptionId'] }],
  }),
  new Table({
    name: 'additional_amounts',
    columns: [
      id(), ref('subscriptionId'), text('description', 200), int('amountCents'), int('vatRate'), text('kind', 10),
      date('date', true), date('validFrom', true), date('validTo', true), instant('createdAt'),
    ],
    foreignKeys: [fk('subscriptionId', 'subscriptions')],
    indices: [{ columnNames: ['subscriptionId'] }],
  }),
  new Table({
    name: 'billing_runs',
    columns: [
      id(), text('kind', 12), text('period', 7), text('status', 10), text('actorType', 20), text('actorId', 36, true),
      text('actorName', 254, true), instant('startedAt'), instant('finishedAt', true), int('invoiceCount'), int('skippedCount'),
      int('totalCents'), json('details', true),
    ],
    indices: [{ columnNames: ['period', 'kind'] }],
  }),
  new Table({
    name: 'invoices',
    columns: [
      id(), text('kind', 12), text('series', 4), int('year'), int('sequence'), text('number', 20), ref('clientId'), ref('contractId'),
      text('period', 7), date('periodStart'), date('periodEnd'), date('issueDate'), int('baseCents'), int('taxCents'),
      int('totalCents'), json('vatBreakdown'), text('status', 10), ref('rectifiesId', true), text('billingIban', 34, true),
      text('billingSource', 20), text('billingCode', 60), json('billingParams'), ref('billingRunId', true), instant('createdAt'),
    ],
    foreignKeys: [fk('clientId', 'clients'), fk('contractId', 'contracts'), fk('rectifiesId', 'invoices'), fk('billingRunId', 'billing_runs')],
    indices: [
      { columnNames: ['series', 'year', 'sequence'], isUnique: true },
      // One regular invoice per contract and period (docs/product.md §3), enforced by the database too.
      { name: 'UQ_invoices_regular_contract_period', columnNames: ['contractId', 'period', 'kind'], isUnique: true, where: `"kind" = 'INVOICE'` },
      { columnNames: ['clientId'] },
      { columnNames: ['contractId', 'period'] },
      { columnNames: ['rectifiesId'] },
    ],
  }),
  new Table({
    name: 'invoice_lines',
    columns: [
      id(), ref('invoiceId'), int('position'), text('kind', 12), ref('subscriptionId', true), ref('tariffId', true),
      text('tariffCode', 30, true), ref('bonusId', true), ref('additionalAmountId', true), date('fromDate', true), date('toDate', true),
      int('days', true), int('daysInMonth', true), int('unitPriceCents', true), int('amountCents'), int('vatRate'), text('code', 60),
      json('params'),
    ],
    foreignKeys: [fk('invoiceId', 'invoices', 'CASCADE')],
    indices: [{ columnNames: ['invoiceId', 'position'], isUnique: true }, { columnNames: ['subscriptionId'] }],
  }),
  new Table({
    name: 'invoice_counters',
    columns: [{ name: 'series', type: 'varchar', length: '4', isPrimary: true }, { name: 'year', type: 'integer', isPrimary: true }, int('nextNumber')],
  }),
  new Table({
    name: 'audit_entries',
    columns: [
      id(), text('actorType', 10), text('actorId', 36, true), text('actorName', 254), text('entityType', 30), text('entityId', 36),
      text('clientId', 36, true), text('action', 40), json('changes'), instant('at'),
    ],
    indices: [{ columnNames: ['clientId', 'at'] }, { columnNames: ['entityType', 'entityId'] }],
  }),
];

export class Initial1764316800000 implements MigrationInterface {
  name = 'Initial1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables) await queryRunner.createTable(table, false, true, true);
    const insert = (table: string, values: Record<string, unknown>[]) =>
      queryRunner.manager.createQueryBuilder().insert().into(table).values(values).execute();
    await insert('sequences', [{ name: 'client', nextValue: 1 }, { name: 'contract', nextValue: 1 }]);
    // docs/product.md §2: mass credits are off by default; ADVANCE is the usual Spanish ISP practice.
    const no = queryRunner.connection.options.type === 'postgres' ? false : 0; // better-sqlite3 binds no booleans
    await insert('billing_settings', [{ id: 1, mode: 'ADVANCE', massCreditOnTariffMigration: no, updatedAt: new Date().toISOString() }]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...tables].reverse()) await queryRunner.dropTable(table.name);
  }
}
