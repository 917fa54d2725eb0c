// SEPA persistence (docs/sepa.md "Persistence"): the creditor settings row, remittances and their debits.
// A debit snapshots everything its XML needs, so a remittance is immutable once generated.
import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';
import type { PainFormat, SequenceType } from '@antena/domain';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, ScaledColumn, TextColumn } from '../db/columns.js';

export const SEPA_SETTINGS_ID = 1;

/** Sums over many debits are 64-bit in the database; read back as a JS number (exact below 2^53 cents). */
const bigintCents: ValueTransformer = { to: (v: number | null) => v, from: (v: string | number | null) => (v == null ? null : Number(v)) };

@Entity('sepa_settings')
export class SepaSettingsEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @TextColumn(70, true) creditorName: string | null;
  @TextColumn(35, true) creditorId: string | null;
  @TextColumn(35, true) initiatingPartyId: string | null;
  @TextColumn(34, true) iban: string | null;
  @TextColumn(11, true) bic: string | null;
  @TextColumn(20) painFormat: PainFormat;
  @IntColumn() daysBetweenIssueAndCollection: number;
  @Column({ type: 'boolean' }) returnFeeEnabled: boolean;
  @IntColumn() returnFeeCents: number;
  @ScaledColumn() returnFeeVatRate: number;
  @InstantColumn() updatedAt: string;
}

export type RemittanceStatus = 'OPEN' | 'SETTLED';
export interface RemittanceGroup { collectionDate: string; sequenceType: SequenceType; count: number; sumCents: number }
export interface CreditorSnapshot { name: string; creditorId: string; initiatingPartyId: string; iban: string; bic: string | null }

@Entity('sepa_remittances')
export class RemittanceEntity {
  @IdColumn() id: string;
  /** GrpHdr/MsgId. */
  @TextColumn(35) reference: string;
  @TextColumn(20) painFormat: PainFormat;
  @DateOnlyColumn() collectionDate: string;
  @TextColumn(10) status: RemittanceStatus;
  @IntColumn() count: number;
  @Column({ type: 'bigint', transformer: bigintCents }) sumCents: number;
  @JsonColumn() groups: RemittanceGroup[];
  @JsonColumn() creditor: CreditorSnapshot;
  @TextColumn(254) createdBy: string;
  @InstantColumn() createdAt: string;
  @InstantColumn(true) settledAt: string | null;
}

export type DebitStatus = 'PENDING' | 'SETTLED' | 'RETURNED';

@Entity('sepa_debits')
export class SepaDebitEntity {
  @IdColumn() id: string;
  @RefColumn() remittanceId: string;
  @IntColumn() position: number;
  @RefColumn() invoiceId: string;
  @TextColumn(20) invoiceNumber: string;
  @RefColumn() contractId: string;
  @RefColumn() clientId: string;
  /**
   * The invoice number and the attempt (`endToEndIdOf`); unique, which also keeps an invoice in one open remittance
   * at most: two creations that read the same debits of an invoice write the same EndToEndId.
   */
  @TextColumn(35) endToEndId: string;
  @IntColumn() amountCents: number;
  @TextColumn(4) sequenceType: SequenceType;
  @TextColumn(70) debtorName: string;
  @TextColumn(34) iban: string;
  @TextColumn(35) mandateReference: string;
  @DateOnlyColumn() mandateSignedAt: string;
  @TextColumn(34, true) previousIban: string | null;
  @TextColumn(35, true) previousMandateReference: string | null;
  @TextColumn(140) remittanceInfo: string;
  /**
   * What the debit's explanation (`debitReasons`, domain) needs beyond the columns above: the contract's number, the
   * days the IBAN and the mandate changed when amended, and whether it collects again after a return.
   */
  @TextColumn(20) contractNumber: string;
  @DateOnlyColumn(true) ibanChangedOn: string | null;
  @DateOnlyColumn(true) mandateChangedOn: string | null;
  @Column({ type: 'boolean' }) retry: boolean;
  @TextColumn(10) status: DebitStatus;
  @TextColumn(4, true) returnReasonCode: string | null;
  @DateOnlyColumn(true) returnedOn: string | null;
  @InstantColumn(true) returnedAt: string | null;
}
