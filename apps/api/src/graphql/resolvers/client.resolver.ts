// Client queries, mutations and fields (docs/product.md §4). Thin: authorize, call the service, map.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuditEntryEntity, ClientEntity, ContractEntity, PartnerEntity } from '../../entities/index.js';
import type { Context } from '../context.js';
import { CreateClientInput, UpdateClientInput } from '../inputs/client.input.js';
import { toDeletionCheck, toExplanation } from '../mappers.js';
import { PartnerType } from '../types/access.type.js';
import { AuditEntryConnection } from '../types/audit.type.js';
import { ClientConnection, ClientType } from '../types/client.type.js';
import { ContractType } from '../types/contract.type.js';
import { DeletionCheck, Explanation } from '../types/explanation.types.js';
import { InvoiceConnection } from '../../billing/graphql/invoice.type.js';
import { DeletionPayload, UpdateClientPayload } from '../types/payloads.js';
import { ClientsArgs, PageArgs } from './page.args.js';

@Resolver(() => ClientType)
export class ClientResolver {
  @Authorized()
  @Query(() => ClientType)
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClientEntity> {
    return ctx.services.clients.get(id);
  }

  @Authorized()
  @Query(() => ClientConnection)
  clients(@Args() args: ClientsArgs, @Ctx() ctx: Context) {
    return ctx.services.clients.list(args);
  }

  @Authorized()
  @Query(() => [Explanation], {
    description: 'DUPLICATE_TAX_ID warnings: the other clients that already have this tax id (entityId links to each). A warning, not a refusal: a company may hold several accounts. clientId leaves the client being edited out.',
  })
  async taxIdDuplicates(@Arg('taxId') taxId: string, @Arg('clientId', () => ID, { nullable: true }) clientId: string | null, @Ctx() ctx: Context): Promise<Explanation[]> {
    return (await ctx.services.clients.taxIdDuplicates(taxId, clientId ?? null)).map((w) => toExplanation(w, ctx.locale));
  }

  @Authorized()
  @Mutation(() => ClientType)
  createClient(@Arg('input') input: CreateClientInput, @Ctx() ctx: Context): Promise<ClientEntity> {
    return ctx.services.clients.create(input);
  }

  @Authorized()
  @Mutation(() => UpdateClientPayload)
  async updateClient(@Arg('input') input: UpdateClientInput, @Ctx() ctx: Context) {
    const { client, warnings } = await ctx.services.clients.update(input);
    return { client, warnings: warnings.map((w) => toExplanation(w, ctx.locale)) };
  }

  @Authorized()
  @Mutation(() => DeletionPayload)
  async deleteClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { deleted, deletion } = await ctx.services.clients.delete(id);
    return { deleted, deletion: toDeletionCheck(deletion, ctx.locale) };
  }

  @Authorized()
  @Mutation(() => ClientType, {
    description: 'Instead of deleting a client that can never be deleted: read-only, hidden from lists, never billed. Refused (BAD_USER_INPUT, '
      + 'CLIENT_HAS_LIVE_SUBSCRIPTIONS / CLIENT_ARCHIVED, with remedy) while a subscription is live; CONFLICT on a stale version.',
  })
  archiveClient(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<ClientEntity> {
    return ctx.services.clients.archive(id, version);
  }

  @Authorized()
  @Mutation(() => ClientType, { description: 'Makes an archived client editable and billable again. Refused (CLIENT_NOT_ARCHIVED) when it is not archived.' })
  unarchiveClient(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<ClientEntity> {
    return ctx.services.clients.unarchive(id, version);
  }

  @FieldResolver(() => PartnerType, { nullable: true })
  partner(@Root() client: ClientEntity, @Ctx() ctx: Context): Promise<PartnerEntity | null> | null {
    return client.partnerId ? ctx.loaders.partner.load(client.partnerId) : null;
  }

  @FieldResolver(() => [ContractType])
  contracts(@Root() client: ClientEntity, @Ctx() ctx: Context): Promise<ContractEntity[]> {
    return ctx.loaders.contractsByClient.load(client.id);
  }

  @FieldResolver(() => InvoiceConnection)
  invoices(@Root() client: ClientEntity, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.invoices.list({ ...args, clientId: client.id });
  }

  @FieldResolver(() => DeletionCheck)
  async deletion(@Root() client: ClientEntity, @Ctx() ctx: Context): Promise<DeletionCheck> {
    return toDeletionCheck(await ctx.services.clients.deletion(client), ctx.locale);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Newest first: every change to the client and what hangs from it.' })
  async auditTrail(@Root() client: ClientEntity, @Args() args: PageArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.clients.auditTrail(client.id, args);
    const plain = (v: unknown) => (v === null || v === undefined ? null : String(v));
    // A partner learns that the ISP's staff made a change, not which staff member (their email is personal data).
    const staffHidden = ctx.actor?.kind === 'PARTNER';
    const map = (a: AuditEntryEntity) => ({ ...a, actorName: staffHidden && a.actorType === 'USER' ? 'staff' : a.actorName, changes: a.changes.map((c) => ({ field: c.field, from: plain(c.from), to: plain(c.to) })) });
    return { ...page, nodes: page.nodes.map(map), edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
  }
}
