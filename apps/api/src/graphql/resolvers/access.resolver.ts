// Login, the caller, users, partners and API keys (docs/product.md §5).
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiKeyEntity, PartnerEntity, UserEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { CreatePartnerInput, CreateUserInput } from '../inputs/admin.input.js';
import { ApiKeyType, MeType, PartnerType, UserType } from '../types/access.type.js';
import { ChangePasswordPayload, CreateApiKeyPayload, DeleteUserPayload, LoginPayload, SignInPayload } from '../types/payloads.js';

@Resolver()
export class AccessResolver {
  @Mutation(() => LoginPayload, { description: 'Admin sign-in for scripts: a bearer token for "Authorization: Bearer …", with its expiry. Repeated failures are refused for a growing delay (TOO_MANY_REQUESTS with retryAfterSeconds).' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return ctx.services.users.login(email, password);
  }

  @Mutation(() => SignInPayload, { description: 'Admin sign-in for the SPA: the session goes into an httpOnly, SameSite=Strict cookie; requests with it must send "x-antena-csrf: 1".' })
  signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return ctx.services.users.login(email, password, { cookie: true });
  }

  @Mutation(() => Boolean, { description: 'Ends the calling admin session (bearer token or cookie) at once and clears the cookie; false when there was none.' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.users.signOut();
  }

  @Authorized('ADMIN')
  @Mutation(() => ChangePasswordPayload, { description: 'Changes the caller\'s password and ends every session of the user, this one included.' })
  async changePassword(@Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context): Promise<ChangePasswordPayload> {
    return { sessionsEnded: await ctx.services.users.changePassword(currentPassword, newPassword) };
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
  @Mutation(() => DeleteUserPayload, { description: 'Removes another admin; every session of that user ends at once.' })
  async deleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteUserPayload> {
    return { deleted: await ctx.services.users.remove(id) };
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
