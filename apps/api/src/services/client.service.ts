// Clients: list/search, create, update (optimistic lock + rule 1 warnings), delete (rule 2).
import { checkArchive, checkClientDeletion, checkUnarchive, duplicateTaxIdWarnings, signatureIbanWarnings, type DeletionCheck, type Refusal, type SubscriptionState, type Warning } from '@antena/domain';
import { In, type EntityManager } from 'typeorm';
import { newId } from '../db/ids.js';
import { formatCode, nextSequenceValues } from '../db/sequences.js';
import { inTransaction } from '../db/transaction.js';
import { lockClient } from './lock.js';
import { AuditEntryEntity, ClientEntity, ContractEntity, PartnerEntity, SubscriptionEntity, type ClientKind } from '../entities/index.js';
import { conflict, notFound, refused } from '../errors/errors.js';
import { createLoaders } from '../loaders/loaders.js';
import { visibleClient, writable } from './access.js';
import { audit, diff } from './audit.service.js';
import { deleteSubscriptionsOf } from './cascade.js';
import { clientSearchText, whereClientMatches, writeClientSearchTerms } from './client-search.js';
import { clientFacts } from './deletion-facts.js';
import { InputReader } from './input.js';
import { paginate, readPageArgs, type Page, type PageArgs } from './pagination.js';
import { partnerIdOf, type Scope } from './scope.js';

export interface CreateClientInput {
  kind: ClientKind; name: string; taxId: string; email: string;
  phone?: string | null; address?: string | null; iban?: string | null; partnerId?: string | null;
}
export interface UpdateClientInput {
  id: string; version: number; kind?: ClientKind | null; name?: string | null; taxId?: string | null; email?: string | null;
  phone?: string | null; address?: string | null; iban?: string | null;
}

export interface ClientFilterInput {
  search?: string | null; includeArchived?: boolean | null; partnerId?: string | null; subscriptionState?: SubscriptionState | null;
}

const AUDITED = ['kind', 'name', 'taxId', 'email', 'phone', 'address', 'iban', 'partnerId'] as const;

export class ClientService {
  constructor(private readonly scope: Scope) {}

  get(id: string): Promise<ClientEntity> {
    return visibleClient(this.scope, id);
  }

  /** Archived clients are left out unless `includeArchived` asks for them. */
  async list(args: PageArgs & ClientFilterInput): Promise<Page<ClientEntity>> {
    const page = readPageArgs(this.scope.locale, args);
    const result = await paginate(this.filtered(args), 'c.code', 'ASC', (c) => c.code, page);
    for (const c of result.nodes) this.scope.loaders.client.prime(c.id, c);
    return result;
  }

  /** The clients `list` selects, every page, in code order and chunks (GET /clients.csv). */
  async *each(filter: ClientFilterInput, chunk = 1000): AsyncGenerator<ClientEntity[]> {
    const qb = this.filtered(filter).orderBy('c.code', 'ASC').take(chunk);
    let after: string | null = null;
    for (;;) {
      const q = qb.clone();
      if (after !== null) q.andWhere('c.code > :__after', { __after: after });
      const rows = await q.getMany();
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < chunk) return;
      after = rows[rows.length - 1]!.code;
    }
  }

  /**
   * Search, archived, partner and "has a subscription in this state" (docs/rules.md §1: a client has no
   * state of its own; its subscriptions do). A partner only ever sees its own clients.
   */
  private filtered(args: ClientFilterInput) {
    const qb = this.scope.ds.getRepository(ClientEntity).createQueryBuilder('c');
    const partnerId = partnerIdOf(this.scope) ?? args.partnerId ?? null;
    if (partnerId) qb.andWhere('c.partnerId = :partnerId', { partnerId });
    if (!args.includeArchived) qb.andWhere('c.archivedAt IS NULL');
    if (args.subscriptionState) {
      qb.andWhere(`EXISTS (SELECT 1 FROM subscriptions s INNER JOIN contracts k ON k.id = s."contractId" WHERE k."clientId" = c.id AND s.state = :subscriptionState)`,
        { subscriptionState: args.subscriptionState });
    }
    // Accent- and case-insensitive over name, code, tax id, e-mail and IBAN, identical on both databases.
    whereClientMatches(qb, 'c', args.search);
    return qb;
  }

  async create(input: CreateClientInput): Promise<ClientEntity> {
    const read = new InputReader(this.scope.locale);
    const values = {
      kind: input.kind,
      name: read.text('name', input.name, 200),
      taxId: read.taxId('taxId', input.taxId),
      email: read.email('email', input.email),
      phone: read.text('phone', input.phone, 30, true),
      address: read.text('address', input.address, 300, true),
      iban: read.optionalIban('iban', input.iban),
      partnerId: partnerIdOf(this.scope) ?? input.partnerId ?? null,
    };
    return inTransaction(this.scope.ds, async (m) => {
      if (values.partnerId && !(await m.existsBy(PartnerEntity, { id: values.partnerId }))) {
        throw notFound(this.scope.locale, 'Partner', values.partnerId);
      }
      const [n] = await nextSequenceValues(m, 'client');
      const now = this.scope.now.toISOString();
      const code = formatCode('C', n!);
      const client: ClientEntity = { id: newId(), code, ...values, searchText: clientSearchText({ ...values, code }), archivedAt: null, version: 1, createdAt: now, updatedAt: now };
      await m.insert(ClientEntity, client);
      await writeClientSearchTerms(m, client, false);
      await audit(m, this.scope, [{ entityType: 'Client', entityId: client.id, clientId: client.id, action: 'CREATE', changes: diff(null, client, AUDITED) }]);
      return client;
    });
  }

  /** Conditional UPDATE on (id, version): a stale version changes nothing and is a CONFLICT. */
  async update(input: UpdateClientInput): Promise<{ client: ClientEntity; warnings: Warning[] }> {
    const before = writable(this.scope, { client: await this.get(input.id) }).client;
    const read = new InputReader(this.scope.locale);
    const changes: Partial<ClientEntity> = {};
    if (input.kind != null) changes.kind = input.kind;
    if (input.name != null) changes.name = read.text('name', input.name, 200);
    if (input.taxId != null) changes.taxId = read.taxId('taxId', input.taxId);
    if (input.email != null) changes.email = read.email('email', input.email);
    if (input.phone !== undefined) changes.phone = read.text('phone', input.phone, 30, true);
    if (input.address !== undefined) changes.address = read.text('address', input.address, 300, true);
    if (input.iban !== undefined) changes.iban = read.optionalIban('iban', input.iban);
    return inTransaction(this.scope.ds, async (m) => {
      const result = await m.createQueryBuilder().update(ClientEntity)
        // The version check below guarantees `before` is the row being changed, so the key is exact.
        .set({ ...changes, searchText: clientSearchText({ ...before, ...changes }), version: () => '"version" + 1', updatedAt: this.scope.now.toISOString() })
        .where('id = :id AND version = :version', { id: input.id, version: input.version })
        .execute();
      if (result.affected !== 1) throw conflict(this.scope.locale, 'Client', input.id, input.version);
      const client = await m.findOneByOrFail(ClientEntity, { id: input.id });
      if (client.searchText !== before.searchText) await writeClientSearchTerms(m, client);
      await audit(m, this.scope, [{ entityType: 'Client', entityId: client.id, clientId: client.id, action: 'UPDATE', changes: diff(before, client, AUDITED) }]);
      const warnings = [
        ...('iban' in changes ? await this.ibanWarnings(m, client) : []),
        ...(changes.taxId !== undefined && changes.taxId !== before.taxId ? await this.taxIdWarnings(client.taxId, client.id, m) : []),
      ];
      this.scope.loaders.client.clear(client.id).prime(client.id, client);
      return { client, warnings };
    });
  }

  /**
   * Other clients (that the caller may see) with this tax id: a warning each, with a link, never a
   * refusal. The SPA asks while the tax id is typed; updateClient adds them when the tax id changes.
   */
  taxIdDuplicates(taxId: string, clientId: string | null = null): Promise<Warning[]> {
    return this.taxIdWarnings(new InputReader(this.scope.locale, '').taxId('taxId', taxId), clientId, this.scope.ds.manager);
  }

  private async taxIdWarnings(taxId: string, clientId: string | null, m: EntityManager): Promise<Warning[]> {
    const partnerId = partnerIdOf(this.scope);
    const others = await m.find(ClientEntity, {
      where: { taxId, ...(partnerId ? { partnerId } : {}) }, select: { id: true, code: true, name: true, taxId: true }, order: { code: 'ASC' }, take: 20,
    });
    return duplicateTaxIdWarnings({ taxId, clientId, others });
  }

  /** Rule 1: a new profile IBAN does not move the billing of signed contracts; say which ones. */
  private async ibanWarnings(m: EntityManager, client: ClientEntity): Promise<Warning[]> {
    const contracts = await m.find(ContractEntity, { where: { clientId: client.id }, order: { number: 'ASC' } });
    return signatureIbanWarnings({
      newClientIban: client.iban,
      contracts: contracts.map((c) => ({ id: c.id, number: c.number, signatureIban: c.signedAt ? c.iban : null })),
    });
  }

  async deletion(client: ClientEntity): Promise<DeletionCheck> {
    return checkClientDeletion(await clientFacts(this.scope.loaders, client));
  }

  /** Re-checks inside the write transaction, then removes the client with its contracts and subscriptions. */
  async delete(id: string): Promise<{ deleted: boolean; deletion: DeletionCheck }> {
    writable(this.scope, { client: await this.get(id) });
    return inTransaction(this.scope.ds, async (m) => {
      // Children are read after the root is locked: a subscription created meanwhile is seen, or waits.
      if (!(await lockClient(m, id))) throw notFound(this.scope.locale, 'Client', id);
      const client = await m.findOneBy(ClientEntity, { id });
      if (!client) throw notFound(this.scope.locale, 'Client', id);
      const deletion = checkClientDeletion(await clientFacts(createLoaders(m), client));
      if (!deletion.allowed) return { deleted: false, deletion };
      const contractIds = (await m.find(ContractEntity, { where: { clientId: id }, select: { id: true } })).map((c) => c.id);
      await deleteSubscriptionsOf(m, contractIds);
      if (contractIds.length) await m.delete(ContractEntity, { id: In(contractIds) });
      await m.createQueryBuilder().delete().from('client_search_terms').where('"clientId" = :id', { id }).execute();
      await m.delete(ClientEntity, { id });
      await audit(m, this.scope, [{ entityType: 'Client', entityId: id, clientId: id, action: 'DELETE', changes: diff(client, {}, AUDITED) }]);
      return { deleted: true, deletion };
    });
  }

  /** Archive instead of delete: refused while a subscription is live; bumps the version, audited. */
  archive(id: string, version: number): Promise<ClientEntity> {
    return this.setArchived(id, version, 'ARCHIVE', async (m, client) => {
      const subs = await m.createQueryBuilder(SubscriptionEntity, 's').innerJoin(ContractEntity, 'k', 'k.id = s.contractId')
        .select('s.state', 'state').where('k.clientId = :id', { id }).getRawMany<{ state: SubscriptionEntity['state'] }>();
      return checkArchive({ id, code: client.code, archivedAt: client.archivedAt, subscriptionStates: subs.map((x) => x.state) });
    });
  }

  unarchive(id: string, version: number): Promise<ClientEntity> {
    return this.setArchived(id, version, 'UNARCHIVE', async (_m, client) => checkUnarchive(client));
  }

  /** Under the client's lock, so no subscription is created between the check and the write. */
  private async setArchived(
    id: string, version: number, action: 'ARCHIVE' | 'UNARCHIVE', check: (m: EntityManager, c: ClientEntity) => Promise<Refusal | null>,
  ): Promise<ClientEntity> {
    await this.get(id);
    return inTransaction(this.scope.ds, async (m) => {
      if (!(await lockClient(m, id))) throw notFound(this.scope.locale, 'Client', id);
      const before = await m.findOneByOrFail(ClientEntity, { id });
      if (before.version !== version) throw conflict(this.scope.locale, 'Client', id, version);
      const refusal = await check(m, before);
      if (refusal) throw refused(this.scope.locale, refusal.field ?? 'archivedAt', refusal);
      const now = this.scope.now.toISOString();
      const archivedAt = action === 'ARCHIVE' ? now : null;
      const result = await m.createQueryBuilder().update(ClientEntity)
        .set({ archivedAt, version: () => '"version" + 1', updatedAt: now })
        .where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw conflict(this.scope.locale, 'Client', id, version);
      await audit(m, this.scope, [{ entityType: 'Client', entityId: id, clientId: id, action, changes: [{ field: 'archivedAt', from: before.archivedAt, to: archivedAt }] }]);
      const client = { ...before, archivedAt, version: before.version + 1, updatedAt: now };
      this.scope.loaders.client.clear(id).prime(id, client);
      return client;
    });
  }

  auditTrail(clientId: string, args: PageArgs): Promise<Page<AuditEntryEntity>> {
    const qb = this.scope.ds.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.clientId = :clientId', { clientId });
    return paginate(qb, 'a.id', 'DESC', (a) => a.id, readPageArgs(this.scope.locale, args));
  }
}
