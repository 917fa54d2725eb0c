// One entry of a subscription's state timeline.
import { Entity } from 'typeorm';
import type { SubscriptionState } from '@antena/domain/subscription';
import { DateOnlyColumn, IdColumn, InstantColumn, IntColumn, RefColumn, TextColumn } from '../db/columns.js';

@Entity('subscription_state_changes')
export class SubscriptionStateChangeEntity {
  @IdColumn() id: string;
  @RefColumn() subscriptionId: string;
  @TextColumn(24) state: SubscriptionState;
  @DateOnlyColumn() effectiveDate: string;
  @InstantColumn() createdAt: string;
  /** Order of entries of the same effective date: the later one wins (a counter, never a timestamp that can tie). */
  @IntColumn() seq: number;
}
