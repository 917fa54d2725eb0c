// Ending and deleting bonuses and additional amounts, and what may be done with each (docs/rules.md §2
// "Removing bonuses and additional amounts"). The rule is the domain's; these resolvers only map.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AdditionalAmountEntity, BonusEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { toDeletionCheck } from '../mappers.js';
import { DeletionCheck } from '../types/explanation.types.js';
import { DeletionPayload } from '../types/payloads.js';
import { AdditionalAmountType, BonusType } from '../types/subscription.type.js';

const END_DESCRIPTION = 'Last day of validity. Refused (BAD_USER_INPUT, reason EXTRA_END_BEFORE_INVOICED / DATE_RANGE_INVALID / '
  + 'EXTRA_ONE_OFF_NOT_ENDABLE, with remedy) before the last invoiced day; CONFLICT on a stale version.';

@Resolver(() => BonusType)
export class BonusResolver {
  @Authorized()
  @Mutation(() => DeletionPayload, { description: 'Deleted only while no invoice applied it; otherwise deleted: false and the blocker says to end it.' })
  async deleteBonus(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    const { deleted, deletion } = await ctx.services.extras.delete('Bonus', id, version);
    return { deleted, deletion: toDeletionCheck(deletion, ctx.locale) };
  }

  @Authorized()
  @Mutation(() => BonusType, { description: END_DESCRIPTION })
  endBonus(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('validTo') validTo: string, @Ctx() ctx: Context,
  ): Promise<BonusEntity> {
    return ctx.services.extras.end('Bonus', id, version, validTo) as Promise<BonusEntity>;
  }

  @FieldResolver(() => DeletionCheck, { description: 'Whether deleteBonus would delete it now, and why not.' })
  async deletion(@Root() b: BonusEntity, @Ctx() ctx: Context): Promise<DeletionCheck> {
    return toDeletionCheck(await ctx.services.extras.deletion('Bonus', b), ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last day an issued invoice applied it: endBonus accepts this day or later.' })
  invoicedThrough(@Root() b: BonusEntity, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.extras.invoicedThrough('Bonus', b);
  }
}

@Resolver(() => AdditionalAmountType)
export class AdditionalAmountResolver {
  @Authorized()
  @Mutation(() => DeletionPayload, { description: 'Deleted only while no invoice charged it; otherwise deleted: false and the blocker says what to do.' })
  async deleteAdditionalAmount(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    const { deleted, deletion } = await ctx.services.extras.delete('AdditionalAmount', id, version);
    return { deleted, deletion: toDeletionCheck(deletion, ctx.locale) };
  }

  @Authorized()
  @Mutation(() => AdditionalAmountType, { description: END_DESCRIPTION })
  endAdditionalAmount(
    @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('validTo') validTo: string, @Ctx() ctx: Context,
  ): Promise<AdditionalAmountEntity> {
    return ctx.services.extras.end('AdditionalAmount', id, version, validTo) as Promise<AdditionalAmountEntity>;
  }

  @FieldResolver(() => DeletionCheck, { description: 'Whether deleteAdditionalAmount would delete it now, and why not.' })
  async deletion(@Root() a: AdditionalAmountEntity, @Ctx() ctx: Context): Promise<DeletionCheck> {
    return toDeletionCheck(await ctx.services.extras.deletion('AdditionalAmount', a), ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last day an issued invoice charged it: endAdditionalAmount accepts this day or later.' })
  invoicedThrough(@Root() a: AdditionalAmountEntity, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.extras.invoicedThrough('AdditionalAmount', a);
  }
}
