// GraphQL shapes of SEPA direct debits (docs/sepa.md "API"). Money per debit is Int cents; sums over a
// remittance use SafeInt (64-bit in the database, exact in JSON up to 2^53 cents).
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Explanation } from '../../graphql/types/explanation.types.js';

@ObjectType('SepaSettings', { description: 'The creditor (collector) data written in every remittance file.' })
export class SepaSettingsType {
  @Field(() => String, { nullable: true }) creditorName: string | null;
  @Field(() => String, { nullable: true, description: 'ES + check digits + business code + NIF, e.g. ES77000B85626240.' }) creditorId: string | null;
  @Field(() => String, { nullable: true, description: 'GrpHdr/InitgPty id: NIF + 3-character suffix agreed with the bank.' }) initiatingPartyId: string | null;
  @Field(() => String, { nullable: true }) iban: string | null;
  @Field(() => String, { nullable: true }) bic: string | null;
  @Field({ description: 'pain.008.001.02 or pain.008.001.08.' }) painFormat: string;
  @Field(() => Int) daysBetweenIssueAndCollection: number;
  @Field({ description: 'Off by default.' }) returnFeeEnabled: boolean;
  @Field(() => Int) returnFeeCents: number;
  @Field(() => Float) returnFeeVatRate: number;
  @Field({ description: 'Whether remittances can be created (name, creditor id, initiating party and IBAN are set).' }) complete: boolean;
}

@InputType()
export class UpdateSepaSettingsInput {
  @Field(() => String, { nullable: true }) creditorName?: string | null;
  @Field(() => String, { nullable: true }) creditorId?: string | null;
  @Field(() => String, { nullable: true }) initiatingPartyId?: string | null;
  @Field(() => String, { nullable: true }) iban?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty string clears it (CdtrAgt NOTPROVIDED).' }) bic?: string | null;
  @Field(() => String, { nullable: true }) painFormat?: string | null;
  @Field(() => Int, { nullable: true }) daysBetweenIssueAndCollection?: number | null;
  @Field(() => Boolean, { nullable: true }) returnFeeEnabled?: boolean | null;
  @Field(() => Int, { nullable: true }) returnFeeCents?: number | null;
  @Field(() => Float, { nullable: true }) returnFeeVatRate?: number | null;
}

@InputType()
export class RemittanceFilterInput {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true }) contractId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only invoices issued on or before this date.' }) issuedUpTo?: string | null;
}

@ObjectType('RemittancePaymentGroup', { description: 'One PmtInf: collection date × sequence type.' })
export class PaymentGroupType {
  @Field() collectionDate: string;
  @Field() sequenceType: string;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt) sumCents: number;
}

@ObjectType('RemittanceDebitPreview')
export class DebitPreviewType {
  @Field(() => ID) invoiceId: string;
  @Field() invoiceNumber: string;
  @Field(() => ID) clientId: string;
  @Field() clientName: string;
  @Field(() => ID) contractId: string;
  @Field() contractNumber: string;
  @Field(() => Int) amountCents: number;
  @Field() endToEndId: string;
  @Field() sequenceType: string;
  @Field() iban: string;
  @Field() mandateReference: string;
  @Field(() => String, { nullable: true }) previousIban: string | null;
  @Field(() => String, { nullable: true }) previousMandateReference: string | null;
  @Field({ description: 'AmdmntInd: the mandate changed since its last collection.' }) amended: boolean;
  @Field(() => [Explanation], { description: 'Account (the signature’s), sequence type, amendment, retry.' }) reasons: Explanation[];
}

@ObjectType('RemittanceExclusion')
export class ExclusionType {
  @Field(() => ID) invoiceId: string;
  @Field() invoiceNumber: string;
  @Field(() => ID) clientId: string;
  @Field() clientName: string;
  @Field(() => Int) totalCents: number;
  @Field(() => Explanation) reason: Explanation;
}

@ObjectType('ReasonCount')
export class ReasonCountType {
  @Field() code: string;
  @Field(() => Int) count: number;
}

@ObjectType('RemittancePreview', { description: 'What createRemittance would write, and every unpaid invoice it leaves out and why. Nothing is written.' })
export class RemittancePreviewType {
  @Field() collectionDate: string;
  @Field() painFormat: string;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt) sumCents: number;
  @Field(() => [PaymentGroupType]) groups: PaymentGroupType[];
  @Field(() => [DebitPreviewType], { description: 'The first `limit` debits.' }) debits: DebitPreviewType[];
  @Field(() => Int) excludedCount: number;
  @Field(() => [ExclusionType], { description: 'The first `limit` invoices left out.' }) excluded: ExclusionType[];
  @Field(() => [ReasonCountType]) excludedByReason: ReasonCountType[];
}

@ObjectType('Remittance', { description: 'A generated pain.008 file. Immutable; OPEN until settled.' })
export class RemittanceType {
  @Field(() => ID) id: string;
  @Field({ description: 'GrpHdr/MsgId.' }) reference: string;
  @Field() painFormat: string;
  @Field() collectionDate: string;
  @Field({ description: 'OPEN or SETTLED.' }) status: string;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt) sumCents: number;
  @Field(() => [PaymentGroupType]) groups: PaymentGroupType[];
  @Field() createdBy: string;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) settledAt: string | null;
}

@ObjectType('SepaDebit', { description: 'One DrctDbtTxInf of a remittance, and what became of it.' })
export class SepaDebitType {
  @Field(() => ID) id: string;
  @Field(() => ID) remittanceId: string;
  @Field() endToEndId: string;
  @Field(() => ID) invoiceId: string;
  @Field() invoiceNumber: string;
  @Field(() => ID) contractId: string;
  @Field(() => Int) amountCents: number;
  @Field() sequenceType: string;
  @Field() iban: string;
  @Field() mandateReference: string;
  @Field(() => String, { nullable: true }) previousIban: string | null;
  @Field(() => String, { nullable: true }) previousMandateReference: string | null;
  @Field({ description: 'PENDING, SETTLED or RETURNED.' }) status: string;
  @Field(() => String, { nullable: true }) returnReasonCode: string | null;
  @Field(() => String, { nullable: true }) returnedOn: string | null;
}

@ObjectType('BankReturnRow')
export class ReturnRowType {
  @Field() endToEndId: string;
  @Field(() => String, { nullable: true }) reasonCode: string | null;
  @Field(() => String, { nullable: true }) returnedOn: string | null;
  @Field({ description: 'APPLIED, ALREADY_APPLIED, UNMATCHED, NOT_A_RETURN or NOT_APPLICABLE.' }) outcome: string;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => String, { nullable: true }) invoiceNumber: string | null;
  @Field({ description: 'A return fee was added to the next invoice.' }) fee: boolean;
  @Field(() => Explanation, { nullable: true, description: 'The reason code’s meaning and what happens next, or why the row was not applied.' }) explanation: Explanation | null;
}

@ObjectType('BankReturnImport')
export class ReturnImportType {
  @Field({ description: 'pain.002 or camt.054.' }) format: string;
  @Field(() => Int) rowCount: number;
  @Field(() => Int) applied: number;
  @Field(() => Int) alreadyApplied: number;
  @Field(() => Int) unmatched: number;
  @Field(() => Int) ignored: number;
  @Field(() => [ReturnRowType], { description: 'Rows not applied first, then applied ones; at most 1000.' }) rows: ReturnRowType[];
}
