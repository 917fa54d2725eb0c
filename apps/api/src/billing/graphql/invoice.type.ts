// Invoice / credit note and its lines (docs/product.md §2, §4). Written by billing runs and credit notes.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BigCents } from '../../graphql/types/big-cents.scalar.js';
import { connectionOf } from '../../graphql/types/connection.js';
import { InvoiceKind, InvoiceLineKind, InvoiceStatus } from '../../graphql/types/enums.js';

@ObjectType('VatGroup')
export class VatGroupType {
  @Field(() => Float) vatRate: number;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) taxCents: number;
}

@ObjectType('InvoiceLine')
export class InvoiceLineType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Its place on the document, from 1.' }) position: number;
  @Field(() => InvoiceLineKind) kind: string;
  @Field(() => ID, { nullable: true }) subscriptionId: string | null;
  @Field(() => String, { nullable: true }) tariffCode: string | null;
  @Field(() => String, { name: 'from', nullable: true }) fromDate: string | null;
  @Field(() => String, { name: 'to', nullable: true }) toDate: string | null;
  @Field(() => Int, { nullable: true }) days: number | null;
  @Field(() => Int, { nullable: true }) daysInMonth: number | null;
  @Field(() => Int, { nullable: true }) unitPriceCents: number | null;
  @Field(() => Int) amountCents: number;
  @Field(() => Float) vatRate: number;
  @Field() code: string;
}

@ObjectType('Invoice')
export class InvoiceType {
  @Field(() => ID) id: string;
  @Field({ description: 'Series + year + gapless sequence, e.g. F2026-000123.' }) number: string;
  @Field() series: string;
  @Field(() => Int) year: number;
  @Field(() => InvoiceKind) kind: string;
  @Field() issueDate: string;
  @Field() period: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => Int) baseCents: number;
  @Field(() => Int) taxCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => [VatGroupType]) vatBreakdown: VatGroupType[];
  @Field(() => InvoiceStatus) status: string;
  @Field() createdAt: string;
}

export const InvoiceConnection = connectionOf(InvoiceType, 'Invoice');

@ObjectType({ description: 'Totals of a filtered set of invoices; credit notes count with their negative amounts.' })
export class InvoiceTotals {
  @Field(() => Int) count: number;
  @Field(() => BigCents) baseCents: number;
  @Field(() => BigCents) taxCents: number;
  @Field(() => BigCents) totalCents: number;
}
