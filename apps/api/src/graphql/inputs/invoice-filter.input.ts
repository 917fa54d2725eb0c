// Which invoices a list, its totals and its CSV export cover: one filter, read by billing/invoice-filter.ts.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { BigCents } from '../types/big-cents.scalar.js';
import { InvoiceKind, InvoiceStatus } from '../types/enums.js';

export const InvoiceSort = {
  NEWEST: 'NEWEST', OLDEST: 'OLDEST', ISSUE_DATE_DESC: 'ISSUE_DATE_DESC', ISSUE_DATE_ASC: 'ISSUE_DATE_ASC',
  TOTAL_DESC: 'TOTAL_DESC', TOTAL_ASC: 'TOTAL_ASC',
} as const;
export type InvoiceSort = (typeof InvoiceSort)[keyof typeof InvoiceSort];
registerEnumType(InvoiceSort, {
  name: 'InvoiceSort',
  description: 'Order of an invoice list. NEWEST/OLDEST follow creation; the others break ties by creation too.',
});

@InputType({ description: 'Every field narrows the set; an empty filter is every invoice the caller may see.' })
export class InvoiceFilter {
  @Field(() => [InvoiceStatus], { nullable: true, description: 'Any of these statuses.' }) status?: string[] | null;
  @Field(() => InvoiceKind, { nullable: true }) kind?: string | null;
  @Field(() => String, { nullable: true, description: 'First billed period, YYYY-MM (inclusive).' }) periodFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Last billed period, YYYY-MM (inclusive).' }) periodTo?: string | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => BigCents, { nullable: true, description: 'Smallest total, in cents (inclusive; credit notes are negative).' }) minTotalCents?: number | null;
  @Field(() => BigCents, { nullable: true, description: 'Largest total, in cents (inclusive).' }) maxTotalCents?: number | null;
}
