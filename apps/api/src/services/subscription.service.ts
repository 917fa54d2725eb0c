// Service subscriptions: creation, state changes and tariff migrations on their timelines (docs/product.md §2),
// billable status (rule 3), bonuses and additional amounts, deletion (rule 2).
import {
  allowedTransitions, billableStatus, checkAddSubscription, checkBillingStartChange, netChargedRanges, pendingCatchUp, periodOf, periodStart,
  type CatchUpNotice, type DateRange, checkStateChange, checkSubscriptionDeletion, checkTariffMigration, lastEntry,
  type BillableStatus, type DeletionCheck, type StateChange, type SubscriptionState, type TariffChange,
} from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { newId } from '../db/ids.js';
import { nextSequenceValues } from '../db/sequences.js';
import { inTransaction } from '../db/transaction.js';
import { lockClient } from './lock.js';
import {
  ClientEntity, ContractEntity, SubscriptionEntity, SubscriptionStateChangeEntity, SubscriptionTariffChangeEntity,
} from '../entities/index.js';
import { conflict, notFound, refused } from '../errors/errors.js';
import { createLoaders, type Loaders } from '../loaders/loaders.js';
import { visibleContract, visibleSubscription, writable } from './access.js';
import { audit } from './audit.service.js';
import { deleteSubscriptions } from './cascade.js';
import { subscriptionFacts } from './deletion-facts.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

export interface CreateSubscriptionInput {
  contractId: string; tariffId: string; startDate?: string | null; state?: SubscriptionState | null; billingStartDate?: string | null;
}

export class SubscriptionService {
  constructor(private readonly scope: Scope) {}

  async get(id: string): Promise<SubscriptionEntity> {
    return (await visibleSubscription(this.scope, id)).subscription;
  }

  /** The state timeline, as the domain's checks take it (read by billing/timeline-facts.ts through the loaders). */
  states(s: SubscriptionEntity, loaders: Loaders = this.scope.loaders): Promise<StateChange[]> {
    return loaders.stateChanges.load(s.id);
  }

  /** The tariff timeline, each entry with its tariff's code, price and rate. */
  tariffs(s: SubscriptionEntity, loaders: Loaders = this.scope.loaders): Promise<TariffChange[]> {
    return loaders.tariffChanges.load(s.id);
  }

  async billing(s: SubscriptionEntity): Promise<BillableStatus> {
    return billableStatus(await this.states(s), this.scope.today);
  }

  /** Days already charged, net of credits (docs/billing.md "Catch-up"). */
  private async charged(s: SubscriptionEntity, loaders: Loaders): Promise<DateRange[]> {
    const lines = await loaders.chargedLines.load(s.id);
    return netChargedRanges(lines.map((l) => ({ kind: l.kind, subscriptionId: l.subscriptionId, from: l.fromDate, to: l.toDate }))).get(s.id) ?? [];
  }

  /** The catch-up the next runs will charge for days before the current period, or null (docs/billing.md "Imports"). */
  async catchUp(s: SubscriptionEntity): Promise<CatchUpNotice | null> {
    const loaders = this.scope.loaders;
    return pendingCatchUp({
      billingStartDate: s.billingStartDate, states: await this.states(s, loaders), tariffs: await this.tariffs(s, loaders), charged: await this.charged(s, loaders),
    }, periodStart(periodOf(this.scope.today)));
  }

  /** For an import already billed elsewhere: no day before `billingStartDate` is charged. Only while nothing is charged. */
  async setBillingStartDate(id: string, billingStartDate: string): Promise<SubscriptionEntity> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, id));
    const date = new InputReader(this.scope.locale, '').date('billingStartDate', billingStartDate);
    return inTransaction(this.scope.ds, async (m) => {
      if (!(await lockClient(m, client.id))) throw conflict(this.scope.locale, 'ServiceSubscription', id);
      const s = await this.fresh(m, id);
      const refusal = checkBillingStartChange(await this.charged(s, createLoaders(m)), date);
      if (refusal) throw refused(this.scope.locale, 'billingStartDate', refusal);
      await m.update(SubscriptionEntity, { id }, { billingStartDate: date });
      await audit(m, this.scope, [{
        entityType: 'ServiceSubscription', entityId: id, clientId: client.id, action: 'SET_BILLING_START',
        changes: [{ field: 'billingStartDate', from: s.billingStartDate, to: date }],
      }]);
      const updated = { ...s, billingStartDate: date };
      this.scope.loaders.subscription.clear(id).prime(id, updated);
      return updated;
    });
  }

  allowedTransitions(s: SubscriptionEntity): SubscriptionState[] {
    return allowedTransitions(s.state);
  }

  async deletion(s: SubscriptionEntity): Promise<DeletionCheck> {
    return checkSubscriptionDeletion(await subscriptionFacts(this.scope.loaders, s));
  }

  async create(input: CreateSubscriptionInput): Promise<SubscriptionEntity> {
    const { contract, client } = writable(this.scope, await visibleContract(this.scope, input.contractId));
    const closed = checkAddSubscription(contract);
    if (closed) throw refused(this.scope.locale, 'input.contractId', closed);
    const read = new InputReader(this.scope.locale);
    const startDate = input.startDate == null ? this.scope.today : read.date('startDate', input.startDate);
    const billingStartDate = input.billingStartDate == null ? null : read.date('billingStartDate', input.billingStartDate);
    const state = input.state ?? 'PENDING_ACTIVATION';
    const refusal = checkStateChange([], state, startDate);
    if (refusal) throw refused(this.scope.locale, 'input.state', refusal);
    const tariff = await this.scope.loaders.tariff.load(input.tariffId);
    if (!tariff) throw notFound(this.scope.locale, 'Tariff', input.tariffId);
    return inTransaction(this.scope.ds, async (m) => {
      // A deletion of the client racing this insert: whoever locks the client first wins; the loser here is told so.
      if (!(await lockClient(m, client.id)) || !(await m.existsBy(ContractEntity, { id: contract.id }))) {
        throw conflict(this.scope.locale, 'Contract', contract.id);
      }
      // An archive racing this insert: read under the client's lock, so an archived client never gets a live subscription.
      writable(this.scope, { client: await m.findOneByOrFail(ClientEntity, { id: client.id }) });
      const now = this.scope.now.toISOString();
      const s: SubscriptionEntity = { id: newId(), contractId: contract.id, tariffId: tariff.id, state, billingStartDate, createdAt: now };
      await m.insert(SubscriptionEntity, s);
      const [stateSeq, tariffSeq] = await nextSequenceValues(m, 'timeline', 2);
      await m.insert(SubscriptionStateChangeEntity, { id: newId(), subscriptionId: s.id, state, effectiveDate: startDate, createdAt: now, seq: stateSeq! });
      await m.insert(SubscriptionTariffChangeEntity, { id: newId(), subscriptionId: s.id, tariffId: tariff.id, effectiveDate: startDate, createdAt: now, seq: tariffSeq! });
      await audit(m, this.scope, [{
        entityType: 'ServiceSubscription', entityId: s.id, clientId: client.id, action: 'CREATE',
        changes: [
          { field: 'state', from: null, to: state }, { field: 'tariff', from: null, to: tariff.code },
          { field: 'effectiveDate', from: null, to: startDate }, { field: 'billingStartDate', from: null, to: billingStartDate },
        ],
      }]);
      return s;
    });
  }

  /** Refused with the allowed states and the reason when the machine or the timeline forbids it. */
  async changeState(id: string, to: SubscriptionState, effectiveDate: string): Promise<SubscriptionEntity> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, id));
    const date = new InputReader(this.scope.locale, '').date('effectiveDate', effectiveDate);
    return inTransaction(this.scope.ds, async (m) => {
      const loaders = createLoaders(m);
      const s = await this.fresh(m, id);
      const states = await this.states(s, loaders);
      const refusal = checkStateChange(states, to, date);
      if (refusal) {
        const last = lastEntry(states);
        throw refused(this.scope.locale, refusal.field ?? 'state', refusal, last ? allowedTransitions(last.state) : undefined);
      }
      const now = this.scope.now.toISOString();
      // Same-day entries apply in the order they were made: a counter, never a timestamp that can tie (docs/billing.md).
      const [seq] = await nextSequenceValues(m, 'timeline');
      await m.insert(SubscriptionStateChangeEntity, { id: newId(), subscriptionId: id, state: to, effectiveDate: date, createdAt: now, seq: seq! });
      await this.conditionalUpdate(m, s, { state: to });
      await audit(m, this.scope, [{
        entityType: 'ServiceSubscription', entityId: id, clientId: client.id, action: 'CHANGE_STATE',
        changes: [{ field: 'state', from: s.state, to }, { field: 'effectiveDate', from: null, to: date }],
      }]);
      return { ...s, state: to };
    });
  }

  async migrateTariff(id: string, tariffId: string, effectiveDate: string): Promise<SubscriptionEntity> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, id));
    const date = new InputReader(this.scope.locale, '').date('effectiveDate', effectiveDate);
    const tariff = await this.scope.loaders.tariff.load(tariffId);
    if (!tariff) throw notFound(this.scope.locale, 'Tariff', tariffId);
    return inTransaction(this.scope.ds, async (m) => {
      const loaders = createLoaders(m);
      const s = await this.fresh(m, id);
      const tariffs = await this.tariffs(s, loaders);
      const refusal = checkTariffMigration(await this.states(s, loaders), tariffs, tariff.id, date);
      if (refusal) throw refused(this.scope.locale, refusal.field ?? 'tariffId', refusal);
      const [seq] = await nextSequenceValues(m, 'timeline');
      await m.insert(SubscriptionTariffChangeEntity, { id: newId(), subscriptionId: id, tariffId: tariff.id, effectiveDate: date, createdAt: this.scope.now.toISOString(), seq: seq! });
      await this.conditionalUpdate(m, s, { tariffId: tariff.id });
      await audit(m, this.scope, [{
        entityType: 'ServiceSubscription', entityId: id, clientId: client.id, action: 'MIGRATE_TARIFF',
        changes: [{ field: 'tariff', from: lastEntry(tariffs)?.tariffCode ?? null, to: tariff.code }, { field: 'effectiveDate', from: null, to: date }],
      }]);
      return { ...s, tariffId: tariff.id };
    });
  }

  async delete(id: string): Promise<{ deleted: boolean; deletion: DeletionCheck }> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, id));
    return inTransaction(this.scope.ds, async (m) => {
      const s = await this.fresh(m, id);
      const deletion = checkSubscriptionDeletion(await subscriptionFacts(createLoaders(m), s));
      if (!deletion.allowed) return { deleted: false, deletion };
      await deleteSubscriptions(m, [id]);
      await audit(m, this.scope, [{ entityType: 'ServiceSubscription', entityId: id, clientId: client.id, action: 'DELETE', changes: [{ field: 'state', from: s.state, to: null }] }]);
      return { deleted: true, deletion };
    });
  }

  private async fresh(m: EntityManager, id: string): Promise<SubscriptionEntity> {
    const s = await m.findOneBy(SubscriptionEntity, { id });
    if (!s) throw notFound(this.scope.locale, 'ServiceSubscription', id);
    return s;
  }

  /** The denormalised latest state/tariff moves only from the value the check was made against. */
  private async conditionalUpdate(m: EntityManager, s: SubscriptionEntity, set: Partial<Pick<SubscriptionEntity, 'state' | 'tariffId'>>): Promise<void> {
    const result = await m.createQueryBuilder().update(SubscriptionEntity).set(set)
      .where('id = :id AND state = :state AND "tariffId" = :tariffId', { id: s.id, state: s.state, tariffId: s.tariffId })
      .execute();
    if (result.affected !== 1) throw conflict(this.scope.locale, 'ServiceSubscription', s.id);
  }
}
