// A debit's explanation is no longer stored whole (docs/sepa.md "Persistence"): `reasons` repeated, in ≈ 430 bytes of
// JSON, what the debit's own columns hold (invoice, account, mandate, signature date, sequence type, amendment, the
// attempt in its EndToEndId) and made up half of each row. The debit keeps what it did not hold — the contract's
// number, the days the IBAN and the mandate changed, whether it was a retry — and `debitReasons` (domain) says it again.
// up() first rebuilds every stored explanation from the new columns and stops, naming the debits, if one would read
// differently; down() writes the explanations back. The rebuilding is spelled out here, not imported: what this
// migration means must not move with the code.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const PAGE = 2000;

interface Reason { code: string; entityType: string; entityId: string; params: Record<string, string | number> }
interface Debit {
  id: string; invoiceId: string; invoiceNumber: string; iban: string; mandateReference: string; mandateSignedAt: string; sequenceType: string; endToEndId: string;
  previousIban: string | null; previousMandateReference: string | null;
}
interface Kept { contractNumber: string; ibanChangedOn: string | null; mandateChangedOn: string | null; retry: boolean }

const COLUMNS = '"id", "invoiceId", "invoiceNumber", "iban", "mandateReference", "mandateSignedAt", "sequenceType", "endToEndId", "previousIban", "previousMandateReference"';

/** The explanation a debit was created with, from its columns and what it keeps (as planRemittance wrote it). */
function reasonsOf(d: Debit, k: Kept): Reason[] {
  const reason = (code: string, params: Record<string, string | number>): Reason =>
    ({ code, entityType: 'Invoice', entityId: d.invoiceId, params: { invoice: d.invoiceNumber, contract: k.contractNumber, ...params } });
  const out = [reason('SEPA_DEBIT_ACCOUNT', { iban: d.iban, mandate: d.mandateReference, signedAt: d.mandateSignedAt })];
  out.push(reason(d.sequenceType === 'FRST' ? 'SEPA_SEQUENCE_FRST' : 'SEPA_SEQUENCE_RCUR', { mandate: d.mandateReference }));
  if (d.previousIban) out.push(reason('SEPA_AMENDED_IBAN', { previousIban: d.previousIban, iban: d.iban, changedAt: k.ibanChangedOn ?? '' }));
  if (d.previousMandateReference) out.push(reason('SEPA_AMENDED_MANDATE', { previousMandate: d.previousMandateReference, mandate: d.mandateReference, changedAt: k.mandateChangedOn ?? '' }));
  if (k.retry) out.push(reason('SEPA_RETRY_AFTER_RETURN', { attempt: Number(/-(\d{2})$/.exec(d.endToEndId)?.[1] ?? 0) }));
  return out;
}

/** What the explanation holds beyond the debit's columns. */
function keptOf(reasons: Reason[]): Kept {
  const params = (code: string) => reasons.find((r) => r.code === code)?.params;
  return {
    contractNumber: String(params('SEPA_DEBIT_ACCOUNT')?.['contract'] ?? reasons[0]?.params['contract'] ?? ''),
    ibanChangedOn: (params('SEPA_AMENDED_IBAN')?.['changedAt'] as string | undefined) ?? null,
    mandateChangedOn: (params('SEPA_AMENDED_MANDATE')?.['changedAt'] as string | undefined) ?? null,
    retry: reasons.some((r) => r.code === 'SEPA_RETRY_AFTER_RETURN'),
  };
}

/** Every debit a page at a time, by id. */
async function eachPage<T>(q: QueryRunner, columns: string, visit: (rows: T[]) => Promise<void>): Promise<void> {
  const postgres = q.connection.options.type === 'postgres';
  let after = '';
  for (;;) {
    const rows = await q.query(`SELECT ${columns} FROM "sepa_debits" WHERE "id" > ${postgres ? '$1' : '?'} ORDER BY "id" LIMIT ${PAGE}`, [after]) as Array<T & { id: string }>;
    if (rows.length === 0) return;
    await visit(rows);
    after = rows[rows.length - 1]!.id;
  }
}

/** Sets `values` (column → value per row) on the rows of `ids`, in one statement on PostgreSQL. */
async function updateRows(q: QueryRunner, ids: string[], values: Record<string, { type: string; of: unknown[] }>): Promise<void> {
  const columns = Object.keys(values);
  if (q.connection.options.type === 'postgres') {
    const sets = columns.map((c) => `"${c}" = v."${c}"`).join(', ');
    const unnest = columns.map((c, i) => `$${i + 2}::${values[c]!.type}[]`).join(', ');
    await q.query(`UPDATE "sepa_debits" d SET ${sets} FROM unnest($1::varchar[], ${unnest}) AS v(id, ${columns.map((c) => `"${c}"`).join(', ')}) WHERE d."id" = v.id`,
      [ids, ...columns.map((c) => values[c]!.of)]);
    return;
  }
  for (const [i, id] of ids.entries()) {
    await q.query(`UPDATE "sepa_debits" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE "id" = ?`, [...columns.map((c) => {
      const v = values[c]!.of[i];
      return typeof v === 'boolean' ? Number(v) : v;
    }), id]);
  }
}

export class SepaDebitReasonsDerived1765600000000 implements MigrationInterface {
  name = 'SepaDebitReasonsDerived1765600000000';

  async up(q: QueryRunner): Promise<void> {
    const off = q.connection.options.type === 'postgres' ? 'false' : '0';
    // Checked before anything changes: every explanation must read the same from what is kept.
    const differ: string[] = [];
    await eachPage<Debit & { reasons: string }>(q, `${COLUMNS}, "reasons"`, async (rows) => {
      for (const r of rows) {
        const stored = JSON.parse(r.reasons) as Reason[];
        if (JSON.stringify(reasonsOf(r, keptOf(stored))) !== JSON.stringify(stored)) differ.push(r.endToEndId);
      }
    });
    if (differ.length > 0) {
      throw new Error(`sepa_debits: the explanation of ${differ.length} debit(s) cannot be rebuilt from their columns (${differ.slice(0, 10).join(', ')}${differ.length > 10 ? ', …' : ''}); nothing changed`);
    }
    await q.query(`ALTER TABLE "sepa_debits" ADD COLUMN "contractNumber" varchar(20) NOT NULL DEFAULT ''`);
    await q.query('ALTER TABLE "sepa_debits" ADD COLUMN "ibanChangedOn" varchar(10)');
    await q.query('ALTER TABLE "sepa_debits" ADD COLUMN "mandateChangedOn" varchar(10)');
    await q.query(`ALTER TABLE "sepa_debits" ADD COLUMN "retry" boolean NOT NULL DEFAULT ${off}`);
    await eachPage<{ id: string; reasons: string }>(q, '"id", "reasons"', async (rows) => {
      const kept = rows.map((r) => keptOf(JSON.parse(r.reasons) as Reason[]));
      await updateRows(q, rows.map((r) => r.id), {
        contractNumber: { type: 'varchar', of: kept.map((k) => k.contractNumber) }, ibanChangedOn: { type: 'varchar', of: kept.map((k) => k.ibanChangedOn) },
        mandateChangedOn: { type: 'varchar', of: kept.map((k) => k.mandateChangedOn) }, retry: { type: 'boolean', of: kept.map((k) => k.retry) },
      });
    });
    await q.query('ALTER TABLE "sepa_debits" DROP COLUMN "reasons"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sepa_debits" ADD COLUMN "reasons" text NOT NULL DEFAULT '[]'`);
    await eachPage<Debit & Kept>(q, `${COLUMNS}, "contractNumber", "ibanChangedOn", "mandateChangedOn", "retry"`, async (rows) => {
      await updateRows(q, rows.map((r) => r.id), { reasons: { type: 'text', of: rows.map((r) => JSON.stringify(reasonsOf(r, { ...r, retry: Boolean(r.retry) }))) } });
    });
    for (const column of ['contractNumber', 'ibanChangedOn', 'mandateChangedOn', 'retry']) await q.query(`ALTER TABLE "sepa_debits" DROP COLUMN "${column}"`);
  }
}
