// Subsanación (docs/verifactu.md, "Corrections"): a record the agency rejected or accepted with errors is
// corrected by a new alta for the same invoice, marked Subsanacion (and RechazoPrevio when the original was
// rejected), appended at the head of the chain. The original is never edited; it is corrected once.
// Also when a rejected record may simply be sent again, and what may be done with a record (availableActions).
import type { RefusalOf } from '../explain/refusal.js';
import { recordHash, type AltaRecord, type ChainLink, type RecordKind, type Sha256, type SystemIdentity, type VerifactuMode, type VerifactuRecord } from './record.js';
import { madridTimestamp } from './format.js';
import { sha256Hex } from './sha256.js';

/** Where a record stands with the agency: PENDING to send, its answer, or NOT_SENT in No VERI*FACTU mode. */
export type RecordStatus = 'PENDING' | 'ACCEPTED' | 'ACCEPTED_WITH_ERRORS' | 'REJECTED' | 'NOT_SENT';

export type CorrectionRefusalCode =
  | 'RECORD_CORRECTION_ANULACION' | 'RECORD_ALREADY_CORRECTED' | 'RECORD_CORRECTION_INVOICE_VOID' | 'RECORD_CORRECTION_PENDING'
  | 'RECORD_CORRECTION_ACCEPTED' | 'RECORD_CORRECTION_NOT_SENT' | 'RECORD_CORRECTION_NO_VERIFACTU';

export type ResendRefusalCode = 'RECORD_NOT_REJECTED' | 'RECORD_RESEND_CORRECTED';

/** What may be done with a record: CORRECT (correctVerifactuRecord), RESEND (resendVerifactuRecord). */
export type VerifactuRecordAction = 'CORRECT' | 'RESEND';

/** What the rules need to know about a stored record. */
export interface RecordFacts {
  kind: RecordKind;
  /** The document's number (NumSerieFactura). */
  number: string;
  position: number;
  status: RecordStatus;
  /** Position of the record that corrects it, or null while none does. */
  correctedBy: number | null;
  /** Its invoice was withdrawn by an anulación. */
  invoiceVoided: boolean;
  /** The installation's mode now. */
  mode: VerifactuMode;
}

/** Whether a record may be corrected with a subsanación, or why not. */
export function checkCorrection(f: RecordFacts): RefusalOf<CorrectionRefusalCode> | null {
  const params = { number: f.number, position: f.position, status: f.status };
  if (f.kind === 'ANULACION') return { code: 'RECORD_CORRECTION_ANULACION', field: 'kind', params };
  if (f.correctedBy !== null) return { code: 'RECORD_ALREADY_CORRECTED', field: 'correctedBy', params: { ...params, correction: f.correctedBy } };
  if (f.invoiceVoided) return { code: 'RECORD_CORRECTION_INVOICE_VOID', field: 'voided', params };
  if (f.status === 'PENDING') return { code: 'RECORD_CORRECTION_PENDING', field: 'status', params };
  if (f.status === 'ACCEPTED') return { code: 'RECORD_CORRECTION_ACCEPTED', field: 'status', params };
  if (f.status === 'NOT_SENT') return { code: 'RECORD_CORRECTION_NOT_SENT', field: 'status', params };
  if (f.mode !== 'VERIFACTU') return { code: 'RECORD_CORRECTION_NO_VERIFACTU', field: 'mode', params };
  return null;
}

/** Whether a record may be sent again as it is (marked RechazoPrevio): only a rejected one nothing has corrected. */
export function checkResend(f: RecordFacts): RefusalOf<ResendRefusalCode> | null {
  const params = { number: f.number, position: f.position, status: f.status };
  if (f.correctedBy !== null) return { code: 'RECORD_RESEND_CORRECTED', field: 'correctedBy', params: { ...params, correction: f.correctedBy } };
  if (f.status !== 'REJECTED') return { code: 'RECORD_NOT_REJECTED', field: 'status', params };
  return null;
}

/**
 * One action on a record and the reason when it is not available: the shape of `AvailableAction` (contract/actions.ts),
 * declared here so that module can list these codes without an import cycle.
 */
export interface RecordAction { action: VerifactuRecordAction; available: boolean; refusal: RefusalOf<CorrectionRefusalCode | ResendRefusalCode> | null }

/** Every action on a record with the reason when it is not available (the API's `availableActions`). */
export function recordActions(f: RecordFacts): RecordAction[] {
  const all: [VerifactuRecordAction, RefusalOf<CorrectionRefusalCode | ResendRefusalCode> | null][] = [['CORRECT', checkCorrection(f)], ['RESEND', checkResend(f)]];
  return all.map(([action, refusal]) => ({ action, available: refusal === null, refusal }));
}

export interface CorrectionInput {
  /** The record corrected, as stored. */
  original: VerifactuRecord;
  /** Its state: status, whether corrected already, its invoice voided, the mode. */
  facts: Omit<RecordFacts, 'kind' | 'number'>;
  /**
   * What the agency's answer usually asks to fix, as it stands now: the issuer's name and the recipient's name and
   * NIF. The invoice itself (issuer NIF, number, date, type, rectified invoices, description, breakdown, totals) is the original's.
   */
  issuerName: string;
  recipient: { name: string; nif: string };
  system: SystemIdentity;
  /** The chain head: the correction is appended after it. */
  previous: ChainLink | null;
  generatedAtMs: number;
}

export type CorrectionResult = { ok: true; record: AltaRecord } | { ok: false; refusal: RefusalOf<CorrectionRefusalCode> };

/**
 * The correcting alta (subsanación): the original's invoice data, marked Subsanacion=S (and RechazoPrevio=S when the
 * original was rejected), chained after `previous` with a new generation time and hash. Refused as checkCorrection says.
 */
export function buildCorrection(input: CorrectionInput, sha: Sha256 = sha256Hex): CorrectionResult {
  const { original: o } = input;
  const refusal = checkCorrection({ ...input.facts, kind: o.kind, number: o.number });
  if (refusal) return { ok: false, refusal };
  if (o.kind !== 'ALTA') throw new Error('unreachable: an anulación is refused above');
  const fields = {
    kind: 'ALTA' as const, issuerNif: o.issuerNif, number: o.number, issueDate: o.issueDate, invoiceType: o.invoiceType,
    taxTotal: o.taxTotal, total: o.total, previousHash: input.previous?.hash ?? '', generatedAt: madridTimestamp(input.generatedAtMs),
  };
  const record: AltaRecord = {
    ...fields,
    issuerName: input.issuerName.trim(),
    rectificationType: o.rectificationType,
    rectified: o.rectified.map((r) => ({ ...r })),
    description: o.description,
    recipient: { name: input.recipient.name.trim(), nif: input.recipient.nif.trim() },
    breakdown: o.breakdown.map((b) => ({ ...b })),
    previous: input.previous,
    system: input.system,
    hashType: '01',
    hash: recordHash(fields, sha),
    subsanacion: 'S',
    ...(input.facts.status === 'REJECTED' ? { rechazoPrevio: 'S' as const } : {}),
  };
  return { ok: true, record };
}
