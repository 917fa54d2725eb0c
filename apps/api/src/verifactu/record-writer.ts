// Appends VeriFactu records to the chain inside the caller's transaction (docs/verifactu.md, "Writing"):
// the altas of the documents a run has just numbered, or the anulación of a voided invoice. Insert only:
// nothing here (or anywhere) updates or deletes a record.
import { buildAnulacion, chainAltas, linkTo, type AltaInput, type InvoiceType, type VerifactuRecord } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../db/ids.js';
import { ClientEntity, InvoiceEntity } from '../entities/index.js';
import { bulkInsert } from '../billing/bulk-insert.js';
import { lockChainHead, moveChainHead, type ChainHead } from './chain-head.js';
import { loadVerifactuSettings } from './settings.js';
import { nativeSha256 } from './hash.js';
import { systemIdentity } from './system.js';
import { payloadOf, VerifactuRecordEntity, VerifactuRecordStateEntity, type VerifactuSettingsEntity } from './verifactu.entities.js';

const IN_SLICE = 1000;

async function byIds<T>(ids: string[], fetch: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_SLICE) out.push(...(await fetch(ids.slice(i, i + IN_SLICE))));
  return out;
}

/** Records are generated in chain order: never dated before the record they follow. */
function generationMs(createdAt: string, head: ChainHead): number {
  const at = Date.parse(createdAt);
  const previous = head.generatedAt ? Date.parse(head.generatedAt) : Number.NEGATIVE_INFINITY;
  return Math.max(at, previous);
}

function rowsOf(records: VerifactuRecord[], invoiceIds: string[], firstPosition: number, settings: VerifactuSettingsEntity) {
  const rows: VerifactuRecordEntity[] = [];
  const states: VerifactuRecordStateEntity[] = [];
  records.forEach((r, i) => {
    const id = newId();
    const position = firstPosition + i;
    rows.push({
      id, position, kind: r.kind, invoiceId: invoiceIds[i]!, issuerNif: r.issuerNif, number: r.number, issueDate: r.issueDate, invoiceType: r.invoiceType,
      taxTotal: r.taxTotal, total: r.total, previousHash: r.previousHash, generatedAt: r.generatedAt, hash: r.hash, payload: payloadOf(r),
    });
    // In No VERI*FACTU mode records are kept, not sent.
    states.push({
      recordId: id, position, status: settings.mode === 'VERIFACTU' ? 'PENDING' : 'NOT_SENT', attempts: 0, nextAttemptAt: null,
      errorCode: null, errorMessage: null, answeredAt: null, submissionId: null, resendAs: null,
    });
  });
  return { rows, states };
}

async function append(m: EntityManager, head: ChainHead, records: VerifactuRecord[], invoiceIds: string[], settings: VerifactuSettingsEntity) {
  const { rows, states } = rowsOf(records, invoiceIds, head.length + 1, settings);
  await bulkInsert(m, VerifactuRecordEntity, rows);
  await bulkInsert(m, VerifactuRecordStateEntity, states);
  const last = records[records.length - 1]!;
  await moveChainHead(m, head.length + records.length, { ...linkTo(last), generatedAt: last.generatedAt });
}

/**
 * The billing benchmark's "records off" run (docs/verifactu.md, "Performance") and nothing else: records are
 * a legal duty, so no setting, API or environment variable reaches this switch.
 */
export const benchmarkOnly = { skipRecords: false };

/**
 * The alta of every document in `invoices` (just numbered, same transaction), chained in number order
 * after the chain head. Called once by each path that issues documents.
 */
export async function appendAltas(m: EntityManager, invoices: readonly InvoiceEntity[]): Promise<void> {
  if (invoices.length === 0 || benchmarkOnly.skipRecords) return;
  const settings = await loadVerifactuSettings(m);
  const clientIds = [...new Set(invoices.map((i) => i.clientId))];
  const clients = new Map((await byIds(clientIds, (ids) => m.createQueryBuilder(ClientEntity, 'c').select(['c.id', 'c.name', 'c.taxId'])
    .where('c.id IN (:...ids)', { ids }).getMany())).map((c) => [c.id, c]));
  const rectifiedIds = [...new Set(invoices.flatMap((i) => (i.rectifiesId ? [i.rectifiesId] : [])))];
  const rectified = new Map((await byIds(rectifiedIds, (ids) => m.createQueryBuilder(InvoiceEntity, 'i').select(['i.id', 'i.number', 'i.issueDate'])
    .where('i.id IN (:...ids)', { ids }).getMany())).map((i) => [i.id, i]));
  const issuer = { legalName: settings.legalName, nif: settings.nif };
  const system = systemIdentity(settings.installationNumber);

  const head = await lockChainHead(m);
  let floor = head;
  const inputs: Omit<AltaInput, 'previous'>[] = invoices.map((inv) => {
    const client = clients.get(inv.clientId)!;
    const original = inv.rectifiesId ? rectified.get(inv.rectifiesId) ?? null : null;
    const generatedAtMs = generationMs(inv.createdAt, floor);
    floor = { ...floor, generatedAt: new Date(generatedAtMs).toISOString() };
    // A credit note carries its own type (createCreditNote, or the setting when a mass credit was numbered).
    const creditNoteType = (inv.rectificationType as InvoiceType | null | undefined) ?? settings.creditNoteType;
    const rectification = `Rectificación de la factura ${original?.number ?? ''} (periodo ${inv.period})`;
    return {
      issuer, system, creditNoteType, generatedAtMs,
      document: {
        kind: inv.kind, number: inv.number, issueDate: inv.issueDate, recipient: { name: client.name, nif: client.taxId },
        // DescripcionOperacion holds at most 500 characters.
        description: inv.kind === 'CREDIT_NOTE' ? (inv.creditReason ? `${rectification}: ${inv.creditReason}` : rectification).slice(0, 500) : `Servicios de telecomunicaciones, periodo ${inv.period}`,
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
