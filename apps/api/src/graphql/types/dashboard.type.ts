// The admin dashboard: figures over all the data, computed by the database.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BigCents } from './big-cents.scalar.js';
import { SubscriptionState } from './enums.js';

@ObjectType({ description: 'Sums of one kind of document in a period. Credit notes carry negative amounts.' })
export class DocumentTotals {
  @Field(() => Int) count: number;
  @Field(() => BigCents) baseCents: number;
  @Field(() => BigCents) taxCents: number;
  @Field(() => BigCents) totalCents: number;
}

@ObjectType({ description: 'Invoiced totals of one billing period: grouped by the invoice `period` (the month billed), not by issue date.' })
export class MonthlyTotals {
  @Field({ description: 'The billed month, YYYY-MM (the invoice `period`; in advance mode that is the issue month, in arrears the month before).' })
  period: string;
  @Field(() => DocumentTotals, { description: 'Invoices (kind INVOICE) of the period.' }) invoices: DocumentTotals;
  @Field(() => DocumentTotals, { description: 'Credit notes (kind CREDIT_NOTE) rectifying invoices of the period.' }) creditNotes: DocumentTotals;
  @Field(() => DocumentTotals, { description: 'Invoices plus credit notes: what the period nets.' }) net: DocumentTotals;
}

@ObjectType()
export class SubscriptionStateCount {
  @Field(() => SubscriptionState) state: string;
  @Field(() => Int) count: number;
}

@ObjectType('Dashboard', { description: 'Admin only. Every figure covers all clients, subscriptions and invoices.' })
export class DashboardType {
  @Field(() => ID, { description: 'Always "dashboard": there is one, and clients that normalise by id cache it as one object.' }) id: string;
  @Field({ description: 'The current month, YYYY-MM (today in Europe/Madrid).' }) currentPeriod: string;
}

@ObjectType({ description: 'A count of documents or subscriptions and their 64-bit sum in cents.' })
export class CountedAmount {
  @Field(() => Int) count: number;
  @Field(() => BigCents) totalCents: number;
}

@ObjectType({ description: 'What clients owe (invoices of kind INVOICE only).' })
export class Receivables {
  @Field(() => CountedAmount, { description: 'Invoices still pending payment: ISSUED or RETURNED (list: invoices with that status filter).' }) outstanding: CountedAmount;
  @Field(() => CountedAmount, { description: 'Of them, the RETURNED ones (SEPA returns, docs/sepa.md).' }) returned: CountedAmount;
}
