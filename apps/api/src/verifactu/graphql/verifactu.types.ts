// GraphQL shapes of VeriFactu (docs/verifactu.md, "API"): settings, the chain and its verification, records
// with the agency's answer, and Invoice.verifactu.
import type { InvoiceType as DomainInvoiceType, RecordKind, VerifactuMode as DomainMode, ChainBreakCode } from '@antena/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/types/connection.js';
import { Explanation } from '../../graphql/types/explanation.types.js';
import type { AgencyEnvironmentName, RecordStatus } from '../verifactu.entities.js';

const values = <T extends string>(obj: Record<T, T>) => obj;
export const VerifactuMode = values<DomainMode>({ VERIFACTU: 'VERIFACTU', NO_VERIFACTU: 'NO_VERIFACTU' });
export const VerifactuInvoiceType = values<DomainInvoiceType>({ F1: 'F1', R1: 'R1', R2: 'R2', R3: 'R3', R4: 'R4', R5: 'R5' });
export const VerifactuEnvironment = values<AgencyEnvironmentName>({ PRODUCTION: 'PRODUCTION', TEST: 'TEST' });
export const VerifactuRecordStatus = values<RecordStatus>({
  PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', ACCEPTED_WITH_ERRORS: 'ACCEPTED_WITH_ERRORS', REJECTED: 'REJECTED', NOT_SENT: 'NOT_SENT',
});
export const VerifactuRecordKind = values<RecordKind>({ ALTA: 'ALTA', ANULACION: 'ANULACION' });
export const VerifactuChainBreakCode = values<ChainBreakCode>({
  CHAIN_HASH_MISMATCH: 'CHAIN_HASH_MISMATCH', CHAIN_LINK_MISMATCH: 'CHAIN_LINK_MISMATCH', CHAIN_POSITION_GAP: 'CHAIN_POSITION_GAP',
});
registerEnumType(VerifactuMode, { name: 'VerifactuMode', description: 'VERIFACTU: records sent to the tax agency; NO_VERIFACTU: kept locally, handed over on request.' });
registerEnumType(VerifactuInvoiceType, { name: 'VerifactuInvoiceType', description: 'TipoFactura: F1 invoice; R1–R5 rectifying invoices.' });
registerEnumType(VerifactuEnvironment, { name: 'VerifactuEnvironment', description: 'The agency host the QR code points to (and, with the endpoint variables, where records go).' });
registerEnumType(VerifactuRecordStatus, { name: 'VerifactuRecordStatus', description: 'PENDING to send; the agency\'s answer; NOT_SENT in No VERI*FACTU mode.' });
registerEnumType(VerifactuRecordKind, { name: 'VerifactuRecordKind', description: 'ALTA: an issued document; ANULACION: a document withdrawn.' });
registerEnumType(VerifactuChainBreakCode, { name: 'VerifactuChainBreakCode' });

@ObjectType({ description: 'SistemaInformatico: the system written in every record.' })
export class VerifactuSystem {
  @Field() producerName: string;
  @Field() producerNif: string;
  @Field() systemName: string;
  @Field() systemId: string;
  @Field() version: string;
  @Field() installationNumber: string;
}

@ObjectType()
export class VerifactuSettings {
  @Field(() => VerifactuMode) mode: string;
  @Field(() => VerifactuEnvironment) environment: string;
  @Field({ description: 'Issuer legal name (NombreRazonEmisor), printed on invoices.' }) legalName: string;
  @Field({ description: 'Issuer NIF (IDEmisorFactura), check character verified.' }) nif: string;
  @Field() address: string;
  @Field({ description: 'Commercial-register line printed on invoices.' }) registerLine: string;
  @Field(() => VerifactuInvoiceType, { description: 'TipoFactura of credit notes (the tax adviser\'s call; R4 by default).' }) creditNoteType: string;
  @Field({ description: 'False while the placeholders of a new installation are in use: set the issuer before issuing.' }) configured: boolean;
  @Field() updatedAt: string;
  @Field(() => VerifactuSystem) system: VerifactuSystem;
}

@InputType()
export class UpdateVerifactuSettingsInput {
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) nif?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) registerLine?: string | null;
  @Field(() => VerifactuMode, { nullable: true }) mode?: DomainMode | null;
  @Field(() => VerifactuInvoiceType, { nullable: true }) creditNoteType?: DomainInvoiceType | null;
  @Field(() => VerifactuEnvironment, { nullable: true }) environment?: AgencyEnvironmentName | null;
}

@ObjectType({ description: 'Where the chain breaks: what the record should hold and what it holds.' })
export class VerifactuChainBreak {
  @Field(() => VerifactuChainBreakCode) code: string;
  @Field(() => Int) position: number;
  @Field() number: string;
  @Field() expected: string;
  @Field() found: string;
  @Field() message: string;
  @Field() remedy: string;
}

@ObjectType({ description: 'The installation\'s one chain: its length, last hash, and a full verification (every hash recomputed).' })
export class VerifactuChain {
  @Field(() => Int) length: number;
  @Field(() => String, { nullable: true }) lastHash: string | null;
  @Field() valid: boolean;
  @Field(() => Int, { description: 'All breaks found; `breaks` lists the first 100.' }) breakCount: number;
  @Field(() => [VerifactuChainBreak]) breaks: VerifactuChainBreak[];
}

@ObjectType('VerifactuRecord')
export class VerifactuRecordType {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => VerifactuRecordKind) kind: string;
  @Field(() => ID) invoiceId: string;
  @Field() number: string;
  @Field({ description: 'dd-mm-yyyy, as in the record.' }) issueDate: string;
  @Field(() => VerifactuInvoiceType, { nullable: true }) invoiceType: string | null;
  @Field(() => String, { nullable: true }) total: string | null;
  @Field() previousHash: string;
  @Field() generatedAt: string;
  @Field() hash: string;
  @Field(() => VerifactuRecordStatus) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'The agency\'s error code.' }) errorCode: string | null;
  @Field(() => String, { nullable: true, description: 'The agency\'s error description.' }) errorMessage: string | null;
  @Field(() => String, { nullable: true }) answeredAt: string | null;
  @Field(() => String, { nullable: true, description: 'What to do about a rejected or accepted-with-errors record.' }) remedy: string | null;
  @Field({ description: 'Subsanacion=S: a correction of a record the agency rejected or accepted with errors (see corrects).' }) subsanacion: boolean;
  @Field({ description: 'RechazoPrevio=S in the record: a correction of a rejected record. (A rejected record queued again by resendVerifactuRecord is also sent marked RechazoPrevio.)' }) rechazoPrevio: boolean;
}

export const VerifactuRecordConnection = connectionOf(VerifactuRecordType, 'VerifactuRecord');

@ObjectType({ description: 'correctVerifactuRecord: the correction appended, or why not (refusal); the record corrected either way.' })
export class CorrectVerifactuRecordResult {
  @Field() corrected: boolean;
  @Field(() => VerifactuRecordType, { description: 'The record corrected (now with correctedBy), or the one refused.' }) record: VerifactuRecordType;
  @Field(() => VerifactuRecordType, { nullable: true, description: 'The new alta, marked Subsanacion, at the head of the chain.' }) correction: VerifactuRecordType | null;
  @Field(() => Explanation, { nullable: true, description: 'Why it was not corrected (the record\'s CORRECT availableAction).' }) refusal: Explanation | null;
}

@ObjectType({ description: 'The invoice\'s VeriFactu record (its latest alta: a subsanación replaces the record it corrects): its hash, the agency\'s answer and the URL its QR code holds.' })
export class InvoiceVerifactu {
  @Field() hash: string;
  @Field(() => VerifactuRecordStatus) status: string;
  @Field() qrUrl: string;
  @Field({ description: 'An anulación record withdraws it.' }) voided: boolean;
  @Field(() => [VerifactuRecordType], { description: 'Its alta, any subsanaciones and, if voided, its anulación, in chain order.' }) records: VerifactuRecordType[];
}
