// Login, the caller, users, partners and API keys (SPEC §5).
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiKeyEntity, PartnerEntity, UserEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { CreatePartnerInput, CreateUserInput } from '../inputs/admin.input.js';
import { ApiKeyType, MeType, PartnerType, UserType } from '../types/access.type.js';
import { CreateApiKeyPayload, LoginPayload } from '../types/payloads.js';

@Resolver()
export class AccessResolver {
  @Mutation(() => LoginPayload, { description: 'Admin sign-in: a bearer token for "Authorization: Bearer …", with its expiry.' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return ctx.services.users.login(email, password);
  }

  @Authorized()
  @Query(() => MeType)
  async me(@Ctx() ctx: Context): Promise<MeType> {
    const actor = ctx.actor!;
    if (actor.kind === 'ADMIN') return { kind: 'ADMIN', email: actor.email, partner: null };
    return { kind: 'PARTNER', email: null, partner: await ctx.loaders.partner.load(actor.partnerId) };
  }

  @Authorized('ADMIN')
  @Query(() => [UserType])
  users(@Ctx() ctx: Context): Promise<UserEntity[]> {
    return ctx.services.users.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<UserEntity> {
    return ctx.services.users.create(input.email, input.password);
  }

  @Authorized('ADMIN')
  @Query(() => [PartnerType])
  partners(@Ctx() ctx: Context): Promise<PartnerEntity[]> {
    return ctx.services.partners.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => PartnerType)
  createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() ctx: Context): Promise<PartnerEntity> {
    return ctx.services.partners.create(input.name);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Arg('partnerId', () => ID) partnerId: string, @Arg('name') name: string, @Ctx() ctx: Context) {
    return ctx.services.partners.createApiKey(partnerId, name);
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiKeyType)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKeyEntity> {
    return ctx.services.partners.revokeApiKey(id);
  }
}

@Resolver(() => PartnerType)
export class PartnerResolver {
  @Authorized('ADMIN')
  @FieldResolver(() => [ApiKeyType])
  apiKeys(@Root() partner: PartnerEntity, @Ctx() ctx: Context): Promise<ApiKeyEntity[]> {
    return ctx.services.partners.apiKeys([partner.id]);
  }
}
