// Money exact under concurrency and bad input (docs/billing.md):
// - timelines ordered by a monotonic sequence, never a timestamp that can tie (`seq`, from the 'timeline' counter);
// - the days of an invoice not issued because its total is zero, recorded as charged (`zero_total_charges`);
// - document totals and run sums as 64-bit integers (SQLite's INTEGER already is; PostgreSQL's integer is not).
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { date, fk, id, instant, ref, text } from './columns.js';

const zeroTotalCharges = new Table({
  name: 'zero_total_charges',
  columns: [
    id(), ref('contractId'), text('period', 7), text('kind', 12), ref('subscriptionId', true), ref('additionalAmountId', true),
    date('fromDate', true), date('toDate', true), ref('billingRunId', true), instant('createdAt'),
  ],
  foreignKeys: [fk('contractId', 'contracts', 'CASCADE')],
  indices: [{ columnNames: ['contractId', 'period'] }, { columnNames: ['subscriptionId'] }],
});

const TIMELINES = ['subscription_state_changes', 'subscription_tariff_changes'];
const BIGINT = [['invoices', 'baseCents'], ['invoices', 'taxCents'], ['invoices', 'totalCents'], ['billing_runs', 'totalCents']];

export class MoneyExact1764400000000 implements MigrationInterface {
  name = 'MoneyExact1764400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TIMELINES) {
      await q.addColumn(table, new TableColumn({ name: 'seq', type: 'integer', isNullable: false, default: 0 }));
      // Existing entries keep the order they were read in: effective date, then creation, then id.
      await q.query(`UPDATE ${table} SET seq = (SELECT n FROM (SELECT id AS rid, ROW_NUMBER() OVER (ORDER BY "effectiveDate", "createdAt", id) AS n FROM ${table}) r WHERE r.rid = ${table}.id)`);
    }
    const max = async (table: string) => Number((await q.query(`SELECT COALESCE(MAX(seq), 0) AS m FROM ${table}`))[0].m);
    const next = Math.max(await max(TIMELINES[0]!), await max(TIMELINES[1]!)) + 1;
    await q.manager.createQueryBuilder().insert().into('sequences').values({ name: 'timeline', nextValue: next }).execute();
    await q.createTable(zeroTotalCharges, false, true, true);
    if (q.connection.options.type === 'postgres') {
      for (const [table, column] of BIGINT) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE bigint`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      for (const [table, column] of BIGINT) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE integer`);
    }
    await q.dropTable(zeroTotalCharges.name);
    await q.query(`DELETE FROM sequences WHERE name = 'timeline'`);
    for (const table of TIMELINES) await q.dropColumn(table, 'seq');
  }
}
