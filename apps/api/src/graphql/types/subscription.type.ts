// ServiceSubscription with its timelines, bonuses and additional amounts (docs/product.md §2, §4).
import { BigCents } from './big-cents.scalar.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AdditionalAmountKind, BonusKind, SubscriptionState } from './enums.js';
import { TariffType } from './tariff.type.js';
import type { TariffEntity } from '../../entities/index.js';

@ObjectType('ServiceSubscription')
export class ServiceSubscriptionType {
  @Field(() => ID) id: string;
  @Field(() => SubscriptionState, { description: 'The latest state on the timeline (it may take effect on a later date).' })
  state: string;
  @Field(() => String, { nullable: true, description: 'No day before it is ever charged; null: from the first ACTIVE day.' })
  billingStartDate: string | null;
  @Field() createdAt: string;
}

@ObjectType('StateChange')
export class StateChangeType {
  @Field(() => SubscriptionState) state: string;
  @Field() effectiveDate: string;
}

@ObjectType('TariffChange')
export class TariffChangeType {
  @Field(() => ID) tariffId: string;
  @Field() tariffCode: string;
  @Field(() => Int) priceCents: number;
  @Field(() => Float) vatRate: number;
  @Field() effectiveDate: string;
}

@ObjectType('Bonus')
export class BonusType {
  @Field(() => ID) id: string;
  @Field(() => BonusKind) kind: string;
  @Field(() => Float, { nullable: true, description: 'PERCENT: 0–100.' }) percent: number | null;
  @Field(() => Int, { nullable: true, description: 'FIXED: cents per month.' }) amountCents: number | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() validFrom: string;
  @Field(() => String, { nullable: true }) validTo: string | null;
  @Field(() => Int, { description: 'Optimistic lock: pass it to endBonus / deleteBonus.' }) version: number;
}

@ObjectType('AdditionalAmount')
export class AdditionalAmountType {
  @Field(() => ID) id: string;
  @Field() description: string;
  @Field(() => Int) amountCents: number;
  @Field(() => Float) vatRate: number;
  @Field(() => AdditionalAmountKind) kind: string;
  @Field(() => String, { nullable: true }) date: string | null;
  @Field(() => String, { nullable: true }) validFrom: string | null;
  @Field(() => String, { nullable: true }) validTo: string | null;
  @Field(() => Int, { description: 'Optimistic lock: pass it to endAdditionalAmount / deleteAdditionalAmount.' }) version: number;
}

@ObjectType({ description: 'Catch-up the next runs will charge for ACTIVE days before the current period, never charged (an import started in the past).' })
export class CatchUpNoticeType {
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int) days: number;
  @Field(() => BigCents, { description: 'At the tariff in force on each day, before VAT and bonuses.' }) amountCents: number;
  @Field() code: string;
  @Field() message: string;
  @Field({ description: 'How to avoid it: setSubscriptionBillingStartDate, while nothing is charged yet.' }) remedy: string;
}

@ObjectType('ScheduledTariffChange', { description: 'A tariff migration recorded for a later day: the subscription keeps its current tariff until effectiveFrom.' })
export class ScheduledTariffChangeType {
  @Field(() => TariffType) tariff: TariffEntity;
  @Field({ description: 'The first day billed at the new tariff (YYYY-MM-DD).' }) effectiveFrom: string;
}
