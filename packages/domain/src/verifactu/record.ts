// VeriFactu records (docs/verifactu.md, "Records"): the alta of an issued invoice or credit note and the
// anulación that withdraws one, their hash strings and hashes (huella), built from plain values.
import type { DateOnly } from '../dates/day-number.js';
import type { VatGroup } from '../money/vat.js';
import { formatAmount, formatIssueDate, madridTimestamp } from './format.js';
import { sha256Hex } from './sha256.js';

export type VerifactuMode = 'VERIFACTU' | 'NO_VERIFACTU';
export type RecordKind = 'ALTA' | 'ANULACION';
/** F1 an invoice; R1–R5 rectifying invoices (which one a credit note is, is a setting: default R4). */
export type InvoiceType = 'F1' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5';
export const RECTIFYING_TYPES: readonly InvoiceType[] = ['R1', 'R2', 'R3', 'R4', 'R5'];
export const DEFAULT_CREDIT_NOTE_TYPE: InvoiceType = 'R4';

/** SistemaInformatico: who made the system and which installation writes the chain. */
export interface SystemIdentity {
  producerName: string;
  producerNif: string;
  systemName: string;
  systemId: string;
  version: string;
  installationNumber: string;
}

export interface IssuerIdentity { legalName: string; nif: string }

/** The fields a record's hash covers, as written in the record (strings, already formatted). */
export interface HashedFields {
  kind: RecordKind;
  issuerNif: string;
  number: string;
  /** dd-mm-yyyy */
  issueDate: string;
  /** Alta only. */
  invoiceType: InvoiceType | null;
  taxTotal: string | null;
  total: string | null;
  /** The previous record's hash; '' for the first record of the chain. */
  previousHash: string;
  generatedAt: string;
}

const t = (v: string | null) => (v ?? '').trim();

/** The exact text hashed: values trimmed, not URL-escaped. */
export function hashInput(r: HashedFields): string {
  if (r.kind === 'ALTA') {
    return `IDEmisorFactura=${t(r.issuerNif)}&NumSerieFactura=${t(r.number)}&FechaExpedicionFactura=${t(r.issueDate)}`
      + `&TipoFactura=${t(r.invoiceType)}&CuotaTotal=${t(r.taxTotal)}&ImporteTotal=${t(r.total)}`
      + `&Huella=${t(r.previousHash)}&FechaHoraHusoGenRegistro=${t(r.generatedAt)}`;
  }
  return `IDEmisorFacturaAnulada=${t(r.issuerNif)}&NumSerieFacturaAnulada=${t(r.number)}&FechaExpedicionFacturaAnulada=${t(r.issueDate)}`
    + `&Huella=${t(r.previousHash)}&FechaHoraHusoGenRegistro=${t(r.generatedAt)}`;
}

/** A SHA-256 of a string's UTF-8 bytes as 64 upper-case hex characters: the domain's own, or a faster native one the caller passes. */
export type Sha256 = (text: string) => string;

/** Huella: SHA-256 of the hash input, 64 upper-case hex characters (TipoHuella 01). */
export function recordHash(r: HashedFields, sha: Sha256 = sha256Hex): string {
  return sha(hashInput(r));
}

/** RegistroAnterior: what a record says about the one before it. */
export interface ChainLink { issuerNif: string; number: string; issueDate: string; hash: string }

export interface VatBreakdownEntry {
  /** Impuesto 01 (IVA), ClaveRegimen 01, CalificacionOperacion S1. */
  tax: '01';
  regime: '01';
  qualification: 'S1';
  rate: string;
  base: string;
  taxAmount: string;
}

export interface AltaRecord extends HashedFields {
  kind: 'ALTA';
  issuerName: string;
  invoiceType: InvoiceType;
  taxTotal: string;
  total: string;
  /** TipoRectificativa: I (by differences) for a credit note. */
  rectificationType: 'I' | null;
  rectified: Array<{ issuerNif: string; number: string; issueDate: string }>;
  description: string;
  recipient: { name: string; nif: string };
  breakdown: VatBreakdownEntry[];
  previous: ChainLink | null;
  system: SystemIdentity;
  hashType: '01';
  hash: string;
  /** Subsanacion: a correction of a record the agency rejected or accepted with errors (correction.ts); absent on ordinary altas. */
  subsanacion?: 'S';
  /** RechazoPrevio: the record it corrects was rejected. */
  rechazoPrevio?: 'S';
}

export interface AnulacionRecord extends HashedFields {
  kind: 'ANULACION';
  invoiceType: null;
  taxTotal: null;
  total: null;
  previous: ChainLink | null;
  system: SystemIdentity;
  hashType: '01';
  hash: string;
}

export type VerifactuRecord = AltaRecord | AnulacionRecord;

/** 0.21 → "21.00" (TipoImpositivo). */
export const formatRate = (rate: number) => formatAmount(Math.round(rate * 10_000));

export interface AltaInput {
  issuer: IssuerIdentity;
  system: SystemIdentity;
  document: {
    kind: 'INVOICE' | 'CREDIT_NOTE';
    number: string;
    issueDate: DateOnly;
    description: string;
    recipient: { name: string; nif: string };
    vat: ReadonlyArray<VatGroup>;
    taxCents: number;
    totalCents: number;
    rectifies: { number: string; issueDate: DateOnly } | null;
  };
  creditNoteType: InvoiceType;
  previous: ChainLink | null;
  generatedAtMs: number;
}

export function buildAlta(input: AltaInput, sha: Sha256 = sha256Hex): AltaRecord {
  return altaAfter(input, input.previous, sha);
}

/** buildAlta with the link passed apart: chaining builds no copy of each input. The record is one object, hashed once built. */
function altaAfter(input: Omit<AltaInput, 'previous'>, previous: ChainLink | null, sha: Sha256): AltaRecord {
  const { document: d, issuer } = input;
  const credit = d.kind === 'CREDIT_NOTE';
  const issuerNif = issuer.nif.trim();
  const record: AltaRecord = {
    kind: 'ALTA',
    issuerNif,
    number: d.number.trim(),
    issueDate: formatIssueDate(d.issueDate),
    invoiceType: credit ? input.creditNoteType : 'F1',
    taxTotal: formatAmount(d.taxCents),
    total: formatAmount(d.totalCents),
    previousHash: previous?.hash ?? '',
    generatedAt: madridTimestamp(input.generatedAtMs),
    issuerName: issuer.legalName.trim(),
    rectificationType: credit ? 'I' : null,
    rectified: credit && d.rectifies ? [{ issuerNif, number: d.rectifies.number, issueDate: formatIssueDate(d.rectifies.issueDate) }] : [],
    description: d.description,
    recipient: { name: d.recipient.name.trim(), nif: d.recipient.nif.trim() },
    breakdown: d.vat.map((g) => ({ tax: '01', regime: '01', qualification: 'S1', rate: formatRate(g.vatRate), base: formatAmount(g.baseCents), taxAmount: formatAmount(g.taxCents) })),
    previous,
    system: input.system,
    hashType: '01',
    hash: '',
  };
  // hashInput's text: the values are trimmed above or formatted here, so only the link's hash is trimmed again.
  record.hash = sha(`IDEmisorFactura=${issuerNif}&NumSerieFactura=${record.number}&FechaExpedicionFactura=${record.issueDate}&TipoFactura=${record.invoiceType}`
    + `&CuotaTotal=${record.taxTotal}&ImporteTotal=${record.total}&Huella=${record.previousHash.trim()}&FechaHoraHusoGenRegistro=${record.generatedAt}`);
  return record;
}

export interface AnulacionInput {
  issuer: IssuerIdentity;
  system: SystemIdentity;
  cancelled: { number: string; issueDate: DateOnly };
  previous: ChainLink | null;
  generatedAtMs: number;
}

export function buildAnulacion(input: AnulacionInput, sha: Sha256 = sha256Hex): AnulacionRecord {
  const fields = {
    kind: 'ANULACION' as const,
    issuerNif: input.issuer.nif.trim(),
    number: input.cancelled.number.trim(),
    issueDate: formatIssueDate(input.cancelled.issueDate),
    invoiceType: null,
    taxTotal: null,
    total: null,
    previousHash: input.previous?.hash ?? '',
    generatedAt: madridTimestamp(input.generatedAtMs),
  };
  return { ...fields, previous: input.previous, system: input.system, hashType: '01', hash: recordHash(fields, sha) };
}

/** The link the next record carries to this one. */
export const linkTo = (r: Pick<HashedFields, 'issuerNif' | 'number' | 'issueDate'> & { hash: string }): ChainLink =>
  ({ issuerNif: r.issuerNif, number: r.number, issueDate: r.issueDate, hash: r.hash });

/**
 * Altas for documents numbered together, chained in order after `previous` (one chain per installation,
 * across series and kinds); returns them with the new chain head.
 */
export function chainAltas(inputs: ReadonlyArray<Omit<AltaInput, 'previous'>>, previous: ChainLink | null, sha: Sha256 = sha256Hex): { records: AltaRecord[]; head: ChainLink | null } {
  const records: AltaRecord[] = [];
  let head = previous;
  for (const i of inputs) {
    const r = altaAfter(i, head, sha);
    records.push(r);
    head = linkTo(r);
  }
  return { records, head };
}
