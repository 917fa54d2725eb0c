// GraphQL shapes of manual credit notes (docs/billing.md "Manual credit notes"): the input of createCreditNote
// and Invoice.creditable, what is left to credit as the domain computes it.
import type { InvoiceType as DomainInvoiceType } from '@antena/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VatGroupType } from './invoice.type.js';

type Rectifying = Exclude<DomainInvoiceType, 'F1'>;
export const RectificationType = { R1: 'R1', R2: 'R2', R3: 'R3', R4: 'R4', R5: 'R5' } satisfies Record<Rectifying, Rectifying>;
registerEnumType(RectificationType, {
  name: 'RectificationType',
  description: 'TipoFactura of a credit note: R1 error in law or art. 80.1/80.2 LIVA (e.g. a price reduction after issue), R2 art. 80.3, R3 art. 80.4, R4 other causes, R5 simplified invoices.',
});

@InputType({ description: 'An amount to credit on one line of the invoice, in cents before VAT.' })
export class CreditNoteLineInput {
  @Field(() => ID) lineId: string;
  @Field(() => Int, { description: 'Cents before VAT; at most the line\'s Invoice.creditable amount.' }) amountCents: number;
}

@InputType()
export class CreateCreditNoteInput {
  @Field(() => ID) invoiceId: string;
  @Field(() => Boolean, { nullable: true, description: 'Credit everything still creditable. Either this or `lines`.' }) whole?: boolean | null;
  @Field(() => [CreditNoteLineInput], { nullable: true, description: 'Credit these amounts of these lines. Either this or `whole`.' }) lines?: CreditNoteLineInput[] | null;
  @Field({ description: 'Why the invoice is rectified (at most 500 characters); printed on the credit note and in its VeriFactu record.' }) reason: string;
  @Field(() => RectificationType, { nullable: true, description: 'Default: the VeriFactu setting creditNoteType (Invoice.creditable.defaultRectificationType).' }) rectificationType?: Rectifying | null;
  @Field(() => Int, { nullable: true, description: 'Invoice.version as read: refused with CONFLICT if the invoice changed since.' }) expectedVersion?: number | null;
}

@ObjectType('CreditableLine', { description: 'What is left to credit on one line of the invoice (cents before VAT).' })
export class CreditableLineType {
  @Field(() => ID) lineId: string;
  @Field(() => Int) position: number;
  @Field(() => Int) amountCents: number;
  @Field(() => Float) vatRate: number;
}

@ObjectType('InvoiceCreditable', { description: 'What credit notes can still credit on this invoice, as the domain computes it; all zero for a credit note or a void invoice.' })
export class InvoiceCreditableType {
  @Field(() => Int) baseCents: number;
  @Field(() => Int) taxCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => [VatGroupType], { description: 'Per VAT rate: base and tax left.' }) vat: VatGroupType[];
  @Field(() => [CreditableLineType]) lines: CreditableLineType[];
  @Field(() => RectificationType, { description: 'The type a credit note gets when none is given (VeriFactu settings).' }) defaultRectificationType: string;
}
