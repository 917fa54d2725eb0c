// Subscription inputs: creation, bonuses and additional amounts.
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AdditionalAmountKind as AKind, BonusKind as BKind } from '../../entities/index.js';
import type { SubscriptionState as State } from '@antena/domain';
import { AdditionalAmountKind, BonusKind, SubscriptionState } from '../types/enums.js';

@InputType()
export class CreateServiceSubscriptionInput {
  @Field(() => ID) contractId: string;
  @Field(() => ID) tariffId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the first state and tariff take effect; default today.' }) startDate?: string | null;
  @Field(() => SubscriptionState, { nullable: true, description: 'Default PENDING_ACTIVATION; imports may start ACTIVE.' }) state?: State | null;
  @Field(() => String, { nullable: true, description: 'For clients already billed elsewhere: no day before it is charged.' }) billingStartDate?: string | null;
}

@InputType()
export class AddBonusInput {
  @Field(() => ID) subscriptionId: string;
  @Field(() => BonusKind) kind: BKind;
  @Field(() => Float, { nullable: true, description: 'PERCENT: 0–100.' }) percent?: number | null;
  @Field(() => Int, { nullable: true, description: 'FIXED: cents per month.' }) amountCents?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field() validFrom: string;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}

@InputType()
export class AddAdditionalAmountInput {
  @Field(() => ID) subscriptionId: string;
  @Field() description: string;
  @Field(() => Int) amountCents: number;
  @Field(() => Float, { nullable: true, description: 'Default 0.21.' }) vatRate?: number | null;
  @Field(() => AdditionalAmountKind) kind: AKind;
  @Field(() => String, { nullable: true, description: 'ONE_OFF: the day it is due.' }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'MONTHLY: first day of validity.' }) validFrom?: string | null;
  @Field(() => String, { nullable: true }) validTo?: string | null;
}
