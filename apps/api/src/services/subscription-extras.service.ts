// Bonuses and additional amounts on a subscription (SPEC §2–§3).
import { inTransaction } from '../db/transaction.js';
import { newId } from '../db/ids.js';
import {
  AdditionalAmountEntity, BonusEntity, type AdditionalAmountKind, type BonusKind,
} from '../entities/index.js';
import { badInput } from '../errors/errors.js';
import { visibleSubscription } from './access.js';
import { audit, diff } from './audit.service.js';
import { InputReader } from './input.js';
import type { Scope } from './scope.js';

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
    const { client } = await visibleSubscription(this.scope, input.subscriptionId);
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
      validFrom: from, validTo: to, createdAt: this.scope.now.toISOString(),
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
    const { client } = await visibleSubscription(this.scope, input.subscriptionId);
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
      validFrom: range.from, validTo: range.to, createdAt: this.scope.now.toISOString(),
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
}
