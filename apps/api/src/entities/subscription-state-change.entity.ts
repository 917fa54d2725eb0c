// One entry of a subscription's state timeline.
import { Entity } from 'typeorm';
import type { SubscriptionState } from '@antena/domain/subscription';
import { DateOnlyColumn, IdColumn, InstantColumn, RefColumn, TextColumn } from '../db/columns.js';

@Entity('subscription_state_changes')
export class SubscriptionStateChangeEntity {
  @IdColumn() id: string;
  @RefColumn() subscriptionId: string;
  @TextColumn(24) state: SubscriptionState;
  @DateOnlyColumn() effectiveDate: string;
  @InstantColumn() createdAt: string;
}
