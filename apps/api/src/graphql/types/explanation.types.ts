// The explained shapes of docs/product.md §4: deletion checks, billable status, billing account, and the
// Explanation every warning or refusal result carries (code, message, remedy, where).
import { Field, ID, ObjectType } from 'type-graphql';
import { BillableStatusCode, BillingAccountSource, DeletionBlockerCode } from './enums.js';

@ObjectType({ description: 'A coded, translated explanation: what happened, what to do, and where.' })
export class Explanation {
  @Field() code: string;
  @Field() message: string;
  @Field() remedy: string;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => String, { nullable: true }) entityType: string | null;
  @Field(() => ID, { nullable: true }) entityId: string | null;
}

@ObjectType()
export class DeletionBlocker {
  @Field(() => DeletionBlockerCode) code: string;
  @Field() message: string;
  @Field() remedy: string;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field() entityType: string;
  @Field(() => ID) entityId: string;
  @Field({ description: 'Nothing can ever clear it (kept invoices, a signed contract): archive the client instead of deleting it.' })
  permanent: boolean;
}

@ObjectType({ description: 'Whether the entity may be deleted now and, if not, every reason entity by entity (rule 2).' })
export class DeletionCheck {
  @Field() allowed: boolean;
  @Field(() => [DeletionBlocker]) blockers: DeletionBlocker[];
}

@ObjectType({ description: 'Whether the subscription generates invoice lines today, and why (rule 3).' })
export class BillableStatus {
  @Field() billable: boolean;
  @Field(() => BillableStatusCode) code: string;
  @Field() reason: string;
}

@ObjectType({ description: 'The IBAN invoices are charged to, and why (rule 1: a signed contract\'s signature prevails).' })
export class BillingAccount {
  @Field(() => String, { nullable: true }) iban: string | null;
  @Field(() => BillingAccountSource) source: string;
  @Field() explanation: string;
}

@ObjectType({ description: 'One thing that can be done next, and why not when it is unavailable (the rule is the domain\'s).' })
export class AvailableAction {
  @Field({ description: 'e.g. SIGN, TERMINATE, MARK_PAID: the mutation it stands for is named in the schema docs of the entity.' }) action: string;
  @Field() available: boolean;
  @Field(() => Explanation, { nullable: true, description: 'Why it is not available, and what to do (null when available).' }) reason: Explanation | null;
}
