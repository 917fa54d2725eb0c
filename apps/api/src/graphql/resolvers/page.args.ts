// Relay pagination arguments shared by every list.
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { SubscriptionState as DomainState } from '@antena/domain';
import { InvoiceFilter, InvoiceSort } from '../inputs/invoice-filter.input.js';
import { SubscriptionState } from '../types/enums.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0–100 (default 20).' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string | null;
}

@ArgsType()
export class ClientsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches code, name, tax id, email or IBAN, ignoring case and accents ("martin" finds "Martín"); an IBAN may be typed in groups.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Archived clients are left out unless true.' }) includeArchived?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only the clients of this partner (a partner always sees only its own).' }) partnerId?: string | null;
  @Field(() => SubscriptionState, { nullable: true, description: 'Only clients with at least one subscription in this state (the same filter as GET /clients.csv).' }) subscriptionState?: DomainState | null;
}

@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true }) contractId?: string | null;
  @Field(() => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter | null;
  @Field(() => InvoiceSort, { nullable: true, description: 'Default NEWEST.' }) sort?: InvoiceSort | null;
}
