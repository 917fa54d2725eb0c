// A service subscription. The truth is in its two timelines (state and tariff changes);
// `state` and `tariffId` here are the latest entries, kept for listing and filtering.
import { Entity } from 'typeorm';
import type { SubscriptionState } from '@antena/domain/subscription';
import { DateOnlyColumn, IdColumn, InstantColumn, RefColumn, TextColumn } from '../db/columns.js';

@Entity('subscriptions')
export class SubscriptionEntity {
  @IdColumn() id: string;
  @RefColumn() contractId: string;
  @RefColumn() tariffId: string;
  @TextColumn(24) state: SubscriptionState;
  /** No day before it is ever charged (docs/product.md §2); null until the first activation sets it. */
  @DateOnlyColumn(true) billingStartDate: string | null;
  @InstantColumn() createdAt: string;
}
