// Bonuses and additional amounts on a subscription (docs/product.md §2–§3): added, ended, deleted. Whether one may be
// deleted or ended on a day is the domain's rule (docs/rules.md §2 "Removing bonuses and additional amounts").
import { checkExtraDeletion, checkExtraEnd, type DeletionCheck, type ExtraFacts, type ExtraType } from '@antena/domain';
import type { EntityManager } from 'typeorm';
import { lockBillingRuns } from '../billing/run-lock.js';
import { readExtras } from '../billing/timeline-facts.js';
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import {
  AdditionalAmountEntity, BonusEntity, type AdditionalAmountKind, type BonusKind,
} from '../entities/index.js';
import { badInput, conflict, notFound, refused } from '../errors/errors.js';
import { extraApplications, type ExtraApplication } from '../loaders/counts.js';
import { visibleSubscription, writable } from './access.js';
import { audit, diff } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

type Extra = BonusEntity | AdditionalAmountEntity;
const ENTITY = { Bonus: BonusEntity, AdditionalAmount: AdditionalAmountEntity } as const;
const ACTION = { Bonus: 'BONUS', AdditionalAmount: 'ADDITIONAL_AMOUNT' } as const;

/** The domain's facts about one extra, from its row and where invoices applied it. */
export function extraFacts(type: ExtraType, row: Extra, applied: ExtraApplication): ExtraFacts {
  const oneOff = type === 'AdditionalAmount' && (row as AdditionalAmountEntity).kind === 'ONE_OFF';
  const fallback = oneOff ? (row as AdditionalAmountEntity).date : row.validFrom;
  return {
    type, id: row.id, oneOff, validFrom: oneOff ? null : row.validFrom, validTo: oneOff ? null : row.validTo,
    appliedCount: applied.count, invoicedThrough: applied.count > 0 ? (applied.through ?? fallback) : null,
  };
}

export interface ExtraDeletion { deleted: boolean; deletion: DeletionCheck }

export interface AddBonusInput {
  subscriptionId: string; kind: BonusKind; percent?: number | null; amountCents?: number | null;
  description?: string | null; validFrom: string; validTo?: string | null;
}
export interface AddAdditionalAmountInput {
  subscriptionId: string; description: string; amountCents: number; vatRate?: number | null; kind: AdditionalAmountKind;
  date?: string | null; validFrom?: string | null; validTo?: string | null;
}

const DEFAULT_VAT_RATE = 0.21;

export class SubscriptionExtrasService {
  constructor(private readonly scope: Scope) {}

  async addBonus(input: AddBonusInput): Promise<BonusEntity> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, input.subscriptionId));
    const read = new InputReader(this.scope.locale);
    const required = (field: string) => badInput(this.scope.locale, `input.${field}`, 'REQUIRED', { field });
    let percent: number | null = null;
    let amountCents: number | null = null;
    if (input.kind === 'PERCENT') {
      if (input.percent == null) throw required('percent');
      percent = read.percent('percent', input.percent);
    } else {
      if (input.amountCents == null) throw required('amountCents');
      amountCents = read.cents('amountCents', input.amountCents);
    }
    const description = read.text('description', input.description, 200, true);
    const { from, to } = read.range('validFrom', input.validFrom, 'validTo', input.validTo);
    const bonus: BonusEntity = {
      id: newId(), subscriptionId: input.subscriptionId, kind: input.kind, percent, amountCents, description,
      validFrom: from, validTo: to, version: 1, createdAt: this.scope.now.toISOString(),
    };
    return inTransaction(this.scope.ds, async (m) => {
      await m.insert(BonusEntity, bonus);
      await audit(m, this.scope, [{
        entityType: 'Bonus', entityId: bonus.id, clientId: client.id, action: 'ADD_BONUS',
        changes: diff(null, bonus, ['subscriptionId', 'kind', 'percent', 'amountCents', 'validFrom', 'validTo']),
      }]);
      return bonus;
    });
  }

  async addAdditionalAmount(input: AddAdditionalAmountInput): Promise<AdditionalAmountEntity> {
    const { client } = writable(this.scope, await visibleSubscription(this.scope, input.subscriptionId));
    const read = new InputReader(this.scope.locale);
    const description = read.text('description', input.description, 200);
    const amountCents = read.cents('amountCents', input.amountCents);
    const vatRate = input.vatRate == null ? DEFAULT_VAT_RATE : read.vatRate('vatRate', input.vatRate);
    let date: string | null = null;
    let range: { from: string | null; to: string | null } = { from: null, to: null };
    if (input.kind === 'ONE_OFF') {
      if (input.date == null) throw badInput(this.scope.locale, 'input.date', 'REQUIRED', { field: 'date' });
      date = read.date('date', input.date);
    } else {
      if (input.validFrom == null) throw badInput(this.scope.locale, 'input.validFrom', 'REQUIRED', { field: 'validFrom' });
      range = read.range('validFrom', input.validFrom, 'validTo', input.validTo);
    }
    const amount: AdditionalAmountEntity = {
      id: newId(), subscriptionId: input.subscriptionId, description, amountCents, vatRate, kind: input.kind, date,
      validFrom: range.from, validTo: range.to, version: 1, createdAt: this.scope.now.toISOString(),
    };
    return inTransaction(this.scope.ds, async (m) => {
      await m.insert(AdditionalAmountEntity, amount);
      await audit(m, this.scope, [{
        entityType: 'AdditionalAmount', entityId: amount.id, clientId: client.id, action: 'ADD_ADDITIONAL_AMOUNT',
        changes: diff(null, amount, ['subscriptionId', 'description', 'amountCents', 'vatRate', 'kind', 'date', 'validFrom', 'validTo']),
      }]);
      return amount;
    });
  }

  /** Whether it may be deleted now, and why not (the same check deleteBonus / deleteAdditionalAmount run). */
  async deletion(type: ExtraType, row: Extra): Promise<DeletionCheck> {
    const loader = type === 'Bonus' ? this.scope.loaders.bonusApplications : this.scope.loaders.additionalAmountApplications;
    return checkExtraDeletion(extraFacts(type, row, await loader.load(row.id)));
  }

  /** The last day issued invoices applied it (null when never): ending it earlier is refused. */
  async invoicedThrough(type: ExtraType, row: Extra): Promise<string | null> {
    const loader = type === 'Bonus' ? this.scope.loaders.bonusApplications : this.scope.loaders.additionalAmountApplications;
    return extraFacts(type, row, await loader.load(row.id)).invoicedThrough;
  }

  /** Deleted only while no invoice applied it; otherwise `deleted: false` with the domain's blocker. */
  async delete(type: ExtraType, id: string, version: number): Promise<ExtraDeletion> {
    const clientId = await this.visibleClientOf(type, id);
    return inTransaction(this.scope.ds, async (m) => {
      const row = await this.lockedRow(m, type, id, version);
      const deletion = checkExtraDeletion(extraFacts(type, row, await this.applied(m, type, id)));
      if (!deletion.allowed) return { deleted: false, deletion };
      const result = await m.createQueryBuilder().delete().from(ENTITY[type])
        .where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw conflict(this.scope.locale, type, id, version);
      await audit(m, this.scope, [{
        entityType: type, entityId: id, clientId, action: `DELETE_${ACTION[type]}`,
        changes: diff(row as object, {}, ['kind', 'amountCents', 'validFrom', 'validTo'] as never[]),
      }]);
      return { deleted: true, deletion };
    });
  }

  /** Sets the last day of validity: refused (BAD_USER_INPUT with the domain's reason) before the last invoiced day. */
  async end(type: ExtraType, id: string, version: number, validTo: string): Promise<Extra> {
    const clientId = await this.visibleClientOf(type, id);
    return inTransaction(this.scope.ds, async (m) => {
      const row = await this.lockedRow(m, type, id, version);
      const refusal = checkExtraEnd(extraFacts(type, row, await this.applied(m, type, id)), validTo);
      if (refusal) throw refused(this.scope.locale, 'validTo', refusal);
      const result = await m.createQueryBuilder().update(ENTITY[type])
        .set({ validTo, version: () => '"version" + 1' })
        .where('id = :id AND version = :version', { id, version }).execute();
      if (result.affected !== 1) throw conflict(this.scope.locale, type, id, version);
      await audit(m, this.scope, [{
        entityType: type, entityId: id, clientId, action: `END_${ACTION[type]}`, changes: [{ field: 'validTo', from: row.validTo, to: validTo }],
      }]);
      return { ...row, validTo, version: row.version + 1 };
    });
  }

  private async visibleClientOf(type: ExtraType, id: string): Promise<string> {
    const row = await (type === 'Bonus' ? this.scope.loaders.bonus : this.scope.loaders.additionalAmount).load(id);
    if (!row) throw notFound(this.scope.locale, type, id);
    let found: Awaited<ReturnType<typeof visibleSubscription>>;
    try {
      found = await visibleSubscription(this.scope, row.subscriptionId);
    } catch {
      throw notFound(this.scope.locale, type, id);
    }
    return writable(this.scope, found).client.id;
  }

  /**
   * Takes the billing-run lock first (billing/run-lock.ts): a chunk being billed finishes before the check reads
   * what was applied, so no invoice can apply it between the check and the write. Then the optimistic lock.
   */
  private async lockedRow(m: EntityManager, type: ExtraType, id: string, version: number): Promise<Extra> {
    await lockBillingRuns(m);
    const [row] = type === 'Bonus' ? await readExtras(m, 'Bonus', [id]) : await readExtras(m, 'AdditionalAmount', [id]);
    if (!row) throw notFound(this.scope.locale, type, id);
    if (row.version !== version) throw conflict(this.scope.locale, type, id, version);
    return row;
  }

  private async applied(m: EntityManager, type: ExtraType, id: string): Promise<ExtraApplication> {
    return (await extraApplications(m, type, [id])).get(id) ?? { count: 0, through: null };
  }
}
