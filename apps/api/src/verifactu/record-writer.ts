// Appends VeriFactu records to the chain inside the caller's transaction (docs/verifactu.md, "Writing"):
// the altas of the documents a run has just numbered, or the anulación of a voided invoice. Insert only:
// nothing here (or anywhere) updates or deletes a record.
import { buildAnulacion, chainAltas, linkTo, type AltaInput, type InvoiceType, type VerifactuRecord } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { ClientEntity, InvoiceEntity } from '../entities/index.js';
import { bulkInsert } from '../billing/bulk-insert.js';
import { lockChainHead, moveChainHead, type ChainHead } from './chain-head.js';
import { loadVerifactuSettings } from './settings.js';
import { nativeSha256 } from './hash.js';
import { systemIdentity } from './system.js';
import { signerFromEnv } from './signing.js';
import { systemKeyOf } from './stored-records.js';
import { payloadOf, VerifactuCorrectionEntity, VerifactuRecordEntity, VerifactuSignatureEntity, type RecordStatus, type VerifactuSettingsEntity } from './verifactu.entities.js';

const IN_SLICE = 1000;

async function byIds<T>(ids: string[], fetch: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_SLICE) out.push(...(await fetch(ids.slice(i, i + IN_SLICE))));
  return out;
}

function clientSql(m: EntityManager, n: number): string {
  const pg = m.connection.options.type === 'postgres';
  const params = Array.from({ length: n }, (_, i) => (pg ? `$${i + 1}` : '?')).join(', ');
  return `SELECT "id", "name", "taxId" FROM "clients" WHERE "id" IN (${params})`;
}

/** A credit note's DescripcionOperacion: the invoice rectified and the reason, at most 500 characters. */
function creditNoteDescription(rectifiedNumber: string, period: string, reason: string | null | undefined): string {
  const rectification = `Rectificación de la factura ${rectifiedNumber} (periodo ${period})`;
  return (reason ? `${rectification}: ${reason}` : rectification).slice(0, 500);
}

/** Records are generated in chain order: never dated before the record they follow. */
function generationMs(createdAt: string, head: ChainHead): number {
  const at = Date.parse(createdAt);
  const previous = head.generatedAt ? Date.parse(head.generatedAt) : Number.NEGATIVE_INFINITY;
  return Math.max(at, previous);
}

/** The rows: the hashed fields, the system's key and the payload (docs/verifactu.md, "Tables"); previousHash is not written, the row before holds it. */
function rowsOf(records: VerifactuRecord[], invoiceIds: string[], firstPosition: number, systemKey: number): VerifactuRecordEntity[] {
  return records.map((r, i) => ({
    position: firstPosition + i, kind: r.kind, invoiceId: invoiceIds[i]!, issuerNif: r.issuerNif, number: r.number, issueDate: r.issueDate,
    invoiceType: r.invoiceType, taxTotal: r.taxTotal, total: r.total, previousHash: r.previousHash, generatedAt: r.generatedAt, hash: r.hash,
    systemKey, payload: payloadOf(r),
  }));
}

/**
 * The records in one bulk insert, then their states in one `INSERT … SELECT` over the range of positions just
 * written (no per-record values cross from JS, nothing is read back): PENDING in VERI*FACTU mode, NOT_SENT in
 * No VERI*FACTU mode, where records are kept, signed and exported, not sent (docs/verifactu.md, "Writing").
 */
async function append(m: EntityManager, head: ChainHead, records: VerifactuRecord[], invoiceIds: string[], settings: VerifactuSettingsEntity): Promise<VerifactuRecordEntity[]> {
  const first = head.length + 1;
  // Every record of one append is written by the same system.
  const rows = rowsOf(records, invoiceIds, first, await systemKeyOf(m, records[0]!.system));
  await bulkInsert(m, VerifactuRecordEntity, rows);
  if (settings.mode === 'NO_VERIFACTU') {
    const signer = signerFromEnv();
    if (signer) {
      await bulkInsert(m, VerifactuSignatureEntity, records.map((r, i) => ({ position: first + i, algorithm: signer.algorithm, keyId: signer.keyId, signature: signer.sign(r) })));
    }
  }
  const pg = m.connection.options.type === 'postgres';
  // The closed range of positions just written, in one statement that reads nothing back.
  await m.query(pg
    ? 'INSERT INTO "verifactu_record_states" ("position", "status", "attempts") SELECT generate_series($1::int, $2::int), $3::varchar, 0'
    : 'WITH RECURSIVE p(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM p WHERE n < ?) INSERT INTO "verifactu_record_states" ("position", "status", "attempts") SELECT n, ?, 0 FROM p',
  [first, first + rows.length - 1, settings.mode === 'VERIFACTU' ? 'PENDING' : 'NOT_SENT']);
  const last = records[records.length - 1]!;
  await moveChainHead(m, head.length + records.length, { ...linkTo(last), generatedAt: last.generatedAt });
  return rows;
}

/**
 * The billing benchmark's "records off" run (docs/verifactu.md, "Performance") and nothing else: records are
 * a legal duty, so no setting, API or environment variable reaches this switch.
 */
export const benchmarkOnly = { skipRecords: false };

export type Recipients = ReadonlyMap<string, { name: string; taxId: string }>;

/**
 * The alta of every document in `invoices` (just numbered, same transaction), chained in number order
 * after the chain head. Called once by each path that issues documents. `recipients` (client id → name
 * and tax id), when the caller read them already (a billing run reads them with its contracts), spares the lookup.
 */
export async function appendAltas(m: EntityManager, invoices: readonly InvoiceEntity[], recipients?: Recipients): Promise<void> {
  if (invoices.length === 0 || benchmarkOnly.skipRecords) return;
  const settings = await loadVerifactuSettings(m);
  // One fixed statement per slice, no query-builder compile or entity hydration (docs/verifactu.md, "Performance").
  const clients: Recipients = recipients ?? new Map((await byIds([...new Set(invoices.map((i) => i.clientId))], (ids) => m.query(clientSql(m, ids.length), ids) as Promise<Array<Pick<ClientEntity, 'id' | 'name' | 'taxId'>>>))
    .map((c) => [c.id, c]));
  const rectifiedIds = [...new Set(invoices.filter((i) => i.rectifiesId).map((i) => i.rectifiesId!))];
  const rectified = new Map((await byIds(rectifiedIds, (ids) => m.createQueryBuilder(InvoiceEntity, 'i').select(['i.id', 'i.number', 'i.issueDate'])
    .where('i.id IN (:...ids)', { ids }).getMany())).map((i) => [i.id, i]));
  const issuer = { legalName: settings.legalName, nif: settings.nif };
  const system = systemIdentity(settings.installationNumber);

  const head = await lockChainHead(m);
  // A run's documents share one creation time: parse it once, not once per document.
  let floorMs = head.generatedAt ? Date.parse(head.generatedAt) : Number.NEGATIVE_INFINITY;
  let lastCreatedAt = '';
  let lastCreatedMs = 0;
  // An invoice's DescripcionOperacion: one text per period.
  let lastPeriod = '';
  let servicesText = '';
  const inputs: Omit<AltaInput, 'previous'>[] = invoices.map((inv) => {
    const client = clients.get(inv.clientId)!;
    const original = inv.rectifiesId ? rectified.get(inv.rectifiesId) ?? null : null;
    if (inv.createdAt !== lastCreatedAt) { lastCreatedAt = inv.createdAt; lastCreatedMs = Date.parse(inv.createdAt); }
    const generatedAtMs = Math.max(lastCreatedMs, floorMs);
    floorMs = generatedAtMs;
    // A credit note carries its own type (createCreditNote, or the setting when a mass credit was numbered).
    const creditNoteType = (inv.rectificationType as InvoiceType | null | undefined) ?? settings.creditNoteType;
    if (inv.period !== lastPeriod) { lastPeriod = inv.period; servicesText = `Servicios de telecomunicaciones, periodo ${inv.period}`; }
    return {
      issuer, system, creditNoteType, generatedAtMs,
      document: {
        kind: inv.kind, number: inv.number, issueDate: inv.issueDate, recipient: { name: client.name, nif: client.taxId },
        description: inv.kind === 'CREDIT_NOTE' ? creditNoteDescription(original?.number ?? '', inv.period, inv.creditReason) : servicesText,
        vat: inv.vatBreakdown, taxCents: inv.taxCents, totalCents: inv.totalCents,
        rectifies: original ? { number: original.number, issueDate: original.issueDate } : null,
      },
    };
  });
  const { records } = chainAltas(inputs, head.link, nativeSha256);
  await append(m, head, records, invoices.map((i) => i.id), settings);
}

/** The anulación of one invoice (voidInvoice), in the caller's transaction. */
export async function appendAnulacion(m: EntityManager, invoice: InvoiceEntity, now: Date): Promise<VerifactuRecord> {
  const head = await lockChainHead(m);
  const settings = await loadVerifactuSettings(m);
  const record = buildAnulacion({
    issuer: { legalName: settings.legalName, nif: settings.nif }, system: systemIdentity(settings.installationNumber),
    cancelled: { number: invoice.number, issueDate: invoice.issueDate }, previous: head.link, generatedAtMs: generationMs(now.toISOString(), head),
  }, nativeSha256);
  await append(m, head, [record], [invoice.id], settings);
  return record;
}

/** When a record generated now is dated: never before the chain head (the record it follows). */
export const generationTime = (now: Date, head: ChainHead) => generationMs(now.toISOString(), head);

/**
 * A subsanación (buildCorrection's record) at the head of the chain, in the caller's transaction, which holds the
 * chain head lock (`head`), and the row saying which record it corrects (insert-only; unique per corrected record).
 */
export async function appendCorrection(m: EntityManager, head: ChainHead, record: VerifactuRecord, original: VerifactuRecordEntity, correctedStatus: RecordStatus, settings: VerifactuSettingsEntity, now: Date): Promise<VerifactuRecordEntity> {
  const [row] = await append(m, head, [record], [original.invoiceId], settings);
  await m.insert(VerifactuCorrectionEntity, { position: row!.position, correctsPosition: original.position, correctedStatus, createdAt: now.toISOString() });
  return row!;
}
