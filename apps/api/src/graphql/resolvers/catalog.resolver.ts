// Tariffs and billing settings: everyone signed in reads tariffs; only admins change them (docs/product.md §5).
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { BillingSettingsEntity, TariffEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { CreateTariffInput, UpdateBillingSettingsInput } from '../inputs/admin.input.js';
import { BillingSettingsType, TariffType } from '../types/tariff.type.js';

@Resolver()
export class CatalogResolver {
  @Authorized()
  @Query(() => [TariffType])
  tariffs(@Ctx() ctx: Context): Promise<TariffEntity[]> {
    return ctx.services.tariffs.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => TariffType)
  createTariff(@Arg('input') input: CreateTariffInput, @Ctx() ctx: Context): Promise<TariffEntity> {
    return ctx.services.tariffs.create(input);
  }

  @Authorized('ADMIN')
  @Query(() => BillingSettingsType)
  billingSettings(@Ctx() ctx: Context): Promise<BillingSettingsEntity> {
    return ctx.services.billingSettings.get();
  }

  @Authorized('ADMIN')
  @Mutation(() => BillingSettingsType)
  updateBillingSettings(@Arg('input') input: UpdateBillingSettingsInput, @Ctx() ctx: Context): Promise<BillingSettingsEntity> {
    return ctx.services.billingSettings.update(input);
  }
}
