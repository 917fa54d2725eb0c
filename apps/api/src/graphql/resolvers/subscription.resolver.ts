// ServiceSubscription queries, mutations and fields (docs/product.md §4, rules 2–3).
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { explain, tariffToday, type SubscriptionState as State } from '@antena/domain';
import type { AdditionalAmountEntity, BonusEntity, ContractEntity, SubscriptionEntity, TariffEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { AddAdditionalAmountInput, AddBonusInput, CreateServiceSubscriptionInput } from '../inputs/subscription.input.js';
import { toBillableStatus, toDeletionCheck } from '../mappers.js';
import { ContractType } from '../types/contract.type.js';
import { SubscriptionState } from '../types/enums.js';
import { BillableStatus, DeletionCheck } from '../types/explanation.types.js';
import { DeletionPayload } from '../types/payloads.js';
import { AdditionalAmountType, BonusType, CatchUpNoticeType, ScheduledTariffChangeType, ServiceSubscriptionType, StateChangeType, TariffChangeType } from '../types/subscription.type.js';
import { TariffType } from '../types/tariff.type.js';

@Resolver(() => ServiceSubscriptionType)
export class SubscriptionResolver {
  @Authorized()
  @Query(() => ServiceSubscriptionType)
  serviceSubscription(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SubscriptionEntity> {
    return ctx.services.subscriptions.get(id);
  }

  @Authorized()
  @Mutation(() => ServiceSubscriptionType)
  createServiceSubscription(@Arg('input') input: CreateServiceSubscriptionInput, @Ctx() ctx: Context): Promise<SubscriptionEntity> {
    return ctx.services.subscriptions.create(input);
  }

  @Authorized()
  @Mutation(() => ServiceSubscriptionType, {
    description: 'Refused with BAD_USER_INPUT (extensions: field, reason, allowed, remedy) when the transition or the date is not allowed.',
  })
  changeSubscriptionState(
    @Arg('id', () => ID) id: string,
    @Arg('state', () => SubscriptionState) state: State,
    @Arg('effectiveDate') effectiveDate: string,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionEntity> {
    return ctx.services.subscriptions.changeState(id, state, effectiveDate);
  }

  @Authorized()
  @Mutation(() => ServiceSubscriptionType, { description: 'Old tariff through effectiveDate − 1, new one from effectiveDate.' })
  migrateSubscriptionTariff(
    @Arg('id', () => ID) id: string,
    @Arg('tariffId', () => ID) tariffId: string,
    @Arg('effectiveDate') effectiveDate: string,
    @Ctx() ctx: Context,
  ): Promise<SubscriptionEntity> {
    return ctx.services.subscriptions.migrateTariff(id, tariffId, effectiveDate);
  }

  @Authorized()
  @Mutation(() => DeletionPayload)
  async deleteServiceSubscription(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { deleted, deletion } = await ctx.services.subscriptions.delete(id);
    return { deleted, deletion: toDeletionCheck(deletion, ctx.locale) };
  }

  @Authorized()
  @Mutation(() => BonusType)
  addBonus(@Arg('input') input: AddBonusInput, @Ctx() ctx: Context): Promise<BonusEntity> {
    return ctx.services.extras.addBonus(input);
  }

  @Authorized()
  @Mutation(() => AdditionalAmountType)
  addAdditionalAmount(@Arg('input') input: AddAdditionalAmountInput, @Ctx() ctx: Context): Promise<AdditionalAmountEntity> {
    return ctx.services.extras.addAdditionalAmount(input);
  }

  @Authorized()
  @Mutation(() => ServiceSubscriptionType, {
    description: 'For a client already billed elsewhere: no day before billingStartDate is charged. Refused (BILLING_START_LOCKED) once a day is invoiced.',
  })
  setSubscriptionBillingStartDate(@Arg('id', () => ID) id: string, @Arg('billingStartDate') billingStartDate: string, @Ctx() ctx: Context): Promise<SubscriptionEntity> {
    return ctx.services.subscriptions.setBillingStartDate(id, billingStartDate);
  }

  @FieldResolver(() => CatchUpNoticeType, { nullable: true })
  async catchUp(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<CatchUpNoticeType | null> {
    const notice = await ctx.services.subscriptions.catchUp(s);
    if (!notice) return null;
    const explained = explain({ code: notice.code, params: notice.params }, ctx.locale);
    return { from: notice.from, to: notice.to, days: notice.days, amountCents: notice.amountCents, code: notice.code, message: explained.message, remedy: explained.remedy };
  }

  @FieldResolver(() => TariffType, { description: 'The tariff in force today (a migration effective later is scheduledTariffChange).' })
  async tariff(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<TariffEntity> {
    const { current } = tariffToday(await ctx.services.subscriptions.tariffs(s), ctx.today);
    return (await ctx.loaders.tariff.load(current?.tariffId ?? s.tariffId))!;
  }

  @FieldResolver(() => ScheduledTariffChangeType, { nullable: true, description: 'The next tariff migration effective after today, if one is recorded.' })
  async scheduledTariffChange(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<ScheduledTariffChangeType | null> {
    const { scheduled } = tariffToday(await ctx.services.subscriptions.tariffs(s), ctx.today);
    if (!scheduled) return null;
    return { tariff: (await ctx.loaders.tariff.load(scheduled.tariffId))!, effectiveFrom: scheduled.effectiveDate };
  }

  @FieldResolver(() => ContractType)
  async contract(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<ContractEntity> {
    return (await ctx.loaders.contract.load(s.contractId))!;
  }

  @FieldResolver(() => [BonusType])
  async bonuses(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<BonusEntity[]> {
    // Shown in the order they start; the loader's list (id order, as invoices apply them) is left as it is.
    return [...await ctx.loaders.bonuses.load(s.id)].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  @FieldResolver(() => [AdditionalAmountType])
  additionalAmounts(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<AdditionalAmountEntity[]> {
    return ctx.loaders.additionalAmounts.load(s.id);
  }

  @FieldResolver(() => BillableStatus, { description: 'Billable today, and why (rule 3).' })
  async billing(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<BillableStatus> {
    return toBillableStatus(await ctx.services.subscriptions.billing(s), ctx.locale);
  }

  @FieldResolver(() => DeletionCheck)
  async deletion(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): Promise<DeletionCheck> {
    return toDeletionCheck(await ctx.services.subscriptions.deletion(s), ctx.locale);
  }

  @FieldResolver(() => [SubscriptionState], { description: 'States changeSubscriptionState accepts next.' })
  allowedTransitions(@Root() s: SubscriptionEntity, @Ctx() ctx: Context): State[] {
    return ctx.services.subscriptions.allowedTransitions(s);
  }

  @FieldResolver(() => [StateChangeType])
  stateChanges(@Root() s: SubscriptionEntity, @Ctx() ctx: Context) {
    return ctx.services.subscriptions.states(s);
  }

  @FieldResolver(() => [TariffChangeType])
  tariffChanges(@Root() s: SubscriptionEntity, @Ctx() ctx: Context) {
    return ctx.services.subscriptions.tariffs(s);
  }
}
