// VeriFactu tables (docs/verifactu.md, "Tables"). `verifactu_records` is insert-only: no code path updates
// or deletes it, and triggers refuse it in the database; what changes (the agency's answer) lives beside it
// in `verifactu_record_states`.
import type { AltaRecord, AnulacionRecord, ChainLink, InvoiceType, RecordKind, RecordStatus, SystemIdentity, VerifactuMode, VerifactuRecord } from '@antena/domain';
import { Column, Entity, PrimaryColumn, VirtualColumn, type ValueTransformer } from 'typeorm';
import { InstantColumn, IntColumn, RefColumn, TextColumn } from '../db/columns.js';

export const VERIFACTU_SINGLETON_ID = 1;

export type AgencyEnvironmentName = 'PRODUCTION' | 'TEST';

@Entity('verifactu_settings')
export class VerifactuSettingsEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @TextColumn(14) mode: VerifactuMode;
  @TextColumn(10) environment: AgencyEnvironmentName;
  @TextColumn(120) legalName: string;
  @TextColumn(9) nif: string;
  @TextColumn(300) address: string;
  @TextColumn(300) registerLine: string;
  @TextColumn(2) creditNoteType: InvoiceType;
  @TextColumn(100) installationNumber: string;
  /** False until an admin sets the issuer: the placeholders of the migration are in use. */
  @Column({ type: 'boolean' }) configured: boolean;
  @InstantColumn() updatedAt: string;
}

/** The chain head: one row, locked by every writer (docs/verifactu.md, "The lock"). */
@Entity('verifactu_chain')
export class VerifactuChainEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @IntColumn() length: number;
  @TextColumn(64) lastHash: string;
  @TextColumn(9) lastIssuerNif: string;
  @TextColumn(60) lastNumber: string;
  @TextColumn(10) lastIssueDate: string;
  @TextColumn(30) lastGeneratedAt: string;
}

/** Keyed by chain position (1, 2, 3 …; migration 1765530000000): the order every reader walks, and the record's id in the API. */
@Entity('verifactu_records')
export class VerifactuRecordEntity {
  @PrimaryColumn({ type: 'integer' }) position: number;
  @TextColumn(10) kind: RecordKind;
  @RefColumn() invoiceId: string;
  @TextColumn(9) issuerNif: string;
  @TextColumn(60) number: string;
  /** dd-mm-yyyy, as hashed. */
  @TextColumn(10) issueDate: string;
  @TextColumn(2, true) invoiceType: InvoiceType | null;
  @TextColumn(20, true) taxTotal: string | null;
  @TextColumn(20, true) total: string | null;
  /**
   * Huella of RegistroAnterior: the hash of the record before it in the chain ('' for the first). Not stored (migration
   * 1765580000000): it is the hash column of the row at the position before, read with the row.
   */
  @VirtualColumn({ type: 'varchar', query: (r) => `SELECT COALESCE(MAX(p."hash"), '') FROM "verifactu_records" p WHERE p."position" = ${r}."position" - 1` })
  previousHash: string;
  @TextColumn(30) generatedAt: string;
  @TextColumn(64) hash: string;
  /** The system that wrote it (SistemaInformatico): a row of `verifactu_systems`. */
  @IntColumn() systemKey: number;
  /**
   * The rest of the record as the domain built it (issuer name, recipient, breakdown, rectified invoices, flags):
   * recordOf() joins them. Stored as a JSON array by position (encodePayload), read back as the object.
   */
  @Column({ type: 'text', transformer: { to: (p: RecordPayload) => encodePayload(p), from: (s: string) => decodePayload(s) } satisfies ValueTransformer })
  payload: RecordPayload;
}

/**
 * SistemaInformatico, stored once per distinct identity (a release's name and version, the installation number) and
 * named by records through `systemKey`; insert-only (docs/verifactu.md, "Tables").
 */
@Entity('verifactu_systems')
export class VerifactuSystemEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @TextColumn(120) producerName: string;
  @TextColumn(9) producerNif: string;
  @TextColumn(30) systemName: string;
  @TextColumn(2) systemId: string;
  @TextColumn(50) version: string;
  @TextColumn(100) installationNumber: string;
}

/** A record's id in the API is its position; anything else names no record. */
export function positionOfId(id: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(id)) return null;
  const n = Number(id);
  return n <= 2_147_483_647 ? n : null;
}

type HashedKeys = 'kind' | 'issuerNif' | 'number' | 'issueDate' | 'invoiceType' | 'taxTotal' | 'total' | 'previousHash' | 'generatedAt' | 'hash';
/** Neither stored in the payload: the link is the record before it in the chain, the system a row of its own. */
type ImpliedKeys = 'previous' | 'system';
export type RecordPayload = Omit<AltaRecord, HashedKeys | ImpliedKeys> | Omit<AnulacionRecord, HashedKeys | ImpliedKeys>;

/**
 * What a record stores beyond its columns (key by key: a copy by rest destructuring costs several times more per
 * record). Not its link (RegistroAnterior: the record at the position before it, whose columns hold those four values)
 * nor its system identity (`systemKey`): storing each once is most of what a record's row would otherwise repeat.
 */
export function payloadOf(r: VerifactuRecord): RecordPayload {
  if (r.kind === 'ANULACION') return { hashType: r.hashType };
  const p: Omit<AltaRecord, HashedKeys | ImpliedKeys> = {
    issuerName: r.issuerName, rectificationType: r.rectificationType, rectified: r.rectified, description: r.description, recipient: r.recipient,
    breakdown: r.breakdown, hashType: r.hashType,
  };
  if (r.subsanacion !== undefined) p.subsanacion = r.subsanacion;
  if (r.rechazoPrevio !== undefined) p.rechazoPrevio = r.rechazoPrevio;
  return p;
}

/**
 * The payload as stored (docs/verifactu.md, "Tables"): a JSON array by position, without the keys and constants an
 * object repeats in every row (half a record's bytes, which a billing run writes 90 000 times):
 * - alta: `[issuerName, description, recipient name, recipient NIF, [rate, base, taxAmount, …], rectificationType,
 *   [issuerNif, number, issueDate, …] of the rectified invoices, flags]`, the last three left out while they are
 *   null, empty and none. Each breakdown entry's tax, regime and qualification are the constants `01`, `01`, `S1`;
 *   flags are `S` (Subsanacion) and `R` (RechazoPrevio);
 * - anulación: `[]`.
 * The hash type is always `01`. Anything else is refused, never stored half.
 */
export function encodePayload(p: RecordPayload): string {
  if (p.hashType !== '01') throw new Error(`verifactu payload: hash type ${String(p.hashType)} is not stored`);
  if (!('issuerName' in p)) return '[]';
  const breakdown: string[] = [];
  for (const b of p.breakdown) {
    if (b.tax !== '01' || b.regime !== '01' || b.qualification !== 'S1') throw new Error(`verifactu payload: breakdown ${b.tax}/${b.regime}/${b.qualification} is not stored`);
    breakdown.push(b.rate, b.base, b.taxAmount);
  }
  const out: unknown[] = [p.issuerName, p.description, p.recipient.name, p.recipient.nif, breakdown];
  const flags = (p.subsanacion === 'S' ? 'S' : '') + (p.rechazoPrevio === 'S' ? 'R' : '');
  if (p.rectificationType !== null || p.rectified.length > 0 || flags) {
    const rectified: string[] = [];
    for (const r of p.rectified) rectified.push(r.issuerNif, r.number, r.issueDate);
    out.push(p.rectificationType, rectified);
    if (flags) out.push(flags);
  }
  return JSON.stringify(out);
}

const isStrings = (v: unknown, per: number): v is string[] => Array.isArray(v) && v.length % per === 0 && v.every((x) => typeof x === 'string');

/** The payload object again from its stored array; a row in any other shape is an error, not a record. */
export function decodePayload(text: string): RecordPayload {
  const a: unknown = JSON.parse(text);
  if (!Array.isArray(a)) throw new Error('verifactu payload: not an array');
  if (a.length === 0) return { hashType: '01' };
  const [issuerName, description, name, nif, breakdown, rectificationType = null, rectified = [], flags = ''] = a as unknown[];
  if (a.length > 8 || typeof issuerName !== 'string' || typeof description !== 'string' || typeof name !== 'string' || typeof nif !== 'string'
    || !isStrings(breakdown, 3) || (rectificationType !== null && rectificationType !== 'I') || !isStrings(rectified, 3) || typeof flags !== 'string' || !/^S?R?$/.test(flags)) {
    throw new Error('verifactu payload: not an alta as stored');
  }
  const p: Omit<AltaRecord, HashedKeys | ImpliedKeys> = {
    issuerName, rectificationType, rectified: [], description, recipient: { name, nif }, breakdown: [], hashType: '01',
  };
  for (let i = 0; i < breakdown.length; i += 3) p.breakdown.push({ tax: '01', regime: '01', qualification: 'S1', rate: breakdown[i]!, base: breakdown[i + 1]!, taxAmount: breakdown[i + 2]! });
  for (let i = 0; i < rectified.length; i += 3) p.rectified.push({ issuerNif: rectified[i]!, number: rectified[i + 1]!, issueDate: rectified[i + 2]! });
  if (flags.includes('S')) p.subsanacion = 'S';
  if (flags.includes('R')) p.rechazoPrevio = 'S';
  return p;
}

/** The record whole again: its columns, its payload, the link to the record before it (null for the first; its hash is the record's previousHash) and its system. */
export function recordOf(row: Omit<VerifactuRecordEntity, 'previousHash'>, previous: ChainLink | null, system: SystemIdentity): VerifactuRecord {
  const { kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, generatedAt, hash } = row;
  return { ...row.payload, previous, system, kind, issuerNif, number, issueDate, invoiceType, taxTotal, total, previousHash: previous?.hash ?? '', generatedAt, hash } as VerifactuRecord;
}

/** The link a record's successor carries (RegistroAnterior), from its columns. */
export const linkOfRow = (r: Pick<VerifactuRecordEntity, 'issuerNif' | 'number' | 'issueDate' | 'hash'>): ChainLink =>
  ({ issuerNif: r.issuerNif, number: r.number, issueDate: r.issueDate, hash: r.hash });

export const identityOf = (s: VerifactuSystemEntity): SystemIdentity => ({
  producerName: s.producerName, producerNif: s.producerNif, systemName: s.systemName, systemId: s.systemId, version: s.version, installationNumber: s.installationNumber,
});

export type { RecordStatus };
export const RECORD_STATUSES: readonly RecordStatus[] = ['PENDING', 'ACCEPTED', 'ACCEPTED_WITH_ERRORS', 'REJECTED', 'NOT_SENT'];

@Entity('verifactu_record_states')
export class VerifactuRecordStateEntity {
  /** The record's position. */
  @PrimaryColumn({ type: 'integer' }) position: number;
  @TextColumn(24) status: RecordStatus;
  @IntColumn() attempts: number;
  @InstantColumn(true) nextAttemptAt: string | null;
  @TextColumn(20, true) errorCode: string | null;
  @TextColumn(500, true) errorMessage: string | null;
  @InstantColumn(true) answeredAt: string | null;
  @TextColumn(60, true) submissionId: string | null;
  /** How the next submission marks it: RechazoPrevio after a rejection. */
  @TextColumn(14, true) resendAs: 'RECHAZO_PREVIO' | 'SUBSANACION' | null;
}

/** No VERI*FACTU mode: a record's signature, made when it is appended; insert-only (docs/verifactu.md). */
@Entity('verifactu_signatures')
export class VerifactuSignatureEntity {
  /** The record's position. */
  @PrimaryColumn({ type: 'integer' }) position: number;
  @TextColumn(20) algorithm: string;
  /** SHA-256 (hex) of the public key (SPKI DER) that verifies it. */
  @TextColumn(64) keyId: string;
  /** Base64. */
  @Column({ type: 'text' }) signature: string;
}

/** Subsanación: the record at `position` corrects the record at `correctsPosition` (at most once); insert-only (docs/verifactu.md, "Corrections"). */
@Entity('verifactu_corrections')
export class VerifactuCorrectionEntity {
  @PrimaryColumn({ type: 'integer' }) position: number;
  @IntColumn() correctsPosition: number;
  /** The corrected record's answer when it was corrected: REJECTED (sent with RechazoPrevio) or ACCEPTED_WITH_ERRORS. */
  @TextColumn(24) correctedStatus: RecordStatus;
  @InstantColumn() createdAt: string;
}

export const verifactuEntities = [VerifactuSettingsEntity, VerifactuChainEntity, VerifactuRecordEntity, VerifactuSystemEntity, VerifactuRecordStateEntity, VerifactuSignatureEntity, VerifactuCorrectionEntity];
