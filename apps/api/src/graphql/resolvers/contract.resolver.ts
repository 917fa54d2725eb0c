// Contract queries, mutations and fields (docs/product.md §4, rule 1).
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClientEntity, ContractEntity, SubscriptionEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { CreateContractInput, SignContractInput, TerminateContractInput, UpdateContractSignatureInput } from '../inputs/contract.input.js';
import { toAvailableAction, toBillingAccount, toDeletionCheck } from '../mappers.js';
import { ClientType } from '../types/client.type.js';
import { ContractSignatureType, ContractType } from '../types/contract.type.js';
import { AvailableAction, BillingAccount, DeletionCheck } from '../types/explanation.types.js';
import { DeletionPayload } from '../types/payloads.js';
import { ServiceSubscriptionType } from '../types/subscription.type.js';

@Resolver(() => ContractType)
export class ContractResolver {
  @Authorized()
  @Query(() => ContractType)
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ContractEntity> {
    return ctx.services.contracts.get(id);
  }

  @Authorized()
  @Mutation(() => ContractType)
  createContract(@Arg('input') input: CreateContractInput, @Ctx() ctx: Context): Promise<ContractEntity> {
    return ctx.services.contracts.create(input.clientId);
  }

  @Authorized()
  @Mutation(() => ContractType)
  signContract(@Arg('input') input: SignContractInput, @Ctx() ctx: Context): Promise<ContractEntity> {
    return ctx.services.contracts.sign(input);
  }

  @Authorized()
  @Mutation(() => ContractType, { description: 'Changes the signature\'s IBAN, mandate or signer; recorded in the audit trail.' })
  updateContractSignature(@Arg('input') input: UpdateContractSignatureInput, @Ctx() ctx: Context): Promise<ContractEntity> {
    return ctx.services.contracts.updateSignature(input);
  }

  @Authorized()
  @Mutation(() => ContractType, { description: 'Ends a signed contract whose subscriptions are all cancelled or rejected; it stays undeletable.' })
  terminateContract(@Arg('input') input: TerminateContractInput, @Ctx() ctx: Context): Promise<ContractEntity> {
    return ctx.services.contracts.terminate(input);
  }

  @Authorized()
  @Mutation(() => DeletionPayload)
  async deleteContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { deleted, deletion } = await ctx.services.contracts.delete(id);
    return { deleted, deletion: toDeletionCheck(deletion, ctx.locale) };
  }

  @FieldResolver(() => ClientType)
  async client(@Root() contract: ContractEntity, @Ctx() ctx: Context): Promise<ClientEntity> {
    return (await ctx.loaders.client.load(contract.clientId))!;
  }

  @FieldResolver(() => ContractSignatureType, { nullable: true })
  signature(@Root() c: ContractEntity): ContractSignatureType | null {
    if (!c.signedAt || !c.signerName || !c.signerTaxId || !c.iban || !c.mandateReference) return null;
    return { signedAt: c.signedAt, signerName: c.signerName, signerTaxId: c.signerTaxId, iban: c.iban, mandateReference: c.mandateReference };
  }

  @FieldResolver(() => BillingAccount)
  async billingAccount(@Root() contract: ContractEntity, @Ctx() ctx: Context): Promise<BillingAccount> {
    return toBillingAccount(await ctx.services.contracts.billingAccount(contract), ctx.locale);
  }

  @FieldResolver(() => [ServiceSubscriptionType])
  subscriptions(@Root() contract: ContractEntity, @Ctx() ctx: Context): Promise<SubscriptionEntity[]> {
    return ctx.loaders.subscriptionsByContract.load(contract.id);
  }

  @FieldResolver(() => [AvailableAction], {
    description: 'SIGN (signContract), UPDATE_SIGNATURE (updateContractSignature), TERMINATE (terminateContract, judged for today), '
      + 'ADD_SUBSCRIPTION (createServiceSubscription), DELETE (deleteContract): each with the reason when unavailable.',
  })
  async availableActions(@Root() contract: ContractEntity, @Ctx() ctx: Context): Promise<AvailableAction[]> {
    return (await ctx.services.contracts.availableActions(contract)).map((a) => toAvailableAction(a, ctx.locale));
  }

  @FieldResolver(() => DeletionCheck)
  async deletion(@Root() contract: ContractEntity, @Ctx() ctx: Context): Promise<DeletionCheck> {
    return toDeletionCheck(await ctx.services.contracts.deletion(contract), ctx.locale);
  }
}
